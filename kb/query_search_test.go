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

func TestASearchShowsOnlySentencesWithEnoughOfItsWords(t *testing.T) {
	s := storeOf(t, map[string]string{
		"budget.txt": "Budget\nThe economist said fiscal policy was working against the bank.\n",
		"mine.txt":   "Mine\nWorkers at the copper mine went on strike on Monday.\n",
		"shares.txt": "Shares\nHalcyon shares rose 1.5% overnight.\n",
	})
	tests := []struct {
		name, query, want string // want "": no sentence at all
	}{
		{"one word of two is no answer", "Privacy policy", ""},
		{"a function word does not count", "All rights reserved", ""},
		{"a lone number of markup is no answer", "<script>alert(1)</script>", ""},
		{"a repeated word counts once", "' OR 1=1; DROP TABLE articles; --", ""},
		{"three words of four are shown as partial", "copper mine strike Chile", "copper mine"},
		{"a phrase and a word of three are shown as partial", `"copper mine" strike Peru`, "copper mine"},
		{"a phrase alone of three words is no answer", `"fiscal policy" privacy cookies`, ""},
		{"a small number does not count", "shares 1 plunge", ""},
		{"a small number alone is searched", "1", "1.5%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 5)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tt.want == "" && len(hits) > 0:
				t.Errorf("Search(%q) = %q, want nothing", tt.query, hits[0].Text)
			case tt.want != "" && (len(hits) != 1 || hits[0].Partial != (len(Terms(tt.query)) > 1) || !strings.Contains(hits[0].Text, tt.want)):
				t.Errorf("Search(%q) = %+v, want one match with %q, partial for several words", tt.query, hits, tt.want)
			}
		})
	}
}
