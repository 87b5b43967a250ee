package events

import (
	"slices"
	"strings"
	"testing"
)

// fieldCases hold ASCII and Unicode spaces, invalid UTF-8 and words
// runs of every kind.
var fieldCases = []string{
	"", " ", "a", "  The governor's office  said,", "the\tnew\nproposal\v\f\rwas",
	"the\u00a0storm\u2003came\u3000ashore", "x\x85y \xffz\xc3", "Maria das Graças Tavares Monteiro",
	"The 1974 bridge (the central span) and both hospital sites", "3.5 per-cent; rose 12% in 2025",
}

// TestNextFieldSplitsAsFields checks that reading words one by one with
// nextField gives the words of strings.Fields.
func TestNextFieldSplitsAsFields(t *testing.T) {
	for _, s := range fieldCases {
		var got []string
		for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
			got = append(got, w)
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("nextField words of %q = %q, want %q", s, got, want)
		}
	}
}

// TestContentWordsASCIIPath checks that the byte reading of an ASCII
// text given in lower case finds the words the rune reading finds.
func TestContentWordsASCIIPath(t *testing.T) {
	for _, s := range append(fieldCases[:5:5],
		"Rovers made an improved offer for Kim Adjei; the fire BROKE OUT on Monday",
		"Nurses walked out at 0900 GMT, the 3rd strike in 2026 (up 4.5% from 2025)",
		"A-B c_d e@f [g] `h` {i} 007bond R2D2 x-ray",
	) {
		fast := contentWordsLowered(s, strings.ToLower(s), 3, 7, 0)
		slow := contentWordsLowered(s, "", 3, 7, 0)
		if !slices.Equal(fast, slow) {
			t.Errorf("contentWordsLowered(%q) = %q by bytes, %q by runes", s, fast, slow)
		}
	}
}
