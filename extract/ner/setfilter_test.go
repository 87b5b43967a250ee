package ner

import (
	"strings"
	"testing"
)

func TestFixedSetsAnswerAsTheirMaps(t *testing.T) {
	long := strings.Repeat("x", 70)
	sets := []struct {
		name string
		set  map[string]bool
	}{
		{"a set of words", wordSet("court council trust akb")},
		{"a set with capitals", fixedSet(map[string]bool{"A": true, "An": true, "The": true})},
		{"a set with accented words", wordSet("tánaiste señor")},
		{"a set with the empty word", fixedSet(map[string]bool{"": true, "of": true})},
		{"a set with a very long word", fixedSet(map[string]bool{long: true})},
		{"an empty set", fixedSet(map[string]bool{})},
		{"titles", titles},
		{"calendar words", calendarWords},
		{"lead articles", leadArticles},
	}
	words := []string{"", "court", "Court", "COURT", "courts", "cour", "t", "The", "the", "THE", "an", "A", "a",
		"Tánaiste", "TÁNAISTE", "señor", "Señor", "of", "Of", long, strings.ToUpper(long), long + "x",
		"January", "jan", "Mr", "mr", "M\xffR", "\u212a", "A\u212aB", "-", "'s"}
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			ws := append([]string(nil), words...)
			for w := range s.set {
				ws = append(ws, w, strings.ToUpper(w))
				if w != "" {
					ws = append(ws, strings.ToUpper(w[:1])+w[1:])
				}
			}
			for _, w := range ws {
				if got, want := inSet(s.set, w), s.set[w]; got != want {
					t.Errorf("inSet(%q) = %v, want %v", w, got, want)
				}
				if got, want := lowerIn(s.set, w), s.set[strings.ToLower(w)]; got != want {
					t.Errorf("lowerIn(%q) = %v, want %v", w, got, want)
				}
			}
		})
	}
}

func TestSetsBuiltWhileTaggingHaveNoFilter(t *testing.T) {
	set := map[string]bool{"leeds": true}
	if filterOf(set) != nil {
		t.Fatal("an unregistered set has a filter")
	}
	if !lowerIn(set, "Leeds") || !inSet(set, "leeds") || inSet(set, "Leeds") {
		t.Error("an unregistered set answers unlike its map")
	}
	if filterOf(nil) != nil || lowerIn(nil, "x") || inSet(nil, "") {
		t.Error("a nil set holds a word")
	}
}
