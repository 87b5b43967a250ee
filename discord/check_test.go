package discord

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"newsbot/discord/fakediscord"

	"github.com/bwmarrin/discordgo"
)

// sent is a message as the bot sent it (channel message, response data,
// webhook edit or follow-up).
type sent struct {
	Content         string                   `json:"content"`
	Embeds          []discordgo.MessageEmbed `json:"embeds"`
	Components      []row                    `json:"components"`
	AllowedMentions *struct {
		Parse       []string `json:"parse"`
		RepliedUser bool     `json:"replied_user"`
	} `json:"allowed_mentions"`
	Flags     int `json:"flags"`
	Reference *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
	Choices []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"choices"`
}

type row struct {
	Components []struct {
		Label    string `json:"label"`
		CustomID string `json:"custom_id"`
		Disabled bool   `json:"disabled"`
	} `json:"components"`
}

type callback struct {
	Type int  `json:"type"`
	Data sent `json:"data"`
}

// button returns the custom ID of the labelled button, "" if absent or
// disabled.
func (s sent) button(label string) string {
	for _, r := range s.Components {
		for _, c := range r.Components {
			if c.Label == label && !c.Disabled {
				return c.CustomID
			}
		}
	}
	return ""
}

func (s sent) embed(t *testing.T) discordgo.MessageEmbed {
	t.Helper()
	if len(s.Embeds) != 1 {
		t.Fatalf("got %d embeds, want 1: %+v", len(s.Embeds), s)
	}
	checkEmbed(t, s.Embeds[0])
	return s.Embeds[0]
}

// checkEmbed fails when an embed breaks one of Discord's limits.
func checkEmbed(t *testing.T, e discordgo.MessageEmbed) {
	t.Helper()
	n := utf8.RuneCountInString
	total := n(e.Title) + n(e.Description)
	if n(e.Title) > 256 || n(e.Description) > 4096 || len(e.Fields) > 25 {
		t.Errorf("embed over limits: title %d, description %d, fields %d", n(e.Title), n(e.Description), len(e.Fields))
	}
	for _, f := range e.Fields {
		total += n(f.Name) + n(f.Value)
		if n(f.Name) > 256 || n(f.Value) > 1024 || f.Name == "" || f.Value == "" {
			t.Errorf("field over limits or empty: name %d, value %d", n(f.Name), n(f.Value))
		}
	}
	if e.Footer != nil {
		total += n(e.Footer.Text)
	}
	if total > 6000 {
		t.Errorf("embed has %d characters, over 6000", total)
	}
	if e.Title == "" && e.Description == "" {
		t.Error("empty embed")
	}
}

// checkNoPings fails when a message-sending request could mention anyone.
func checkNoPings(t *testing.T, r fakediscord.Request) {
	t.Helper()
	sends := (r.Method == "POST" && strings.HasSuffix(r.Path, "/messages")) ||
		(strings.HasPrefix(r.Path, "/api/v10/webhooks/") && (r.Method == "POST" || r.Method == "PATCH"))
	var body sent
	if strings.HasSuffix(r.Path, "/callback") {
		var cb callback
		if err := r.JSON(&cb); err != nil {
			t.Errorf("callback body: %v", err)
			return
		}
		if cb.Type == 8 || cb.Type == 6 { // autocomplete choices, silent acknowledgement
			return
		}
		sends, body = true, cb.Data
	} else if sends {
		if err := r.JSON(&body); err != nil {
			t.Errorf("%s %s body: %v", r.Method, r.Path, err)
			return
		}
	}
	if !sends {
		return
	}
	am := body.AllowedMentions
	if am == nil || am.Parse == nil || len(am.Parse) != 0 || am.RepliedUser {
		t.Errorf("%s %s: allowed_mentions is %s, want {\"parse\":[]}", r.Method, r.Path, mustJSON(am))
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
