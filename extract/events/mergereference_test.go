package events

import (
	"slices"
	"strings"
	"testing"
)

func TestReferencePoint(t *testing.T) {
	tests := []struct {
		name, summary, entities string // entities joined by "|"
		wantNames               string // the names compared, joined by "|"
		gone                    string // a word left out, "" for none
	}{
		{"names after a count of days since another event are the reference point's",
			"The port authority on Monday closed the northern quay to tankers, three days after the sinking of the Marlow Star off Pell Head",
			"port authority|Marlow Star|Pell Head", "port authority", "pell"},
		{"a name also given before the phrase stays",
			"Harlan Rail on Friday cut its forecast, a week after the collapse of Harlan Rail's bridge",
			"Harlan Rail", "Harlan Rail", "bridg"},
		{"a phrase followed by the clause it dates is left alone",
			"On Tuesday, a week before the funeral of Ada Moss, the council met",
			"Ada Moss|council", "Ada Moss|council", ""},
		{"a report the phrase opens is left alone",
			"Since the merger of Vell Foods and Orra, shares have fallen",
			"Vell Foods|Orra", "Vell Foods|Orra", ""},
		{"a phrase after an opening adverb is left alone",
			"However, since the launch of the Vesta range Orla Group sales have doubled",
			"Orla Group|Vesta", "Orla Group|Vesta", ""},
		{"a phrase with no comma before it is left alone",
			"Rents rose two years after the opening of the Dunmore line",
			"Dunmore", "Dunmore", ""},
		{"the subject stays though only the phrase spells it",
			"He stepped down on Monday, two days after the arrest of Tom Orrin",
			"Tom Orrin", "Tom Orrin", ""},
		{"no phrase, nothing changes",
			"The mayor of Tessby resigned on Monday after the council vote",
			"Tessby", "Tessby", ""},
	}
	for _, tt := range tests {
		e := Event{Entities: strings.Split(tt.entities, "|"), Words: contentWords(tt.summary, -1, -1)}
		got := withoutReferencePoint(withReferencePoint(tt.summary, e))
		if names := strings.Join(got.Entities, "|"); names != tt.wantNames {
			t.Errorf("%s: names %q, want %q", tt.name, names, tt.wantNames)
		}
		if tt.gone != "" && slices.Contains(got.Words, tt.gone) {
			t.Errorf("%s: %q still among %q", tt.name, tt.gone, got.Words)
		}
		if slices.ContainsFunc(got.Words, isRefWord) {
			t.Errorf("%s: marks left in %q", tt.name, got.Words)
		}
	}
}

// The cheap test before referencePhrase passes every text it matches.
func TestMayReferenceHoldsForEveryMatch(t *testing.T) {
	for _, s := range []string{
		"The agency grounded the fleet, two days after the crash of the airline's jet.",
		"Prices rose, SINCE THE END OF the strike.",
		"Talks resumed, a week Before the funeral of the leader.",
		"The court sat, 10 months after the death of the judge.",
		"The board met on Tuesday.",
	} {
		if referencePhrase.MatchString(s) && !mayReference(s) {
			t.Errorf("mayReference(%q) = false, but referencePhrase matches", s)
		}
	}
	if mayReference("The board met on Tuesday.") {
		t.Error("mayReference passes a summary with no reference words")
	}
}
