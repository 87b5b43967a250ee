package ner

import "testing"

// TestPronounContraction covers the early rejection of words without an
// apostrophe and both forms of the apostrophe.
func TestPronounContraction(t *testing.T) {
	for w, want := range map[string]bool{
		"I'll": true, "I’m": true, "We've": true, "THEY'RE": true, "she’d": true, "It's": true,
		"Ill": false, "I": false, "": false, "'": false, "’": false, "O'Neill": false, "I'": false,
		"'ll": false, "Ich’ll": false, "I’x": false, "I\xe2ll": false,
	} {
		if got := pronounContraction(w); got != want {
			t.Errorf("pronounContraction(%q) = %v, want %v", w, got, want)
		}
	}
}
