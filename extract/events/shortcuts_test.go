package events

import (
	"slices"
	"strings"
	"testing"

	"newsbot/extract/internal/swar"
)

// nameWordsFields is nameWords from the list strings.Fields makes.
func nameWordsFields(name string) (head, first string, ok bool) {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return "", "", false
	}
	h := ws[len(ws)-1]
	if i := slices.Index(ws, "of"); i > 0 {
		h = ws[i-1]
	}
	return h, ws[0], true
}

// TestNameWords compares nameWords with the words strings.Fields finds.
func TestNameWords(t *testing.T) {
	for _, name := range []string{
		"", " ", "\u00a0\u2003", "Poland", "National Bank of Poland", "of Poland", "of", "of of", "Bank of of",
		"Bank of Poland of Europe", "US Food and Drug Administration", "  Typhoon \t Sonca ", "Typhoon Sonca",
		"Bank\u00a0of\u2003Poland", "x of", "of x of y", "Ölbank of Zürich", "\xff of \xfe",
	} {
		h, f, ok := nameWords(name)
		wh, wf, wok := nameWordsFields(name)
		if h != wh || f != wf || ok != wok {
			t.Errorf("nameWords(%q) = %q, %q, %v, want %q, %q, %v", name, h, f, ok, wh, wf, wok)
		}
	}
}

// TestLeadingFieldsNil checks that leadingFields gives nil, as before it
// made room for its words, when s holds none.
func TestLeadingFieldsNil(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n\u2003"} {
		if got := leadingFields(s, 3); got != nil {
			t.Errorf("leadingFields(%q, 3) = %#v, want nil", s, got)
		}
	}
	if got := leadingFields("a b c d", 3); len(got) != 3 || cap(got) != 3 {
		t.Errorf("leadingFields(a b c d, 3) = %q (cap %d)", got, cap(got))
	}
}

// TestNameWordsCorpus compares nameWords with the words strings.Fields
// finds on the lines of news stories and their halves.
func TestNameWordsCorpus(t *testing.T) {
	for _, l := range corpusLines(t, 300) {
		for _, s := range []string{l, l[:len(l)/2], l[len(l)/2:]} {
			h, f, ok := nameWords(s)
			if wh, wf, wok := nameWordsFields(s); h != wh || f != wf || ok != wok {
				t.Fatalf("nameWords(%q) = %q, %q, %v, want %q, %q, %v", s, h, f, ok, wh, wf, wok)
			}
		}
	}
}

// TestMayMeasureFrom checks that every text holding " from " or
// " against " passes mayMeasureFrom, on edge cases and news lines.
func TestMayMeasureFrom(t *testing.T) {
	texts := append([]string{"", " from ", "FROM", " FROM ", "x from", " from 3", "rose from 3 from 4", "\u00e9 against \u00e9",
		"aga inst", "2 against 3", " against", "fromage", "tofrom from", "İ from İ"}, corpusLines(t, 300)...)
	for _, s := range texts {
		for _, part := range []string{s, s[:len(s)/2], s[len(s)/3:]} {
			holds := strings.Contains(part, " from ") || strings.Contains(part, " against ")
			if holds && !mayMeasureFrom(lowerWords(part)) {
				t.Fatalf("mayMeasureFrom(lowerWords(%q)) = false, but the text holds the phrase", part)
			}
			if !holds && baseFigure(part) {
				t.Fatalf("baseFigure(%q) = true without the phrase", part)
			}
		}
	}
}

