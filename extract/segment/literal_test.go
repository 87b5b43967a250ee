package segment

import (
	"strings"
	"testing"
)

func TestContains(t *testing.T) {
	tests := []struct {
		s, sub string
	}{
		{"", ""},
		{"", "a"},
		{"a", ""},
		{"forward-looking statements", "forward"},
		{"the actual results", "actual"},
		{"the actual results", "actua1"},
		{"no obligation", "obligation"},
		{"obligatio", "obligation"},
		{"safe harbour", "safe harbo"},
		{"zzz", "zz"},
		{"azz", "zz"},
		{"za", "zz"},
		{"sign up for our newsletter.", "newsletter"},
		{"sign up for our news letter.", "newsletter"},
		{"“quoted”", "”"},
		{"café crème", "é c"},
		{"list of 4 items", "list of "},
		{"x", "xy"},
		{"qq", "q"},
	}
	for _, tc := range tests {
		if got, want := contains(tc.s, tc.sub), strings.Contains(tc.s, tc.sub); got != want {
			t.Errorf("contains(%q, %q) = %v, want %v", tc.s, tc.sub, got, want)
		}
	}
}

// FuzzContains checks contains against strings.Contains.
func FuzzContains(f *testing.F) {
	f.Add("the actual results differ", "actual")
	f.Add("aaaa", "aa")
	f.Fuzz(func(t *testing.T, s, sub string) {
		// Also past shortText, where contains looks for a byte first.
		for _, text := range []string{s, s + strings.Repeat(" ", shortText) + s, strings.Repeat(s, shortText)} {
			if got, want := contains(text, sub), strings.Contains(text, sub); got != want {
				t.Errorf("contains(%q, %q) = %v, want %v", text, sub, got, want)
			}
		}
	})
}

// FuzzPrefixFold checks prefixFold against strings.EqualFold.
func FuzzPrefixFold(f *testing.F) {
	f.Add("Sign up for", "sign up")
	f.Add("\u212aey", "key")
	f.Fuzz(func(t *testing.T, s, p string) {
		if len(s) < len(p) {
			return
		}
		if got, want := prefixFold(s, p), strings.EqualFold(s[:len(p)], p); got != want {
			t.Errorf("prefixFold(%q, %q) = %v, want %v", s, p, got, want)
		}
	})
}

func TestToLower(t *testing.T) {
	for _, s := range []string{"", "a", "A", "Shr 1.23 dlrs VS 1.10", "already lower", "ÉCOLE Normale", "ABC", "aBc", "\xff A"} {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzToLower checks toLower against strings.ToLower.
func FuzzToLower(f *testing.F) {
	f.Add("Shr 1.23 dlrs VS 1.10")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestContainsLongText(t *testing.T) {
	long := strings.Repeat("the actual results of the quarter ", 4) + "safe harbor"
	for _, sub := range []string{"safe harbor", "safe harbour", "actual", "quarter the", "zz", "r", ""} {
		if got, want := contains(long, sub), strings.Contains(long, sub); got != want {
			t.Errorf("contains(long, %q) = %v, want %v", sub, got, want)
		}
	}
}
