package events

import (
	"testing"
	"time"

	"newsbot/extract/timex"
)

func TestFindDatesARelativeClauseOnANounAfterAName(t *testing.T) {
	published := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       map[string]string // date -> summary
	}{
		{"a relative clause on a noun after a name ending the sentence dates only itself",
			"Her release followed talks brokered by Omar Haddad of Qatar, the same envoy who mediated a similar case in 2024.",
			map[string]string{"2024": "Omar Haddad of Qatar, the same envoy who mediated a similar case in 2024"}},
		{"so does one set off by commas inside the sentence",
			"The talks were led by Omar Haddad, the envoy who mediated a similar case in 2024, on Sunday.",
			map[string]string{"2024": "Omar Haddad, the envoy who mediated a similar case in 2024", "2026-03-08": "The talks were led by Omar Haddad, the envoy who mediated a similar case in 2024, on Sunday."}},
		{"a verb after the noun makes a clause of its own",
			"Officials met Omar Haddad, the minister said that in 2024 talks failed.",
			map[string]string{"2024": "Officials met Omar Haddad, the minister said that in 2024 talks failed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			times := timex.Find(tt.text, nil, published)
			got := map[string]string{}
			for _, e := range Find(tt.text, nil, times, nil, published) {
				got[e.Date] = tt.text[e.Summary.Start:e.Summary.End]
			}
			if len(got) != len(tt.want) {
				t.Fatalf("rows %q, want %q", got, tt.want)
			}
			for d, s := range tt.want {
				if got[d] != s {
					t.Errorf("row on %s = %q, want %q", d, got[d], s)
				}
			}
		})
	}
}
