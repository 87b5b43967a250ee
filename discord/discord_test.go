package discord

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"newsbot/bot"
	"newsbot/discord/fakediscord"
)

// Interaction callback types Discord defines.
const (
	cbMessage       = 4
	cbDeferred      = 5
	cbUpdate        = 7
	cbAutocomplete  = 8
	flagEphemeral   = 64
	adminPermission = "8"
)

// commandService answers the way the tests below expect: canned answers,
// a long one for "search long", a slow one, a panic and an error.
func commandService() *fakeService {
	f := &fakeService{}
	f.do = func(ctx context.Context, req bot.Request) bot.Answer {
		switch {
		case req.Name == "search" && req.Args == "long":
			return longAnswer(60)
		case req.Args == "slow":
			time.Sleep(400 * time.Millisecond)
			return cannedAnswer(req)
		case req.Args == "slow error":
			time.Sleep(400 * time.Millisecond)
			return bot.Answer{Command: req.Name, Error: "Nothing found for that.", Ephemeral: true}
		case req.Args == "boom":
			panic("exploding command")
		case req.Args == "missing":
			return bot.Answer{Command: req.Name, Query: req.Args, Error: "I found nobody called \"missing\".", Ephemeral: true}
		}
		return cannedAnswer(req)
	}
	f.complete = func(_ context.Context, prefix string, n int) []string {
		var out []string
		for i := 0; i < 40 && len(out) < n+10; i++ { // more than Discord takes
			out = append(out, fmt.Sprintf("%s person %d", prefix, i))
		}
		return out
	}
	return f
}

