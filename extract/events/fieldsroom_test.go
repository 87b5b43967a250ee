package events

import (
	"slices"
	"strings"
	"testing"
)

// TestLeadingFieldsInto compares leadingFieldsInto, with room of each
// size, with strings.Fields, nil for no word included.
func TestLeadingFieldsInto(t *testing.T) {
	for _, s := range []string{"", " ", "The", "The composer retired in 2019", "  the\u00a0new  proposal,", "a\tb\nc d e f",
		"\u2003x\u3000y", "\xff \xfe", "one"} {
		fields := strings.Fields(s)
		for n := 1; n <= 4; n++ {
			want := fields[:min(n, len(fields))]
			if len(want) == 0 {
				want = nil
			}
			for size := 0; size <= 4; size++ {
				room := make([]string, size)
				got := leadingFieldsInto(room, s, n)
				if !slices.Equal(got, want) || (got == nil) != (want == nil) {
					t.Errorf("leadingFieldsInto(room of %d, %q, %d) = %q, want %q", size, s, n, got, want)
				}
			}
			if got := leadingFields(s, n); !slices.Equal(got, want) || (got == nil) != (want == nil) {
				t.Errorf("leadingFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
