package ner

import (
	"testing"

	"newsbot/extract/ner/internal/tok"
)

// TestShoutedMatchesRuneByRune checks the byte-by-byte reading of ASCII
// in shouted against shoutedRunes: every word of up to four pieces of an
// alphabet of capitals, small letters, marks and runes that are not ASCII
// (capitals among them), and every token of the news stories.
func TestShoutedMatchesRuneByRune(t *testing.T) {
	alphabet := []string{"A", "Z", "a", "z", "@", "[", "`", "{", ".", "'", "’", "-", "1", "É", "é", "Σ", "\xff", "\xe2\x80"}
	check := func(w string) {
		t.Helper()
		if got, want := shouted(w), shoutedRunes(w); got != want {
			t.Fatalf("shouted(%q) = %v, rune by rune %v", w, got, want)
		}
	}
	var all func(prefix string, n int)
	all = func(prefix string, n int) {
		check(prefix)
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			all(prefix+a, n-1)
		}
	}
	all("", 4)
	for _, st := range readStories(t, 300) {
		for _, k := range tok.Split(nil, st.text, 0, len(st.text)) {
			check(st.text[k.Start:k.End])
		}
	}
}