func TestServingCommandsOverTheGateway(t *testing.T) {
	svc := commandService()
	h := start(t, svc, func(c *Config) { c.RatePerUser = 1000 })
	fake := h.fake

	t.Run("slash commands are registered with one bulk overwrite in the guild", func(t *testing.T) {
		var puts []fakediscord.Request
		for _, r := range fake.Requests()[h.from:] {
			if r.Method == "PUT" {
				puts = append(puts, r)
			}
		}
		if len(puts) != 1 || puts[0].Path != "/api/v10/applications/"+fake.BotID+"/guilds/"+guildID+"/commands" {
			t.Fatalf("want one guild bulk overwrite, got %+v", puts)
		}
		var cmds []struct {
			Name        string  `json:"name"`
			Permissions *string `json:"default_member_permissions"`
			Options     []struct {
				Name         string `json:"name"`
				Required     bool   `json:"required"`
				Autocomplete bool   `json:"autocomplete"`
			} `json:"options"`
		}
		if err := puts[0].JSON(&cmds); err != nil {
			t.Fatal(err)
		}
		if len(cmds) != len(bot.Commands) {
			t.Fatalf("registered %d commands, want %d", len(cmds), len(bot.Commands))
		}
		for _, c := range cmds {
			admin := c.Name == "reload"
			if admin != (c.Permissions != nil && *c.Permissions == adminPermission) {
				t.Errorf("/%s default_member_permissions = %v", c.Name, c.Permissions)
			}
			if c.Name == "who" && (len(c.Options) != 1 || !c.Options[0].Autocomplete || !c.Options[0].Required) {
				t.Errorf("/who options = %+v", c.Options)
			}
		}
	})

	t.Run("the gateway address comes from the REST base", func(t *testing.T) {
		found := false
		for _, r := range fake.Requests()[h.from:] {
			found = found || (r.Method == "GET" && r.Path == "/api/v10/gateway")
		}
		if !found {
			t.Error("GET /api/v10/gateway was not called")
		}
	})

	t.Run("a prefix command in a guild channel is answered with an embed", func(t *testing.T) {
		s := h.say(t, fakediscord.Message{GuildID: guildID, Author: alice, Content: "!who Ushakov"})
		e := s.embed(t)
		if e.Title != "Answer to who" || !strings.Contains(e.Description, "You asked: Ushakov") {
			t.Errorf("embed = %q / %q", e.Title, e.Description)
		}
		if len(e.Fields) != 1 || e.Fields[0].Value != "[Talks in Moscow](https://news.example/a)" ||
			!strings.HasPrefix(e.Fields[0].Name, "[1] Example News") {
			t.Errorf("source fields = %+v", e.Fields)
		}
		if e.Footer == nil || !strings.Contains(e.Footer.Text, "5 articles") || !strings.Contains(e.Footer.Text, "3 Dec 2025") {
			t.Errorf("footer = %+v", e.Footer)
		}
		if len(s.Components) != 0 {
			t.Errorf("a one-page answer has buttons: %+v", s.Components)
		}
	})

	t.Run("a direct message without the prefix is a command", func(t *testing.T) {
		e := h.say(t, fakediscord.Message{ChannelID: dmChan, Author: alice, Content: "quotes Putin"}).embed(t)
		if e.Title != "Answer to quotes" || !strings.Contains(e.Description, "Putin") {
			t.Errorf("embed = %q / %q", e.Title, e.Description)
		}
	})

	t.Run("a direct message with the prefix is a command", func(t *testing.T) {
		e := h.say(t, fakediscord.Message{ChannelID: dmChan, Author: alice, Content: "!timeline Putin"}).embed(t)
		if e.Title != "Answer to timeline" {
			t.Errorf("title = %q", e.Title)
		}
	})

	t.Run("a mention of the bot works like the prefix", func(t *testing.T) {
		me := fakediscord.User{ID: fake.BotID, Name: "newsbot", Bot: true}
		e := h.say(t, fakediscord.Message{GuildID: guildID, Author: alice, Content: "<@" + fake.BotID + "> search ceasefire",
			Mentions: []fakediscord.User{me}}).embed(t)
		if e.Title != "Answer to search" || !strings.Contains(e.Description, "ceasefire") {
			t.Errorf("embed = %q / %q", e.Title, e.Description)
		}
	})

	ignored := map[string]string{}
	t.Run("bots, webhooks, the bot itself and plain chat are ignored", func(t *testing.T) {
		for name, m := range map[string]fakediscord.Message{
			"another bot":           {GuildID: guildID, Author: otherBot, Content: "!who Ushakov"},
			"a webhook":             {GuildID: guildID, Author: alice, Content: "!who Ushakov", WebhookID: "77"},
			"itself":                {GuildID: guildID, Author: fakediscord.User{ID: fake.BotID, Name: "newsbot", Bot: true}, Content: "!who Ushakov"},
			"chat without a prefix": {GuildID: guildID, Author: alice, Content: "who is Ushakov anyway"},
			"another bot's command": {GuildID: guildID, Author: alice, Content: "!play some music"},
		} {
			m.ChannelID = channel
			id, err := fake.SendMessage(h.ctx(t), m)
			if err != nil {
				t.Fatal(err)
			}
			ignored[id] = name
		}
	})

	t.Run("a query with @everyone and mentions pings nobody", func(t *testing.T) {
		s := h.say(t, fakediscord.Message{GuildID: guildID, Author: alice, Content: "!search @everyone <@&123> <@456> @here"})
		if !strings.Contains(s.embed(t).Description, "@everyone") {
			t.Error("the query is not shown")
		}
		if s.AllowedMentions == nil || s.AllowedMentions.Parse == nil || len(s.AllowedMentions.Parse) != 0 {
			t.Errorf("allowed_mentions = %s", mustJSON(s.AllowedMentions))
		}
		cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, Command: "search",
			Options: []fakediscord.Option{{Name: "query", Value: "@everyone hello"}}})
		if cb.Data.AllowedMentions == nil || cb.Data.AllowedMentions.Parse == nil || len(cb.Data.AllowedMentions.Parse) != 0 {
			t.Errorf("slash allowed_mentions = %s", mustJSON(cb.Data.AllowedMentions))
		}
	})

	t.Run("each slash command is answered", func(t *testing.T) {
		tests := []struct {
			command string
			options []fakediscord.Option
			args    string
		}{
			{"who", []fakediscord.Option{{Name: "name", Value: "Ushakov"}}, "Ushakov"},
			{"timeline", []fakediscord.Option{{Name: "to", Value: "2025-12"}, {Name: "subject", Value: "Putin"}, {Name: "from", Value: "2025-11"}}, "Putin 2025-11 2025-12"},
			{"timeline", nil, ""},
			{"quotes", []fakediscord.Option{{Name: "name", Value: "Putin"}}, "Putin"},
			{"search", []fakediscord.Option{{Name: "query", Value: "ceasefire talks"}}, "ceasefire talks"},
			{"sources", nil, ""},
			{"help", []fakediscord.Option{{Name: "command", Value: "timeline"}}, "timeline"},
		}
		for _, tc := range tests {
			cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, Command: tc.command, Options: tc.options})
			if cb.Type != cbMessage || cb.Data.Flags&flagEphemeral != 0 {
				t.Errorf("/%s: callback type %d flags %d", tc.command, cb.Type, cb.Data.Flags)
				continue
			}
			e := cb.Data.embed(t)
			if e.Title != "Answer to "+tc.command || !strings.Contains(e.Description, "You asked: "+tc.args) {
				t.Errorf("/%s: embed %q / %q, want args %q", tc.command, e.Title, e.Description, tc.args)
			}
		}
	})

	t.Run("a slash command in a direct message is answered", func(t *testing.T) {
		cb, _ := h.interact(t, fakediscord.Interaction{ChannelID: dmChan, User: alice, Command: "sources"})
		if cb.Type != cbMessage {
			t.Errorf("callback type %d", cb.Type)
		}
	})

	t.Run("errors to a slash command are ephemeral", func(t *testing.T) {
		cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, Command: "who",
			Options: []fakediscord.Option{{Name: "name", Value: "missing"}}})
		if cb.Type != cbMessage || cb.Data.Flags&flagEphemeral == 0 {
			t.Errorf("callback type %d flags %d", cb.Type, cb.Data.Flags)
		}
		if !strings.Contains(cb.Data.embed(t).Description, "found nobody") {
			t.Errorf("error text = %q", cb.Data.Embeds[0].Description)
		}
	})

	t.Run("a slow slash command is deferred and then edited", func(t *testing.T) {
		cb, token := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, Command: "who",
			Options: []fakediscord.Option{{Name: "name", Value: "slow"}}})
		if cb.Type != cbDeferred {
			t.Fatalf("callback type %d, want a deferral", cb.Type)
		}
		edit := h.webhook(t, "PATCH", token, "/messages/@original")
		if edit.embed(t).Title != "Answer to who" {
			t.Errorf("edited embed = %+v", edit.Embeds)
		}
	})

	t.Run("a slow error becomes an ephemeral follow-up", func(t *testing.T) {
		cb, token := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, Command: "who",
			Options: []fakediscord.Option{{Name: "name", Value: "slow error"}}})
		if cb.Type != cbDeferred {
			t.Fatalf("callback type %d, want a deferral", cb.Type)
		}
		f := h.webhook(t, "POST", token, "")
		if f.Flags&flagEphemeral == 0 || !strings.Contains(f.embed(t).Description, "Nothing found") {
			t.Errorf("follow-up = %+v", f)
		}
		h.webhook(t, "DELETE", token, "/messages/@original")
	})

	t.Run("autocomplete offers at most 25 names", func(t *testing.T) {
		for _, cmd := range []struct{ command, option string }{{"who", "name"}, {"quotes", "name"}, {"timeline", "subject"}} {
			cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, Command: cmd.command, Autocomplete: true,
				Options: []fakediscord.Option{{Name: cmd.option, Value: "Ush", Focused: true}}})
			if cb.Type != cbAutocomplete || len(cb.Data.Choices) != 25 || cb.Data.Choices[0].Name != "Ush person 0" {
				t.Errorf("/%s: type %d, %d choices %+v", cmd.command, cb.Type, len(cb.Data.Choices), cb.Data.Choices)
			}
		}
	})

	t.Run("an over-long answer is split at row boundaries and paged by its asker", func(t *testing.T) { checkPaging(t, h) })

	t.Run("reload by an admin reports summary and duration", func(t *testing.T) {
		e := h.say(t, fakediscord.Message{GuildID: guildID, Author: admin, Content: "!reload"}).embed(t)
		if e.Title != "Knowledge base reloaded" || !strings.Contains(e.Description, "Jane Doe") || !strings.Contains(e.Description, "Took ") {
			t.Errorf("reload reply %q / %q", e.Title, e.Description)
		}
		cb, token := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: admin, Command: "reload"})
		if cb.Type != cbDeferred || cb.Data.Flags&flagEphemeral == 0 {
			t.Errorf("/reload callback type %d flags %d", cb.Type, cb.Data.Flags)
		}
		if got := h.webhook(t, "PATCH", token, "/messages/@original").embed(t); !strings.Contains(got.Description, "Jane Doe") {
			t.Errorf("/reload report %q", got.Description)
		}
	})

	t.Run("reload by anyone else is refused", func(t *testing.T) {
		e := h.say(t, fakediscord.Message{GuildID: guildID, Author: bob, Content: "!reload"}).embed(t)
		if !strings.Contains(e.Description, "Only the bot's administrators") {
			t.Errorf("refusal %q", e.Description)
		}
		cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: bob, Command: "reload"})
		if cb.Type != cbMessage || cb.Data.Flags&flagEphemeral == 0 || !strings.Contains(cb.Data.embed(t).Description, "administrators") {
			t.Errorf("/reload refusal type %d flags %d", cb.Type, cb.Data.Flags)
		}
	})

	t.Run("a panicking command is answered with an apology and logged", func(t *testing.T) {
		e := h.say(t, fakediscord.Message{GuildID: guildID, Author: alice, Content: "!who boom"}).embed(t)
		if !strings.Contains(e.Description, "Sorry") {
			t.Errorf("reply %q", e.Description)
		}
		cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, Command: "who", Options: []fakediscord.Option{{Name: "name", Value: "boom"}}})
		if cb.Data.Flags&flagEphemeral == 0 || !strings.Contains(cb.Data.embed(t).Description, "Sorry") {
			t.Errorf("slash apology %+v", cb)
		}
		if !strings.Contains(h.logs.String(), "exploding command") || !strings.Contains(h.logs.String(), "goroutine") {
			t.Error("the panic and its stack are not logged")
		}
	})

	t.Run("a 429 from REST is retried after its delay", func(t *testing.T) {
		const delay = 80 * time.Millisecond
		from := len(fake.Requests())
		fake.RateLimitNext("POST", "/channels/", delay)
		h.say(t, fakediscord.Message{GuildID: guildID, Author: alice, Content: "!sources"})
		var limited, retried *fakediscord.Request
		for _, r := range fake.Requests()[from:] {
			if r.Method == "POST" && strings.HasPrefix(r.Path, "/api/v10/channels/") {
				switch {
				case r.Status == 429 && limited == nil:
					limited = &r
				case r.Status == 200 && limited != nil && retried == nil:
					retried = &r
				}
			}
		}
		if limited == nil || retried == nil {
			t.Fatal("no 429 followed by a retry")
		}
		if gap := retried.At.Sub(limited.At); gap < delay {
			t.Errorf("retried after %v, before the %v asked for", gap, delay)
		}
	})

	t.Run("after the gateway drops the session resumes and keeps answering", func(t *testing.T) {
		resumes, shakes := fake.Resumes(), fake.Handshakes()
		if err := fake.Drop(); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 8*time.Second)
		defer cancel()
		if err := fake.WaitHandshakes(ctx, shakes+1); err != nil {
			t.Fatalf("no reconnection: %v", err)
		}
		if fake.Resumes() != resumes+1 {
			t.Errorf("reconnected without RESUME (resumes %d -> %d)", resumes, fake.Resumes())
		}
		if e := h.say(t, fakediscord.Message{GuildID: guildID, Author: alice, Content: "!who Ushakov"}).embed(t); e.Title != "Answer to who" {
			t.Errorf("after resume: %q", e.Title)
		}
	})

	t.Run("ignored messages got no reply", func(t *testing.T) {
		for _, r := range fake.Requests()[h.from:] {
			var s sent
			if r.Method == "POST" && strings.HasSuffix(r.Path, "/messages") && r.JSON(&s) == nil && s.Reference != nil {
				if name, bad := ignored[s.Reference.MessageID]; bad {
					t.Errorf("replied to %s", name)
				}
			}
		}
	})

}

func TestRateLimitAnswersPolitely(t *testing.T) {
	h := start(t, commandService(), nil)
	carol := fakediscord.User{ID: "500000000000000003", Name: "carol"}
	for i := 0; i < 5; i++ {
		h.say(t, fakediscord.Message{GuildID: guildID, Author: carol, Content: "!sources"})
	}
	e := h.say(t, fakediscord.Message{GuildID: guildID, Author: carol, Content: "!sources"}).embed(t)
	if !strings.Contains(e.Description, "a little fast") {
		t.Errorf("sixth command got %q", e.Description)
	}
	cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: carol, Command: "sources"})
	if cb.Data.Flags&flagEphemeral == 0 || !strings.Contains(cb.Data.embed(t).Description, "a little fast") {
		t.Errorf("slash over the limit got %+v", cb)
	}
}
