package kb

import (
	"context"
	"strings"
	"testing"
)

func TestInflectionWeightPrefersANounsFormsForAPlural(t *testing.T) {
	tests := []struct {
		name, typed, form string
		want              float64
	}{
		{"a plural's singular", "bridges", "bridge", otherWeight},
		{"a plural's past tense", "bridges", "bridged", otherWeight * verbFormWeight},
		{"a plural's -ing form", "strikes", "striking", otherWeight * verbFormWeight},
		{"a plural's -ings plural", "bombs", "bombings", otherWeight},
		{"a base's past tense", "bridge", "bridged", otherWeight},
		{"a past tense's plural", "flooded", "floods", otherWeight},
		{"a word in -ss is no plural", "press", "pressed", otherWeight},
		{"a word in -us is no plural", "focus", "focused", otherWeight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inflectionWeight(tt.typed, tt.form); got != tt.want {
				t.Errorf("inflectionWeight(%q, %q) = %v, want %v", tt.typed, tt.form, got, tt.want)
			}
		})
	}
}

func TestSearchForAPluralRanksTheNounAboveTheVerb(t *testing.T) {
	s := storeOf(t, map[string]string{
		"jazz.txt":    "Jazz\nThe trumpeter bridged bebop and soul.\n",
		"river.txt":   "River\nThe old river bridge collapsed on Monday evening during the rush hour.\n",
		"bridges.txt": "Roads\nAll bridges of the same design will close for inspection.\n",
	})
	hits, err := s.Search(context.Background(), "bridges", 5)
	if err != nil || len(hits) != 3 {
		t.Fatalf("Search = %+v, %v; want 3 hits", hits, err)
	}
	for i, want := range []string{"bridges", "bridge", "bridged"} {
		if !holdsWord(strings.ToLower(hits[i].Text), want) {
			t.Errorf("hit %d is %q, want one with %q", i+1, hits[i].Text, want)
		}
	}
}
