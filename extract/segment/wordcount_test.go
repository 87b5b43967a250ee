package segment

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// wordCountUpToRune is wordCountUpTo one rune at a time, the reference
// that the eight-bytes-at-once count must agree with.
func wordCountUpToRune(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		sp := isSpace(r)
		if !sp && !in {
			if n++; n > limit {
				return n
			}
		}
		in = !sp
	}
	return n
}

func TestWordCountUpToMatchesRunes(t *testing.T) {
	// Every ASCII byte next to the blanks and the bytes past ASCII: the
	// edges of the blank test ('\t'-1, '\r'+1, ' '±1, 0x7f).
	alphabet := []string{" ", "\t", "\n", "\v", "\f", "\r", "\x08", "\x0e", "\x1f", "!", "\x7f", "a", "Z", "0",
		"\u00a0", "\u200b", "\ufeff", "é", "—", "\u3000", "\xff", "\x80"}
	for c := 0; c < utf8.RuneSelf; c++ {
		alphabet = append(alphabet, string(rune(c)))
	}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b []byte
		for range rng.Intn(40) {
			b = append(b, alphabet[rng.Intn(len(alphabet))]...)
		}
		s := string(b)
		for _, limit := range []int{0, 1, 2, 3, 5, 12, 25, len(s)} {
			if got, want := wordCountUpTo(s, limit), wordCountUpToRune(s, limit); got != want {
				t.Fatalf("wordCountUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		for i := 0; i < len(text); i += 7 {
			s := text[i:min(len(text), i+300)]
			for _, limit := range []int{12, 25, 50} {
				if got, want := wordCountUpTo(s, limit), wordCountUpToRune(s, limit); got != want {
					t.Fatalf("wordCountUpTo(%q, %d) = %d, want %d", s, limit, got, want)
				}
			}
		}
	}
}
