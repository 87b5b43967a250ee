package timex

import (
	"strings"
	"testing"
)

// TestFigureComparedOnCorpora compares figureCompared with figureFrom
// on the stretches before every byte of the corpus texts that hold a
// "from", as sentence reads them, and on a few texts made to trip it.
func TestFigureComparedOnCorpora(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := figureCompared(s, lowerASCII(s)), figureFrom.MatchString(s); got != want {
			t.Fatalf("figureCompared(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{
		"up from 860 reported on ", "UP FROM 860 REPORTED ON ", "xfrom 3 dlrs ", "_from 3 dlrs ", "from from 3 dlrs ",
		"from 3, from the 4 pct in ", "\u00e9from 3 pct ", "from the 3 \u212aelvin ", "from 3 pct rose sharply in the ", "from 3pct\n",
		"Fr\u00f6m 3 pct ", "from\t$5 a\tshare ",
	} {
		check(s)
	}
	for _, text := range corpusTexts(t) {
		low := lowerASCII(text)
		for i := strings.Index(low, "from"); i >= 0; {
			for p := i + 4; p <= min(len(text), i+60); p++ {
				check(text[max(0, p-48):p])
			}
			j := strings.Index(low[i+1:], "from")
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
}
