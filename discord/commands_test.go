package discord

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"newsbot/bot"

	"github.com/bwmarrin/discordgo"
)

func TestCommandLine(t *testing.T) {
	const me = "42"
	tests := []struct {
		name    string
		content string
		dm      bool
		want    string
		ok      bool
	}{
		{"a prefix command in a channel", "!who Ushakov", false, "who Ushakov", true},
		{"a prefix command with spaces around", "  !who   Ushakov  ", false, "who   Ushakov", true},
		{"plain chat in a channel is not a command", "who is Ushakov", false, "", false},
		{"a mention works like the prefix", "<@42> who Ushakov", false, "who Ushakov", true},
		{"a nickname mention works too", "<@!42> who Ushakov", false, "who Ushakov", true},
		{"a mention followed by the prefix", "<@42> !who Ushakov", false, "who Ushakov", true},
		{"a bare mention asks for help", "<@42>", false, "help", true},
		{"a mention of someone else is not a command", "<@43> who Ushakov", false, "", false},
		{"a direct message needs no prefix", "who Ushakov", true, "who Ushakov", true},
		{"a direct message may use the prefix", "!who Ushakov", true, "who Ushakov", true},
		{"an empty direct message is not a command", "   ", true, "", false},
		{"an empty message", "", false, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := commandLine(tc.content, tc.dm, me, "!")
			if got != tc.want || ok != tc.ok {
				t.Errorf("commandLine(%q) = %q, %v; want %q, %v", tc.content, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestSlashCommandDefinitions(t *testing.T) {
	cmds := slashCommands(bot.Commands)
	if len(cmds) != len(bot.Commands) {
		t.Fatalf("%d commands, want %d", len(cmds), len(bot.Commands))
	}
	for _, c := range cmds {
		if utf8.RuneCountInString(c.Description) > 100 || c.Description == "" {
			t.Errorf("/%s description has %d characters", c.Name, utf8.RuneCountInString(c.Description))
		}
		optional := false
		for _, o := range c.Options {
			if optional && o.Required {
				t.Errorf("/%s: required option %s after an optional one", c.Name, o.Name)
			}
			optional = optional || !o.Required
			if utf8.RuneCountInString(o.Description) > 100 || o.Type != discordgo.ApplicationCommandOptionString {
				t.Errorf("/%s %s: bad option %+v", c.Name, o.Name, o)
			}
		}
		spec, _ := bot.LookupSpec(c.Name)
		if spec.Admin != (c.DefaultMemberPermissions != nil && *c.DefaultMemberPermissions == discordgo.PermissionAdministrator) {
			t.Errorf("/%s default permissions %v", c.Name, c.DefaultMemberPermissions)
		}
	}
}

func opt(name, value string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value}
}

func TestSlashRequest(t *testing.T) {
	tests := []struct {
		name string
		data discordgo.ApplicationCommandInteractionData
		want bot.Request
	}{
		{"options follow the usage order", discordgo.ApplicationCommandInteractionData{Name: "timeline",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("to", "2025-12"), opt("subject", "Putin"), opt("from", "2025-11")}},
			bot.Request{Name: "timeline", Args: "Putin 2025-11 2025-12"}},
		{"missing options are skipped", discordgo.ApplicationCommandInteractionData{Name: "timeline",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("from", "2025")}},
			bot.Request{Name: "timeline", Args: "2025"}},
		{"an end date alone leaves the start open", discordgo.ApplicationCommandInteractionData{Name: "timeline",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("subject", "Putin"), opt("to", "2025-12")}},
			bot.Request{Name: "timeline", Args: "Putin until 2025-12"}},
		{"a command without options", discordgo.ApplicationCommandInteractionData{Name: "sources"}, bot.Request{Name: "sources"}},
		{"values are trimmed", discordgo.ApplicationCommandInteractionData{Name: "who",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("name", "  Ushakov ")}},
			bot.Request{Name: "who", Args: "Ushakov"}},
		{"an unknown command passes through", discordgo.ApplicationCommandInteractionData{Name: "nope"}, bot.Request{Name: "nope"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := slashRequest(tc.data); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestChoices(t *testing.T) {
	var names []string
	for i := 0; i < 40; i++ {
		names = append(names, "Name "+strings.Repeat("x", i*4))
	}
	names = append([]string{"", "  ", "dup", "dup", "bad\xffutf8"}, names...)
	got := choices(names)
	if len(got) != 25 {
		t.Fatalf("%d choices, want 25", len(got))
	}
	seen := map[string]bool{}
	for _, c := range got {
		n := c.Name
		if n == "" || utf8.RuneCountInString(n) > 100 || !utf8.ValidString(n) || seen[n] {
			t.Errorf("bad choice %q", n)
		}
		seen[n] = true
	}
	if len(choices(nil)) != 0 || choices(nil) == nil {
		t.Error("no names should give an empty, non-nil list")
	}
}

func TestPageCache(t *testing.T) {
	now := time.Unix(0, 0)
	c := newPageCache(2, time.Minute)
	c.now = func() time.Time { return now }
	e := []*discordgo.MessageEmbed{{Title: "a"}, {Title: "b"}}
	k1 := c.put("u1", e)
	k2 := c.put("u2", e)
	if p, ok := c.get(k1); !ok || p.owner != "u1" {
		t.Fatal("first answer missing")
	}
	k3 := c.put("u3", e)
	if _, ok := c.get(k1); ok {
		t.Error("the oldest answer survived beyond the size limit")
	}
	now = now.Add(2 * time.Minute)
	for _, k := range []string{k2, k3} {
		if _, ok := c.get(k); ok {
			t.Error("an expired answer is still served")
		}
	}
}

func TestParsePageID(t *testing.T) {
	tests := []struct {
		id   string
		key  string
		page int
		ok   bool
	}{
		{pageID("abc", 3), "abc", 3, true},
		{"page:abc:-1", "", 0, false},
		{"page::1", "", 0, false},
		{"page:abc", "", 0, false},
		{"page:abc:99999999999", "", 0, false},
		{"other:abc:1", "", 0, false},
	}
	for _, tc := range tests {
		key, page, ok := parsePageID(tc.id)
		if key != tc.key || page != tc.page || ok != tc.ok {
			t.Errorf("parsePageID(%q) = %q, %d, %v", tc.id, key, page, ok)
		}
	}
}

func TestRateLimiter(t *testing.T) {
	now := time.Unix(0, 0)
	r := newRateLimiter(2, 10*time.Second)
	r.now = func() time.Time { return now }
	step := func(user string) (bool, bool) { ok, _, tell := r.allow(user); return ok, tell }
	for i, want := range []struct{ ok, tell bool }{{true, false}, {true, false}, {false, true}, {false, false}} {
		if ok, tell := step("a"); ok != want.ok || tell != want.tell {
			t.Errorf("command %d: ok %v tell %v, want %+v", i+1, ok, tell, want)
		}
	}
	if ok, _ := step("b"); !ok {
		t.Error("another user is limited too")
	}
	_, wait, _ := r.allow("a")
	if wait <= 0 || wait > 10*time.Second {
		t.Errorf("wait %v", wait)
	}
	now = now.Add(11 * time.Second)
	if ok, _ := step("a"); !ok {
		t.Error("still limited after the window")
	}
	if !strings.Contains(slowDown(1500*time.Millisecond), "2 s") {
		t.Errorf("slowDown = %q", slowDown(1500*time.Millisecond))
	}
}

func TestAPIBase(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "https://discord.com/", true},
		{"http://127.0.0.1:8080", "http://127.0.0.1:8080/", true},
		{"https://proxy.example/discord/", "https://proxy.example/discord/", true},
		{"discord.com", "", false},
		{"ftp://x", "", false},
	}
	for _, tc := range tests {
		got, err := normaliseBase(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("normaliseBase(%q) = %q, %v", tc.in, got, err)
		}
	}
}

func TestRedact(t *testing.T) {
	if got := redact("token abc in abc", []string{"abc", ""}); got != "token [redacted] in [redacted]" {
		t.Errorf("redact = %q", got)
	}
}
