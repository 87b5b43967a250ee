package identity

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// prefilterPieces are the bits the generated inputs of the prefilter
// tests are made of: the cues, digits, white space and quotation marks
// the rules look for, and words around them.
var prefilterPieces = []string{" ", "  ", "\t", "\n", "\v", "\u00a0", "\u2003", ",", "(", ")", "-", "'", "\"", "“", "‘", "’",
	"\xe2\x80", "\xe2", "0", "7", "42", "115", "m", "bn", "k", "mn", "al", "Al", "el", "El", "ad", "ash", "az", "bin", "ibn",
	"bint", "abu", "abou", "and", "at", "is", "Assad", "Élie", "said", "zh", "ch", "sh", "x", "iang", "uang", "ao", "ing",
	"v", "er", "Liu", "Professor", "Minister", "Chief", "Smith", "é", "K"}

// randomPieces returns n strings of up to max pieces each.
func randomPieces(n, max int) []string {
	r := rand.New(rand.NewSource(1))
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for k := r.Intn(max + 1); k > 0; k-- {
			b.WriteString(prefilterPieces[r.Intn(len(prefilterPieces))])
		}
		out = append(out, b.String())
	}
	return out
}

func TestIsPinyinSyllableMatchesPattern(t *testing.T) {
	inits := []string{"", "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s",
		"y", "w", "a", "v", "zz", "Z"}
	finals := []string{"", "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ao",
		"ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "a", "o", "e", "i", "u", "v", "h", "ng", "iangg"}
	var cases []string
	for _, i := range inits {
		for _, f := range finals {
			cases = append(cases, i+f, i+f+"a", i+f+"ng")
		}
	}
	cases = append(cases, randomPieces(20000, 3)...)
	for _, w := range cases {
		if got, want := isPinyinSyllable(w), pinyinSyllable.MatchString(w); got != want {
			t.Errorf("isPinyinSyllable(%q) = %v, the pattern says %v", w, got, want)
		}
	}
}

func TestMayStateAgeAcceptsEveryMatch(t *testing.T) {
	cases := append([]string{", 67, said", " (54) was", ",\t7, x", " \n(9) y", ",67, said", "(54) was", ", (5) a", " 54 was", ""},
		randomPieces(50000, 6)...)
	for _, s := range cases {
		if statedAgeAfter.MatchString(s) && !mayStateAge(s) {
			t.Errorf("mayStateAge(%q) = false, yet the pattern matches", s)
		}
	}
}

func TestDropAmountWordPrefilter(t *testing.T) {
	for _, s := range append([]string{"210m Harbour", "4.5bn Deal", "3M Company", " 5m X"}, randomPieces(20000, 5)...) {
		if loc := amountWord.FindStringIndex(s); loc != nil && (s == "" || s[0] < '0' || s[0] > '9') {
			t.Errorf("amountWord matches %q, which opens with no digit", s)
		}
	}
}

func TestMayOpenArabicTailAcceptsEveryMatch(t *testing.T) {
	cases := append([]string{" al-Assad", " bin Salman", " Al Thani", " abou Élie", " and More", " al-", " el-é"},
		randomPieces(80000, 5)...)
	for _, s := range cases {
		if arabicTail.MatchString(s) && !mayOpenArabicTail(s) {
			t.Errorf("mayOpenArabicTail(%q) = false, yet the pattern matches", s)
		}
	}
}

func TestQuoteScansMatchContainsAny(t *testing.T) {
	for _, s := range append([]string{"Robert “Bobby” Keane", "‘Tito’", "St Aldhelm’s", "\xe2\x80", "a\xe2"}, randomPieces(20000, 5)...) {
		if got, want := hasOpeningQuote(s), strings.ContainsAny(s, `"'“‘`); got != want {
			t.Errorf("hasOpeningQuote(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasApostrophe(s), strings.ContainsAny(s, "'’"); got != want {
			t.Errorf("hasApostrophe(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAppendTokensMatchesRuneScan(t *testing.T) {
	for _, s := range append([]string{"", " ", "a b", " Élie\u00a0Dupont ", "x\xe2y z"}, randomPieces(20000, 6)...) {
		got := splitTokens(s)
		var want []token
		start := -1
		for i, r := range s {
			if unicode.IsSpace(r) {
				if start >= 0 {
					want = append(want, token{s[start:i], start, i})
					start = -1
				}
				continue
			}
			if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			want = append(want, token{s[start:], start, len(s)})
		}
		if len(got) != len(want) {
			t.Fatalf("splitTokens(%q) = %v, want %v", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("splitTokens(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

func TestOneASCIIWordNeverTitledPerson(t *testing.T) {
	for _, s := range append([]string{"", "Professor", "Minister", "Mr.Smith"}, randomPieces(20000, 4)...) {
		if oneASCIIWord(s) && titledPersonName(s) {
			t.Errorf("titledPersonName(%q) is true for one ASCII word", s)
		}
	}
}
