package identity

import (
	"slices"
	"strings"
	"testing"
)

// refOneRuneMore, refOtherVowel and refPartOf are the spelling tests as
// written before their checks of the lengths in runes and of the spaces.
func refOneRuneMore(long, short string) (at int, r rune, n int, ok bool) {
	rl, rs := []rune(long), []rune(short)
	if len(rl) != len(rs)+1 {
		return 0, 0, len(rs), false
	}
	i := 0
	for i < len(rs) && rl[i] == rs[i] {
		i++
	}
	return i, rl[i], len(rs), string(rl[i+1:]) == string(rs[i:])
}

func refOtherVowel(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	diff, ok := oneDifference(ra, rb)
	return ok && diff > 0 && strings.ContainsRune("aeiou", ra[diff]) && strings.ContainsRune("aeiou", rb[diff])
}

func refPartOf(a, b string) bool {
	parts := strings.Fields(b)
	return len(parts) >= 2 && !strings.Contains(a, " ") && slices.Contains(parts, a)
}

// spellingKeys are keys of one, several and invalid bytes a rune, with
// and without spaces, of neighbouring lengths.
var spellingKeys = []string{"", "a", "kask", "kasik", "kaask", "raghunathan", "ragunathan", "achterberg", "achterburg",
	"müller", "muller", "mülller", "yerlikaya", "yerlikaja", "okonkwo", "okonkow", "okonköw", "okönkwo",
	"ab\xffc", "abh\xffc", "ab\ufffdc", "abh\ufffdc", "ok\xffonkwo", "okon\xffkwo", "sousa reid", "sousa", "reid",
	"sousa\u00a0reid", "sousa\treid", "de luca", "deluca", "smith", "smit", "hart", "harte", "renwick", "renwicke"}

func TestSpellingTestsMatchReference(t *testing.T) {
	for _, a := range spellingKeys {
		for _, b := range spellingKeys {
			at, r, n, ok := oneRuneMore(a, b)
			wat, wr, wn, wok := refOneRuneMore(a, b)
			if ok != wok || n != wn || ok && (at != wat || r != wr) {
				t.Errorf("oneRuneMore(%q, %q) = %d %q %d %v, want %d %q %d %v", a, b, at, r, n, ok, wat, wr, wn, wok)
			}
			if got, want := otherVowel(a, b), refOtherVowel(a, b); got != want {
				t.Errorf("otherVowel(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got, want := partOf(a, b), refPartOf(a, b); got != want {
				t.Errorf("partOf(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got, want := transposed(a, b), refTransposed(a, b); got != want {
				t.Errorf("transposed(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestSeveralFieldsMatchesFields checks severalFields against counting
// strings.Fields, on ASCII and Unicode spaces and invalid bytes.
func TestSeveralFieldsMatchesFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a b", "a  b", "\ta\nb", "a\u00a0b", "a\u0085b", "a\u2003b", "a\u200bb",
		"\xffa b", "a\xff", "\xff \xff", "Calder Ridge Resources", "ab\u3000", "\u3000ab\u3000cd", "a\vb", "a\fb", "ab\r"} {
		if got, want := severalFields(s), len(strings.Fields(s)) >= 2; got != want {
			t.Errorf("severalFields(%q) = %v, want %v", s, got, want)
		}
	}
}
