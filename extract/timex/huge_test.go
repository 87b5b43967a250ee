package timex

import (
	"strings"
	"testing"
)

// TestFindHugeSentence guards against costs that grow with the square of
// a sentence's length: one enormous line full of expressions.
func TestFindHugeSentence(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	text := strings.Repeat("He said on Tuesday that day at 2 p.m., three days later, ", 5000)
	got := Find(text, nil, wed)
	if len(got) < 5000 {
		t.Fatalf("found %d expressions, want at least 5000", len(got))
	}
	checkWellFormed(t, text, got)
}
