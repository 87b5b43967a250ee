package timex

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// wordsReference is the plain statement of what words() computes.
func wordsReference(s string) []word {
	out := []word{}
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || ((r == '\'' || r == '’') && start >= 0)
		if inWord && start < 0 {
			start = i
		}
		if !inWord && start >= 0 {
			out = append(out, word{start, i, normApos(strings.ToLower(s[start:i]))})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(s), normApos(strings.ToLower(s[start:]))})
	}
	return out
}

func TestWordsMatchesTheReference(t *testing.T) {
	for _, s := range []string{
		"", "   ", "Putin MET the envoys on Tuesday's talks",
		"Ärger in MÜNCHEN, Tuesday’s WORLD; don't 'll X-ray 3PM",
		"\xff\xfeABC\xe2\x80 déjà-VU İstanbul",
	} {
		if got, want := words(s), wordsReference(s); !reflect.DeepEqual(got, want) {
			t.Errorf("words(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzWords(f *testing.F) {
	f.Add("Ärger in MÜNCHEN, Tuesday’s WORLD; don't 'll X-ray 3PM")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := words(s), wordsReference(s); !reflect.DeepEqual(got, want) {
			t.Errorf("words(%q) = %v, want %v", s, got, want)
		}
	})
}
