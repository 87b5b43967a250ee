package discord

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"newsbot/bot"
	"newsbot/discord/fakediscord"
)

func TestWithoutMessageContentTheBotWarnsOnceAndKeepsWorking(t *testing.T) {
	fake := stand(t)
	fake.DenyMessageContent(true)
	t.Cleanup(func() { fake.DenyMessageContent(false) })
	before := len(fake.Identifies())
	h := start(t, commandService(), func(c *Config) {
		c.GuildID = "" // global registration
		c.ShardID, c.ShardCount = 0, 2
	})

	ids := fake.Identifies()[before:]
	if len(ids) != 2 {
		t.Fatalf("%d identifies, want a refused one and a retry", len(ids))
	}
	if ids[0].Intents&fakediscord.IntentMessageContent == 0 || ids[1].Intents&fakediscord.IntentMessageContent != 0 {
		t.Errorf("intents %b then %b: want message content dropped on retry", ids[0].Intents, ids[1].Intents)
	}
	if ids[1].Shard == nil || *ids[1].Shard != [2]int{0, 2} {
		t.Errorf("shard = %v, want [0 2]", ids[1].Shard)
	}
	if n := strings.Count(h.logs.String(), "Message Content Intent"); n != 1 {
		t.Errorf("the intent warning appears %d times, want once:\n%s", n, h.logs)
	}

	t.Run("commands are registered globally without a guild", func(t *testing.T) {
		found := false
		for _, r := range fake.Requests()[h.from:] {
			found = found || (r.Method == "PUT" && r.Path == "/api/v10/applications/"+fake.BotID+"/commands")
		}
		if !found {
			t.Error("no global bulk overwrite")
		}
	})
	t.Run("a mention still works", func(t *testing.T) {
		me := fakediscord.User{ID: fake.BotID, Name: "newsbot", Bot: true}
		e := h.say(t, fakediscord.Message{GuildID: guildID, Author: alice, Content: "<@!" + fake.BotID + "> who Ushakov",
			Mentions: []fakediscord.User{me}}).embed(t)
		if e.Title != "Answer to who" {
			t.Errorf("title %q", e.Title)
		}
	})
	t.Run("slash commands still work", func(t *testing.T) {
		cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, Command: "help"})
		if cb.Type != cbMessage {
			t.Errorf("callback type %d", cb.Type)
		}
	})
}

func TestATokenProblemGivesAClearMessage(t *testing.T) {
	fake := stand(t)
	const wrong = "WRONG.token.value-must-not-leak"
	tests := []struct {
		name  string
		token string
		want  error
	}{
		{"a rejected token", wrong, ErrTokenRejected},
		{"a rejected token given with its Bot prefix", "Bot " + wrong, ErrTokenRejected},
		{"a missing token", "  ", ErrNoToken},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			logs := &syncBuffer{}
			log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			cfg := testConfig(fake)
			cfg.Token = tc.token
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			err := Run(ctx, cfg, commandService(), log)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Run = %v, want %v", err, tc.want)
			}
			msg := err.Error()
			for _, want := range []string{"discord.com/developers/applications", "Bot", "bot console"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message lacks %q:\n%s", want, msg)
				}
			}
			if strings.Contains(msg, wrong) || strings.Contains(logs.String(), wrong) || strings.Contains(msg, "goroutine") {
				t.Errorf("the message or log leaks the token or a stack:\n%s\n%s", msg, logs)
			}
		})
	}
}

func TestABadConfigurationIsRefusedBeforeConnecting(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"an API URL that is not http", func(c *Config) { c.APIURL = "ftp://example.com" }, "DISCORD_API_URL"},
		{"a shard outside the shard count", func(c *Config) { c.ShardID, c.ShardCount = 2, 2 }, "SHARD_ID"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(stand(t))
			tc.edit(&cfg)
			err := Run(context.Background(), cfg, commandService(), nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Run = %v, want an error naming %s", err, tc.want)
			}
		})
	}
}

func TestShutdownFinishesCommandsInFlight(t *testing.T) {
	entered := make(chan struct{})
	release := make(chan struct{})
	svc := &fakeService{do: func(ctx context.Context, req bot.Request) bot.Answer {
		close(entered)
		<-release
		return cannedAnswer(req)
	}}
	h := start(t, svc, nil)
	from := len(h.fake.Requests())
	if _, err := h.fake.SendMessage(h.ctx(t), fakediscord.Message{ChannelID: channel, GuildID: guildID, Author: alice, Content: "!who Ushakov"}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-entered:
	case <-time.After(5 * time.Second):
		t.Fatal("the command never started")
	}
	h.cancel()
	select {
	case err := <-h.done:
		t.Fatalf("Run returned with a command in flight: %v", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	if _, _, err := h.fake.WaitRequest(h.ctx(t), from, func(r fakediscord.Request) bool {
		return r.Method == "POST" && strings.HasPrefix(r.Path, "/api/v10/channels/")
	}); err != nil {
		t.Fatalf("the command in flight was not answered: %v", err)
	}
	// h.stop (cleanup) checks that Run then returns.
	h.done <- <-h.done
}

func TestInviteURL(t *testing.T) {
	got := InviteURL("123")
	for _, want := range []string{"https://discord.com/oauth2/authorize?", "client_id=123", "scope=bot%20applications.commands", "permissions=274877991936"} {
		if !strings.Contains(got, want) {
			t.Errorf("InviteURL = %s, lacks %s", got, want)
		}
	}
}

func TestOnlyTheFirstShardRegistersCommands(t *testing.T) {
	fake := stand(t)
	h := start(t, commandService(), func(c *Config) { c.ShardID, c.ShardCount = 1, 2 })
	for _, r := range fake.Requests()[h.from:] {
		if r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands") {
			t.Errorf("shard 1 of 2 registered commands: %s %s", r.Method, r.Path)
		}
	}
	ids := fake.Identifies()
	if last := ids[len(ids)-1]; last.Shard == nil || *last.Shard != [2]int{1, 2} {
		t.Errorf("shard = %v, want [1 2]", last.Shard)
	}
}
