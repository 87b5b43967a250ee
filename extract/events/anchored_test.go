package events

import (
	"strings"
	"testing"
	"time"

	"newsbot/extract/timex"
)

func TestFindDatesByAnotherEventOfTheArticle(t *testing.T) {
	fri := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, clause string
		date, week         string
		planned            bool
	}{
		{"the eve of a dated vote is the day before it",
			"Parliament will hold a vote of confidence on Wednesday. On the eve of the vote, the party leader is expected to present his conditions.",
			"On the eve of the vote", "2026-11-24", "", true},
		{"the eve of the vote is the day before a dated election",
			"Adebayo won the city's mayoral election on Tuesday with 54 percent of the vote. On the eve of the vote she had predicted a narrow win.",
			"On the eve of the vote", "2026-11-16", "", false},
		{"the day after a dated election is the day after it",
			"The country held an election on 1 October after a long campaign. Prices rose on 5 October. The day after the election, the president resigned.",
			"The day after the election", "2026-10-02", "", false},
		{"the week before a dated deal is the week before it",
			"Three parties reached a deal on Thursday to form a government. Bakker said the week before the deal that talks had nearly collapsed.",
			"Bakker said the week before the deal", "2026-11", "2026-W46", false},
		{"the end of a quarter is its last month",
			"We signed the contract at the end of Q2 and the vans came in August.",
			"We signed the contract at the end of Q2", "2026-06", "", false},
		{"the start of a quarter is its first month",
			"The chain opened the store at the start of Q3 and it closed again in November.",
			"The chain opened the store at the start of Q3", "2026-07", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			times := timex.Find(tt.text, nil, fri)
			got := Find(tt.text, sentencesAtStops(tt.text), times, nil, fri)
			for _, e := range got {
				if sum := tt.text[e.Summary.Start:e.Summary.End]; len(sum) >= len(tt.clause) && sum[:len(tt.clause)] == tt.clause {
					if e.Date != tt.date || e.Week != tt.week || e.Planned != tt.planned {
						t.Errorf("%q dated %s week %q planned %v, want %s week %q planned %v", sum, e.Date, e.Week, e.Planned, tt.date, tt.week, tt.planned)
					}
					return
				}
			}
			t.Errorf("no event opens with %q: %+v", tt.clause, got)
		})
	}
}

func TestFindDatesNoEventByAnUndatedOrTwiceDatedNoun(t *testing.T) {
	fri := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, phrase string }{
		{"an event the article does not date dates nothing",
			"The attack shut the hospitals. The trust asked for money the week before the attack.", "the week before the attack"},
		{"a verb of the noun's word dates nothing",
			"The delegates will vote on Tuesday on a charter. She left for Lithuania the day after the vote.", "the day after the vote"},
		{"a past deed is not dated after publication by a later event",
			"The delegates will hold a vote next Tuesday on a charter. She left for Lithuania the day after the vote.", "the day after the vote"},
		{"an event dated twice dates nothing",
			"A vote was held on Monday. A second vote is due on Wednesday. On the eve of the vote, the leader spoke.", "the eve of the vote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range Find(tt.text, sentencesAtStops(tt.text), timex.Find(tt.text, nil, fri), nil, fri) {
				if strings.Contains(tt.text[e.Time.Start:e.Time.End], tt.phrase) {
					t.Errorf("%q dated %s by %q", tt.text[e.Summary.Start:e.Summary.End], e.Date, tt.phrase)
				}
			}
		})
	}
}
