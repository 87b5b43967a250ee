package timex

import (
	"slices"
	"testing"

	"newsbot/extract/segment"
)

// TestHeadsInWindows checks that the heads headsIn finds in the union
// of a sentence's windows are the heads of the whole sentence that lie
// inside them, over the corpus sentences.
func TestHeadsInWindows(t *testing.T) {
	st := ruleStarts()
	for _, text := range corpusTexts(t) {
		for _, se := range segment.Split(text) {
			s := text[se.Start:se.End]
			low := lowerASCII(s)
			var union [][2]int
			var set uint64
			for _, w := range appendWords(nil, s, low) {
				if m := triggers(w.text); m != 0 {
					union = addWindow(union, window(s, w))
					set |= m
				}
			}
			set &= st.atBounds
			var want, got []head
			for _, h := range heads(nil, low, set, st) {
				for _, w := range union {
					if w[0] <= h.p && h.p < w[1] {
						want = append(want, h)
					}
				}
			}
			for _, w := range union {
				got = headsIn(got, low, w[0], w[1], set, st)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%q: heads in windows %v, want %v", s, got, want)
			}
		}
	}
}
