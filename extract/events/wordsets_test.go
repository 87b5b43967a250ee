package events

import (
	"strings"
	"testing"
)

// TestFilteredWords checks that every filtered set answers as its map
// does, for its own words, the empty word and the words of news text.
func TestFilteredWords(t *testing.T) {
	sets := map[string]filteredWords{
		"planBreaks": planBreakWords, "scheduling": schedulingWords, "denialBreaks": denialBreakWords,
		"futureWords": futureWordSet, "strongFuture": strongFutureSet, "intentVerbs": intentVerbSet, "beliefVerbs": beliefVerbSet,
	}
	words := []string{"", "a", "the", "and", "due", "will", "expect", "expects", "think", "but"}
	for _, l := range corpusLines(t, 300) {
		words = append(words, lowerWords(l)...)
		words = append(words, lowerWordsApostrophe(l)...)
		words = append(words, strings.Fields(l)...)
	}
	for name, s := range sets {
		all := append([]string(nil), words...)
		for w := range s.words {
			all = append(all, w, strings.ToUpper(w), w+"s", w[:len(w)-1])
		}
		for _, w := range all {
			if got, want := s.has(w), s.words[w]; got != want {
				t.Fatalf("%s.has(%q) = %v, want %v", name, w, got, want)
			}
		}
	}
}