// TestHoldsEditionStem compares holdsEditionStem with strings.Contains
// on the text with its ASCII capitals lowered, on edge cases, every
// offset of the literals in short texts, and news lines.
func TestHoldsEditionStem(t *testing.T) {
	texts := []string{"", "ion", "dition", "ersion", "edition", "version", "ditio", "rsion", "dit ion", "DITION", "Version",
		"ersioN", "EDITION", "xxxxxxxxxxxxEdItIoN", "\xc9DITION", "\xe9dit\xe9on", "xxxxxxxxxxxxdition", "xxxxxxxxxxxxxxxxxxxxxxersion", "ionionionionionionion dit ers", "\xffdition\xff", "ééédition"}
	for n := 0; n < 20; n++ {
		for _, lit := range []string{"dition", "ersion", "ion", "dit", "ers"} {
			texts = append(texts, strings.Repeat("x", n)+lit, strings.Repeat("x", n)+lit+strings.Repeat("y", 20-n))
		}
	}
	texts = append(texts, corpusLines(t, 1000)...)
	for _, s := range texts {
		l := asciiLowered(s)
		if got, want := holdsEditionStem(s), strings.Contains(l, "dition") || strings.Contains(l, "ersion"); got != want {
			t.Fatalf("holdsEditionStem(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBytesEqual compares bytesEqual with a byte-by-byte comparison.
func TestBytesEqual(t *testing.T) {
	for _, s := range []string{"iiiiiiii", "\x00\x01\x7f\x80\xff\xe9ii", "aibicidi", "\x69\xe9\x69\x00\x68\x6a\xff\x69"} {
		x := swar.Load64(s, 0)
		var want uint64
		for k := range 8 {
			if s[k] == 'i' {
				want |= 0x80 << (8 * k)
			}
		}
		if got := bytesEqual(x, 'i'); got != want {
			t.Errorf("bytesEqual(%q, 'i') = %#x, want %#x", s, got, want)
		}
	}
}

// TestNextFoldHToken checks that nextFoldHToken visits, in order, the
// tokens nextToken finds in an ASCII text that hold an "h" or an "H",
// and that every other token lowers to none of the words it is read for.
func TestNextFoldHToken(t *testing.T) {
	texts := append([]string{"", "h", "H", "he", " she,his.HER ", "the 2h3 x-h-y hh", "abcdefghijklmnop h", "xxxxxxxH", "1234567h9"},
		corpusLines(t, 300)...)
	for _, s := range texts {
		if !isASCII(s) {
			continue
		}
		var want, got [][2]int
		for i := 0; i < len(s); {
			ws, we := nextToken(s, i)
			if ws == we {
				break
			}
			if w := s[ws:we]; strings.ContainsAny(w, "hH") {
				want = append(want, [2]int{ws, we})
			} else if slices.ContainsFunc([]string{"he", "she", "his", "her"}, func(o string) bool { return lowerIs(w, o) }) {
				t.Fatalf("token %q of %q lowers to a pronoun without an h", w, s)
			}
			i = we
		}
		for i := 0; i < len(s); {
			ws, we := nextFoldHToken(s, i)
			if ws == we {
				break
			}
			got = append(got, [2]int{ws, we})
			i = we
		}
		if !slices.Equal(got, want) {
			t.Fatalf("nextFoldHToken tokens of %q = %v, want %v", s, got, want)
		}
	}
}

// TestIsASCII compares isASCII with a byte-by-byte reading, a byte
// beyond ASCII at every offset of texts of up to 20 bytes.
func TestIsASCII(t *testing.T) {
	for n := 0; n <= 20; n++ {
		s := strings.Repeat("a", n)
		if !isASCII(s) {
			t.Errorf("isASCII(%q) = false", s)
		}
		for i := 0; i < n; i++ {
			for _, c := range []byte{0x80, 0xc3, 0xff} {
				b := []byte(s)
				b[i] = c
				if isASCII(string(b)) {
					t.Errorf("isASCII(%q) = true", b)
				}
			}
		}
	}
}

// TestContentWordsFiguresOutsideTime checks that the byte reading, which
// reads figures only when a digit stands outside the time, finds the
// words and figures of the rune reading, which always reads them, for
// times around, inside, before and after the figures of the text.
func TestContentWordsFiguresOutsideTime(t *testing.T) {
	texts := []string{"", "7", "on March 3", "rose 12% in 2025", "the 1974 bridge", "23 of the 41 people on 4 May 1987",
		"profit 4.5 mln dlrs vs 3.2 mln in 1986", "12,500 acres", "in 1987 40 pct"}
	for _, l := range corpusLines(t, 60) {
		if isASCII(l) && len(l) < 300 {
			texts = append(texts, l)
		}
	}
	for _, s := range texts {
		for ts := -1; ts <= len(s)+1; ts++ {
			for _, te := range []int{ts - 1, ts, ts + 1, ts + 4, ts + 12, len(s)} {
				fast := contentWordsLowered(s, strings.ToLower(s), ts, te, 0)
				slow := contentWordsLowered(s, "", ts, te, 0)
				if !slices.Equal(fast, slow) {
					t.Fatalf("contentWordsLowered(%q, %d, %d) = %q by bytes, %q by runes", s, ts, te, fast, slow)
				}
			}
		}
	}
}

// TestPastTime compares pastTime with pastWords of the words lowerWords
// splits.
func TestPastTime(t *testing.T) {
	texts := []string{"", " ", "ago", "AGO", "a week ago", "Yesterday", "yesterday's", "last week", "LAST", "earlier this month",
		"2 days ago.", "ago 3", "  last  ", "lastly", "the last week", "3 weeks AGO!", "x", "1987", "earlier", "a year agone",
		"yesterday ago", "a year ago ", "İ ago", "last İ"}
	texts = append(texts, corpusLines(t, 100)...)
	for _, s := range texts {
		for _, part := range []string{s, s[:len(s)/2], s[len(s)/2:], s[max(0, len(s)-12):]} {
			if got, want := pastTime(part), pastWords(lowerWords(part)); got != want {
				t.Fatalf("pastTime(%q) = %v, want %v", part, got, want)
			}
		}
	}
}

// TestDefiniteOpenerLengths checks what definiteOpener's length test
// relies on: every opener is lower-case ASCII without a "k" or an "i",
// within the bounds; and that it agrees with comparing every word.
func TestDefiniteOpenerLengths(t *testing.T) {
	for _, o := range definiteOpeners {
		if len(o) < minDefiniteOpener || len(o) > maxDefiniteOpener || !isASCII(o) || o != strings.ToLower(o) || strings.ContainsAny(o, "ki") {
			t.Errorf("definite opener %q breaks definiteOpener's length test", o)
		}
	}
	words := []string{"", "the", "THE", "The", "both", "BOTH", "th", "thee", "bothe", "tHe", "t\u0130he", "\u212ahe", "thé", "bøth"}
	for _, l := range corpusLines(t, 100) {
		words = append(words, strings.Fields(l)...)
	}
	for _, w := range words {
		want := slices.ContainsFunc(definiteOpeners, func(o string) bool { return strings.ToLower(w) == o })
		if got := definiteOpener(w); got != want {
			t.Fatalf("definiteOpener(%q) = %v, want %v", w, got, want)
		}
	}
}

// asciiLowered returns s with its ASCII capitals lowered and every other
// byte kept.
func asciiLowered(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
