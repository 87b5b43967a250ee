package kb

import (
	"context"
	"testing"
)

func TestOutletOfShortName(t *testing.T) {
	sources := map[string]bool{"The Eastern Ledger": true, "Eastern Ledger": true, "Harbour Courier": true, "Valley Courier": true,
		"Reuters": true, "the daily wire": true, "Weekly Post": true, "The Bay Post": true, "Bay Post": true}
	shorts := outletShortNames(sources)
	tests := []struct {
		name, entity, want string
	}{
		{"the last word of one outlet's name is the outlet, written one way whatever the order", "Ledger", "Eastern Ledger"},
		{"case aside", "LEDGER", "Eastern Ledger"},
		{"a word ending two outlets' names is neither", "Courier", ""},
		{"an outlet of one word has no short name", "Reuters", ""},
		{"a word written in lower case in the outlet's name is no short name", "wire", ""},
		{"a name of two words is no short name", "Eastern Ledger", ""},
		{"a word no outlet ends in is none", "Herald", ""},
		{"a word ending two outlets, one of them written two ways, is neither", "Post", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := outletOfShortName(shorts, tt.entity); got != tt.want {
				t.Errorf("outletOfShortName(%q) = %q, want %q", tt.entity, got, tt.want)
			}
		})
	}
}

func TestNamesOwnOutlet(t *testing.T) {
	tests := []struct {
		name, entity, source string
		want                 bool
	}{
		{"the outlet's whole name, as its own statement names it", "Eastern Ledger", "The Eastern Ledger", false},
		{"the last word of the outlet's name", "Ledger", "The Eastern Ledger", true},
		{"another outlet's last word", "Courier", "The Eastern Ledger", false},
		{"another name", "Eastern Water", "The Eastern Ledger", false},
		{"an outlet of one word by its name", "Reuters", "Reuters", false},
		{"an article without an outlet", "Ledger", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := namesOwnOutlet(tt.entity, tt.source); got != tt.want {
				t.Errorf("namesOwnOutlet(%q, %q) = %v, want %v", tt.entity, tt.source, got, tt.want)
			}
		})
	}
}

func TestAnOutletByTheLastWordOfItsNameIsTheOutlet(t *testing.T) {
	s := storeOf(t, map[string]string{
		"feed.jsonl": `{"id":"a","title":"Mayor concedes","source":"The Marsh Ledger","published":"2026-03-10","text":"The mayor conceded on Monday. \"I am proud of this city,\" she told the Ledger on Monday night."}` + "\n",
	})
	l, err := s.Find(context.Background(), "Ledger")
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Matches) != 1 || l.Matches[0].Name != "The Marsh Ledger" {
		t.Fatalf("Ledger: %+v, want the outlet The Marsh Ledger", l.Matches)
	}
	// The reports naming the outlet by its last word are the outlet's.
	if got := timelineDates(t, s, TimelineQuery{Entity: l.Matches[0].ID, Limit: 10}); got != "2026-03-09" {
		t.Errorf("Timeline(The Marsh Ledger) dates %q, want the interview told to the Ledger", got)
	}
}
