package events

import (
	"strings"
	"testing"
)

// TestOpenerFacts checks openerFacts against the sets it stands for, on
// every word of them and on words of none.
func TestOpenerFacts(t *testing.T) {
	sets := map[openerFact]map[string]bool{openerPronoun: subjectPronouns, openerSpan: spanWords,
		openerPeriod: periodOpeners, openerRange: rangeOpeners, openerFrame: framePrepositions}
	words := []string{"", "He", "said", "twelve", "within", "1975"}
	for _, set := range sets {
		for w := range set {
			words = append(words, w)
		}
	}
	for _, w := range words {
		for f, set := range sets {
			if got := openerFacts[w]&f != 0; got != set[w] {
				t.Errorf("openerFacts[%q] has %b: %v, want %v", w, f, got, set[w])
			}
		}
	}
}

// TestIsRelativePronoun compares isRelativePronoun with the lookup of
// the lower-cased word it stands for.
func TestIsRelativePronoun(t *testing.T) {
	words := []string{"", "who", "WHO", "Who", "whom", "wh", "that", "That", "THAT", "than", "thats", "which", "WHICH", "Which",
		"whİch", "wHİCH", "whic", "whichever", "tha\u212a", "w\u0130ho", "who'", "whose", "thAt", "wh0"}
	for w := range relativePronouns {
		words = append(words, w)
	}
	for _, w := range words {
		if got, want := isRelativePronoun(w), relativePronouns[strings.ToLower(w)]; got != want {
			t.Errorf("isRelativePronoun(%q) = %v, want %v", w, got, want)
		}
	}
	if len(relativePronouns) != 3 {
		t.Errorf("relativePronouns has %d words; isRelativePronoun compares three", len(relativePronouns))
	}
}
