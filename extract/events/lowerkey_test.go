package events

import (
	"strings"
	"testing"

	"newsbot/extract/internal/swar"
)

// TestInLower compares inLower with the lookup of the lower-cased word,
// and checks that an ASCII word is looked up without an allocation.
func TestInLower(t *testing.T) {
	const maxLoweredKey = len(swar.WordBuf{}) // the longest word lowered on the stack
	m := map[string]bool{"was": true, "said": true, "which": true, "": true, strings.Repeat("a", maxLoweredKey): true,
		strings.Repeat("b", maxLoweredKey+1): true, "é": true, "kelvin": true}
	for _, w := range []string{"", "was", "WAS", "Was", "wAs", "said", "SAID", "which", "whİch", "WHICH", "é", "É", "\u212aelvin",
		"KELVIN", "was ", "wa", strings.Repeat("A", maxLoweredKey), strings.Repeat("B", maxLoweredKey+1), strings.Repeat("a", maxLoweredKey+1),
		"\xff", "W\xffS", "1987", "Mr.", "O'Neil"} {
		if got, want := inLower(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("inLower(%q) = %v, want %v", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { inLower(lineVerbs, "WAS") }); n != 0 {
		t.Errorf("inLower of an ASCII word allocates %v times", n)
	}
}
