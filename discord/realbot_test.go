package discord

import (
	"strings"
	"testing"

	"newsbot/discord/fakediscord"
)

// realService, when a test file sets it (for example from an init that
// builds a knowledge base from the seed articles and returns a *bot.Bot),
// runs TestTheRealBotOverDiscord and the load test against the real bot.
var realService func(t *testing.T) Service

func TestTheRealBotOverDiscord(t *testing.T) {
	if realService == nil {
		t.Skip("no real knowledge base wired in (set realService)")
	}
	h := start(t, realService(t), func(c *Config) { c.RatePerUser = 1000 })
	for _, line := range []string{"!help", "!sources", "!help timeline", "!timeline", "!search the"} {
		t.Run("the prefix command "+line+" is answered", func(t *testing.T) {
			e := h.say(t, fakediscord.Message{GuildID: guildID, Author: alice, Content: line}).embed(t)
			if strings.Contains(e.Description, "Sorry") {
				t.Errorf("%s failed: %q", line, e.Description)
			}
		})
	}
	for _, cmd := range []string{"help", "sources", "timeline"} {
		t.Run("the slash command /"+cmd+" is answered", func(t *testing.T) {
			cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, Command: cmd})
			if cb.Type != cbMessage && cb.Type != cbDeferred {
				t.Errorf("callback type %d", cb.Type)
			}
			if cb.Type == cbMessage {
				cb.Data.embed(t)
			}
		})
	}
	t.Run("autocomplete answers from the knowledge base", func(t *testing.T) {
		cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, Command: "who", Autocomplete: true,
			Options: []fakediscord.Option{{Name: "name", Value: "a", Focused: true}}})
		if cb.Type != cbAutocomplete || len(cb.Data.Choices) > 25 {
			t.Errorf("type %d, %d choices", cb.Type, len(cb.Data.Choices))
		}
	})
}
