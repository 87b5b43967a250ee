package identity

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// slowLastField and slowTwoWords are lastField and twoWords without
// their ASCII fast paths.
func slowLastField(s string) (string, string) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", s
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return s[:i], s[i+w:]
}

func slowTwoWords(s string) (string, string, bool) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return "", "", false
	}
	return f[0], f[1], true
}

func TestASCIIFastPathsAgreeWithUnicodePaths(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "a", "a b", " a  b ", "a\u00a0b", "a b\u00a0", "Jörg Meyer", "Meyer Jörg",
		"x\u2009y", "élan vital\n", "in the city of", "a\vb\fc", "ab\u0085", "über ", "Mr\u00a0", "Judge Moss", "Judge  Moss\r\n",
		"Cllr Patel ", "one two three", "São Paulo", "a São", "\u3000a b"} {
		r1, l1 := lastField(s)
		r2, l2 := slowLastField(s)
		if r1 != r2 || l1 != l2 {
			t.Errorf("lastField(%q) = %q, %q, want %q, %q", s, r1, l1, r2, l2)
		}
		a1, b1, ok1 := twoWords(s)
		a2, b2, ok2 := slowTwoWords(s)
		if a1 != a2 || b1 != b2 || ok1 != ok2 {
			t.Errorf("twoWords(%q) = %q, %q, %v, want %q, %q, %v", s, a1, b1, ok1, a2, b2, ok2)
		}
	}
}
