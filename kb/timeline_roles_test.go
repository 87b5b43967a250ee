package kb

import (
	"context"
	"testing"
)

func TestANameTimelineHoldsTheReportsCallingThePersonByTitle(t *testing.T) {
	s := storeOf(t, map[string]string{
		"bank.jsonl": `{"id":"bank","title":"Bank cuts rates","source":"Ledger","published":"2026-09-17","text":"The central bank cut its main rate on Thursday.\nGovernor Margarethe Lind said the bank would move carefully.\nThe governor will appear before the finance committee on Tuesday."}` + "\n" +
			`{"id":"summit","title":"Governors meet","source":"Post","published":"2026-09-18","text":"Governor Anna Berg met Governor Carl Holm in Oslo on Friday.\nThe governor will travel to Paris on Monday."}` + "\n",
	})
	tests := []struct {
		name, person, want string
	}{
		{"the one person of the title", "Margarethe Lind", "2026-09-22"},
		{"a title two people of the article hold", "Anna Berg", "2026-09-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := s.Find(context.Background(), tt.person)
			if err != nil || len(l.Matches) != 1 {
				t.Fatalf("Find(%s) = %+v, %v", tt.person, l, err)
			}
			if got := timelineDates(t, s, TimelineQuery{Entity: l.Matches[0].ID, Limit: 10}); got != tt.want {
				t.Errorf("Timeline(%s) dates %q, want %q", tt.person, got, tt.want)
			}
		})
	}
}

func TestOpensWithTitle(t *testing.T) {
	tests := []struct {
		opening, title string
		want           bool
	}{
		{"The governor will appear", "governor", true},
		{"the Finance Minister, who", "finance minister", true},
		{"The governor's office said", "governor", false},
		{"The governorship was", "governor", false},
		{"Governor Lind said", "governor", false},
		{"The governor of Texas said", "governor", false},
		{"The governor", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.opening, func(t *testing.T) {
			if got := opensWithTitle(tt.opening, tt.title); got != tt.want {
				t.Errorf("opensWithTitle(%q, %q) = %v, want %v", tt.opening, tt.title, got, tt.want)
			}
		})
	}
}
