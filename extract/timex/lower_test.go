package timex

import (
	"fmt"
	"math/rand/v2"
	"newsbot/extract/internal/swar"
	"reflect"
	"strings"
	"testing"
	"time"

	"newsbot/extract/segment"
)

// lowerASCIIReference is the plain statement of lowerASCII.
func lowerASCIIReference(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// randomText returns a string of up to 40 bytes drawn mostly from the
// edges of the capitals' range and from bytes beyond ASCII.
func randomText(r *rand.Rand) string {
	const edges = "@AZ[`az{ 09\x80\xc3\xa9\xff\xc1\xda"
	b := make([]byte, r.IntN(41))
	for i := range b {
		if r.IntN(2) == 0 {
			b[i] = byte(r.IntN(256))
		} else {
			b[i] = edges[r.IntN(len(edges))]
		}
	}
	return string(b)
}

func TestLowerASCIIMatchesTheReference(t *testing.T) {
	for _, s := range []string{"", "A", "a", "Shr 1.23 dlrs VS 1.10", "ÉCOLE Normale İSTANBUL", "abcdefghABCDEFGH@[`{", "\xc1\xda\xff AZ"} {
		if got, want := lowerASCII(s), lowerASCIIReference(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		s := randomText(r)
		if got, want := lowerASCII(s), lowerASCIIReference(s); got != want {
			t.Fatalf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTrigFilter checks that the filter in front of trigIndex turns away
// no trigger word, and that triggers gives what the map alone gives for
// every word of the news corpus.
func TestTrigFilter(t *testing.T) {
	for w := range trigIndex {
		if w == "" {
			continue
		}
		if !trigFilter.MayHold(w) {
			t.Errorf("trigger %q is filtered out", w)
		}
	}
	reference := func(w string) uint64 {
		m := trigIndex[strings.TrimSuffix(w, "'s")]
		if hasDigit(w) {
			m |= digitRules
		}
		return m
	}
	seen := 0
	for _, s := range readReuters(t, 2000) {
		for _, w := range words(s.Text) {
			seen++
			if got, want := triggers(w.text), reference(w.text); got != want {
				t.Fatalf("triggers(%q) = %b, want %b", w.text, got, want)
			}
		}
	}
	t.Logf("%d words compared", seen)
}

// TestTenseFilters checks that the filters in front of the tense word
// lists turn away none of their words, and that markerOf and lexOf give
// what the maps alone give for every word of the news corpus.
func TestTenseFilters(t *testing.T) {
	for _, m := range []map[string]bool{futureMarkers, pastMarkers} {
		for w := range m {
			if w != "" && !markerFilter.MayHold(w) {
				t.Errorf("marker %q is filtered out", w)
			}
		}
	}
	for w := range lexFlags {
		if w != "" && !lexFilter.MayHold(w) {
			t.Errorf("lexicon word %q is filtered out", w)
		}
	}
	markerReference := func(w string) tense {
		if i := strings.IndexByte(w, '\''); i > 0 {
			if w[i:] == "'ll" {
				return future
			}
			w = w[:i]
		}
		switch {
		case futureMarkers[w]:
			return future
		case pastMarkers[w]:
			return past
		case strings.HasSuffix(w, "eed") && !pastEed[w]:
			return unknownTense
		case len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w]:
			return past
		}
		return unknownTense
	}
	check := func(w string) {
		if got, want := markerOf(w), markerReference(w); got != want {
			t.Fatalf("markerOf(%q) = %v, want %v", w, got, want)
		}
		want := lexFlags[w]
		if scheduleThird(w) {
			want |= lexScheduleThird
		}
		if got := lexOf(w).flags; got != want {
			t.Fatalf("lexOf(%q).flags = %v, want %v", w, got, want)
		}
	}
	for _, s := range readReuters(t, 2000) {
		for _, w := range words(s.Text) {
			check(w.text)
		}
	}
	for w := range lexFlags {
		check(w)
	}
	check("")
}

// TestDigitAfterLastBracketKeepsConversions checks that the test before
// zoneConversionOpen rejects no text the pattern matches.
func TestDigitAfterLastBracketKeepsConversions(t *testing.T) {
	matched := 0
	for _, w := range []string{
		"15:42 local time (0142 GMT ", "10 p.m. on Friday (0300 GMT on ", "at 9 a.m. (1400 GMT) and 10 p.m. (\t0300 gmt, on ",
		"1530 hrs EST ( 20:30 GMT, ", "(Reuters) said at 4 pm (2100 GMT ", "4 PM (21.00 UTC ", "(0300 GMT on ",
		"10 pm ET (\n3 am BST on ", "no bracket at 10 pm GMT on ", "(Reuters) at 10 pm ", "( x 10:00 GMT ",
	} {
		if zoneConversionOpen.MatchString(w) {
			matched++
			if !digitAfterLastBracket(w) {
				t.Errorf("%q matches zoneConversionOpen but is rejected", w)
			}
		}
	}
	if matched < 6 {
		t.Errorf("only %d cases match zoneConversionOpen", matched)
	}
}

// TestWordsOnRandomText checks words against wordsReference on random
// text of letters, digits, apostrophes and bytes past ASCII.
func TestWordsOnRandomText(t *testing.T) {
	pieces := []string{"a", "Z", "7", "'", "’", " ", ",", "é", "Ä", "\xff", "\xe2\x80", "-", "İ", "ß", "\u212a"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(16) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := words(s), wordsReference(s); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("words(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPlainWordsChangeNoTense checks that passing over plain words in
// clauseTenseLex gives the tense the full switch gives, for an expression
// at every word of the news corpus and the tense tests' sentences.
func TestPlainWordsChangeNoTense(t *testing.T) {
	defer func() { skipPlainWords = true }()
	var sents []string
	for _, s := range readReuters(t, 600) {
		for _, sent := range segment.Split(s.Text) {
			sents = append(sents, s.Text[sent.Start:sent.End])
		}
	}
	sents = append(sents, "He said schools would reopen on Friday.", "The leaders are meeting on Monday.",
		"The summit opens Monday.", "It is to be sworn in Monday.", "A truce starting at midnight on Friday.",
		"The town was preparing for crowds at the funeral on Thursday.", "The $1.8 billion it forecast in July.",
		"A strike due to start on Monday.", "As previously planned, the vote is on Friday.", "If Friday's vote goes ahead.")
	calls := 0
	for _, s := range sents {
		ws := words(s)
		for _, w := range ws {
			skipPlainWords = true
			got := clauseTenseWords(s, ws, w.start, w.end)
			skipPlainWords = false
			want := clauseTenseWords(s, ws, w.start, w.end)
			if got != want {
				t.Fatalf("clauseTense(%q at %q) = %v, the full switch gives %v", s, w.text, got, want)
			}
			calls++
		}
	}
	t.Logf("%d expressions compared", calls)
}

// TestValuesMatchFmt checks yearValue and weekValue against fmt.
func TestValuesMatchFmt(t *testing.T) {
	for y := 0; y <= 9999; y++ {
		if got, want := yearValue(y), fmt.Sprintf("%04d", y); got != want {
			t.Fatalf("yearValue(%d) = %q, want %q", y, got, want)
		}
	}
	for d := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 10000; d = d.AddDate(0, 0, 13) {
		y, w := d.ISOWeek()
		want := ""
		if y >= 1 && y <= 9999 {
			want = fmt.Sprintf("%04d-W%02d", y, w)
		}
		if got := weekValue(d); got != want {
			t.Fatalf("weekValue(%v) = %q, want %q", d, got, want)
		}
	}
}

// headsReference is heads byte by byte.
func headsReference(out []head, low string, set uint64, st *startTables) []head {
	prev := false
	for i := 0; i < len(low); i++ {
		if w := isWordByte(low[i]); w != prev {
			prev = w
			out = appendHead(out, low, i, set, st)
		}
	}
	return out
}

// TestHeadsMatchTheReference checks heads against headsReference on the
// sentences of the news corpus and on random text, and wordBytes8
// against isWordByte for every byte at every place of a word.
func TestHeadsMatchTheReference(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			b := []byte("........")
			b[pos] = byte(c)
			got := wordBytes8(swar.Load64(string(b), 0))>>(8*pos+7)&1 == 1
			if got != isWordByte(byte(c)) {
				t.Fatalf("wordBytes8 says %v for byte %#x", got, c)
			}
		}
	}
	st := ruleStarts()
	check := func(s string) {
		low := lowerASCII(s)
		for _, set := range []uint64{^uint64(0), st.atBounds, digitRules} {
			got, want := heads(nil, low, set, st), headsReference(nil, low, set, st)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("heads(%q) = %v, want %v", low, got, want)
			}
		}
	}
	for _, s := range readReuters(t, 500) {
		for _, line := range strings.Split(s.Text, "\n") {
			check(line)
		}
	}
	r := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"a", "Z", "7", "_", " ", ",", "é", "\xff", "-", "the ", "1987", "3.5", "march ", "''", "\t"}
	for range 50000 {
		var b strings.Builder
		for range r.IntN(20) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		check(b.String())
	}
}
