package events

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// definiteNounsByFields is definiteNouns reading every word of s, as it
// did before it looked for the openers first.
func definiteNounsByFields(s string) []string {
	var out []string
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		if !definiteOpener(w) {
			continue
		}
		next := rest
		for range definiteReach {
			x, after := nextField(next)
			if x == "" {
				break
			}
			next = after
			bare := strings.TrimRight(x, phraseEnd)
			if r, _ := utf8.DecodeRuneInString(bare); !unicode.IsLower(r) && !unicode.IsDigit(r) {
				break
			}
			if n := stem(bare); len(n) >= 4 && !stopWords[n] && isWord(bare) {
				out = append(out, n)
			}
			if bare != x {
				break
			}
		}
	}
	return out
}

// TestNextDefiniteOpenerASCII checks that the ASCII search for an opener
// finds what reading every word does, at the edges of words and of case.
func TestNextDefiniteOpenerASCII(t *testing.T) {
	texts := []string{"", " ", "the", "THE", "The bridge", "both", "BOTH sites", "tHe", "bOtH", "th", "thee", "bothe",
		"the,", ",the x", "xthe y", "the\tbridge", "a\nthe\vb", "the\fx", "the\rx", "at the", "at the ", "both the", "the the the",
		"Theatre", "bother the", "b", "t", "to the 1974 bridge", "the.", "tthe x", "bthe x", "oth the"}
	for _, l := range corpusLines(t, 300) {
		if isASCII(l) {
			texts = append(texts, l)
		}
	}
	for _, s := range texts {
		for _, part := range []string{s, s[:len(s)/2], s[len(s)/2:], s[max(0, len(s)-20):]} {
			rest, ok := nextDefiniteOpener(part)
			for {
				gotRest, gotOK := nextDefiniteOpenerASCII(part)
				if gotRest != rest || gotOK != ok {
					t.Fatalf("nextDefiniteOpenerASCII(%q) = %q, %v, want %q, %v", part, gotRest, gotOK, rest, ok)
				}
				if !ok {
					break
				}
				part = rest
				rest, ok = nextDefiniteOpener(part)
			}
		}
	}
}

// TestDefiniteNouns compares definiteNouns with reading every word of
// the clause, ASCII or not.
func TestDefiniteNouns(t *testing.T) {
	texts := []string{"The storm came ashore near the port", "both hospital sites", "the 1974 bridge collapsed",
		"THE Bridge", "at the central span, the board", "the\u00a0bridge and the bridges", "the brücke of the town",
		"both sites' owners", "the hospitals' staff and the bridge."}
	texts = append(texts, corpusLines(t, 300)...)
	for _, s := range texts {
		if got, want := definiteNouns(s), definiteNounsByFields(s); !slices.Equal(got, want) {
			t.Fatalf("definiteNouns(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestNoteSentences checks that the remembered answer is the one
// EditorialNote and ownWorkNote give, asked once or twice.
func TestNoteSentences(t *testing.T) {
	text := "Correction: An earlier version of this article misstated the date. Our report of 9 November stated the vote was on Monday. The vote is on Friday."
	sents := []doc.Span{{Start: 0, End: 67}, {Start: 68, End: 120}, {Start: 121, End: len(text)}}
	n := noteSentences{}
	for range 2 {
		for _, s := range sents {
			want := EditorialNote(text[s.Start:s.End]) || ownWorkNote(text[s.Start:s.End])
			if got := n.of(text, s); got != want {
				t.Fatalf("note of %q = %v, want %v", text[s.Start:s.End], got, want)
			}
		}
	}
	if !n.of(text, sents[0]) || n.of(text, sents[2]) {
		t.Fatal("the correction is no note, or the news is one")
	}
}
