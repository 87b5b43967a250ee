package discord

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"newsbot/discord/fakediscord"
)

var (
	sourceMarker = regexp.MustCompile(`^\[\d+\]`)
	rowMarker    = regexp.MustCompile(`\[\d+\]$`)
)

// checkPaging asks for an answer longer than one embed, turns every page
// with the buttons and checks that the rows arrive whole, in order, each
// with its citation and its source field, and that only the asker can
// turn the pages.
func checkPaging(t *testing.T, h *harness) {
	want := longAnswer(60)
	s := h.say(t, fakediscord.Message{GuildID: guildID, Author: alice, Content: "!search long"})
	var pages []sent
	pages = append(pages, s)
	for len(pages) < 100 {
		next := pages[len(pages)-1].button("Next")
		if next == "" {
			break
		}
		cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, CustomID: next, MessageID: "m"})
		if cb.Type != cbUpdate {
			t.Fatalf("Next: callback type %d", cb.Type)
		}
		pages = append(pages, cb.Data)
	}
	if len(pages) < 3 {
		t.Fatalf("only %d pages", len(pages))
	}
	var rows []string
	for i, p := range pages {
		e := p.embed(t)
		if !strings.Contains(e.Footer.Text, fmt.Sprintf("page %d of %d", i+1, len(pages))) {
			t.Errorf("page %d footer %q", i+1, e.Footer.Text)
		}
		cited := map[string]bool{}
		for _, f := range e.Fields {
			cited[sourceMarker.FindString(f.Name)] = true
		}
		for _, line := range strings.Split(e.Description, "\n") {
			if !strings.HasPrefix(line, "Row ") {
				continue
			}
			rows = append(rows, line)
			marker := rowMarker.FindString(line)
			if marker == "" || !cited[marker] {
				t.Errorf("page %d: row %.10q lost its citation or its source field", i+1, line)
			}
		}
		if (i > 0) != (p.button("Previous") != "") {
			t.Errorf("page %d: Previous enabled = %v", i+1, p.button("Previous") != "")
		}
	}
	if len(rows) != len(want.Rows) {
		t.Fatalf("%d rows across pages, want %d", len(rows), len(want.Rows))
	}
	for i, r := range want.Rows {
		if rows[i] != r.Text {
			t.Errorf("row %d changed: %.30q", i, rows[i])
		}
	}

	t.Run("a stranger pressing the buttons is refused privately", func(t *testing.T) {
		cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: bob, CustomID: s.button("Next"), MessageID: "m"})
		if cb.Type != cbMessage || cb.Data.Flags&flagEphemeral == 0 || !strings.Contains(cb.Data.embed(t).Description, "Only the person who asked") {
			t.Errorf("stranger got type %d flags %d %+v", cb.Type, cb.Data.Flags, cb.Data.Embeds)
		}
	})
	t.Run("Previous goes back a page", func(t *testing.T) {
		prev := pages[1].button("Previous")
		cb, _ := h.interact(t, fakediscord.Interaction{GuildID: guildID, User: alice, CustomID: prev, MessageID: "m"})
		if cb.Type != cbUpdate || cb.Data.embed(t).Description != pages[0].Embeds[0].Description {
			t.Error("Previous did not show the first page")
		}
	})
}
