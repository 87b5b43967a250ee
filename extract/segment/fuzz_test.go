package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSplit checks that any input, valid UTF-8 or not, splits without panic
// into sentences that lie within the text, in order, without overlap, and
// that the corpus counter accepts it too.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "\n", "Mr. Smith went to Washington. He said “Hi.”",
		"U.S. A. B. … ... ?! “” '' \"\" \r\n\r\n",
		"line one\nline two has\nwrapped text in lower case\nand more of it\n    indented next\n",
		"\xff\xfe\x00bad utf8 \xe2\x80 . \xe2\x80\xa6 X",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := Split(text)
		prevEnd, prevPara := 0, -1
		for i, s := range sents {
			if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("sentence %d [%d,%d) out of order or bounds (previous end %d, text %d bytes)", i, s.Start, s.End, prevEnd, len(text))
			}
			if s.Para < prevPara || s.Para > prevPara+1 {
				t.Fatalf("sentence %d has paragraph %d after %d", i, s.Para, prevPara)
			}
			sent := text[s.Start:s.End]
			if utf8.ValidString(text) && strings.TrimSpace(sent) == "" {
				t.Fatalf("sentence %d is blank", i)
			}
			prevEnd, prevPara = s.End, s.Para
		}
		fu := NewFurniture(1)
		fu.Add(text)
		fu.Mark(text, sents)
	})
}
