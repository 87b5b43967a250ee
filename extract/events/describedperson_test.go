package events

import (
	"slices"
	"testing"
	"time"

	"newsbot/extract/timex"
)

func TestFindDescribedPersonSubject(t *testing.T) {
	published := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	people := [][2]string{{"Olena Marchenko", "Olena Marchenko"}, {"Kees Dalstra", "Kees Dalstra"}}
	tests := []struct {
		name  string
		paras [][]string
		want  []string // the participants of the row of 2023
	}{
		{"a role and a who clause opening a sentence after one person are that person's",
			[][]string{{"Olena Marchenko has spent a week watching her cranes stand idle.",
				"The Lviv-born chief executive of Corvale Shipping, who took over the operator in 2023 after a decade at Maersk, told the paper that costs were rising."}},
			[]string{"Olena Marchenko"}},
		{"a role and a who clause after two people stay unresolved",
			[][]string{{"Olena Marchenko met Kees Dalstra on Monday.",
				"The Lviv-born chief executive of Corvale Shipping, who took over the operator in 2023 after a decade at Maersk, told the paper that costs were rising."}},
			nil},
		{"a noun that is no role with a which clause is no person's",
			[][]string{{"Olena Marchenko has spent a week watching her cranes stand idle.",
				"The old warehouse of Corvale Shipping, which was sold in 2023 after a decade of losses, stood empty on Monday."}},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ms := narrative(people, tt.paras...)
			times := timex.Find(text, sents, published)
			found := false
			for _, e := range Find(text, sents, times, ms, published) {
				if e.Date != "2023" {
					continue
				}
				found = true
				if !slices.Equal(e.Entities, tt.want) {
					t.Errorf("event %q: entities %q, want %q", text[e.Summary.Start:e.Summary.End], e.Entities, tt.want)
				}
			}
			if !found {
				t.Error("no event of 2023")
			}
		})
	}
}
