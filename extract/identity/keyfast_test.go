package identity

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// refKeyTokens is keyTokens without its ASCII fast path.
func refKeyTokens(name string) []string {
	if !utf8.ValidString(name) {
		name = strings.ToValidUTF8(name, " ")
	}
	name = foldMac(refTrimPossessive(refDropNickname(strings.TrimSpace(name))))
	var b strings.Builder
	for _, r := range norm.NFKD.String(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case unicode.Is(unicode.Mn, r):
		case r == '\'' || r == '’' || r == '‘' || r == '.' || r == 'ʼ' || r == '`':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if s, ok := letterFold[r]; ok {
				b.WriteString(s)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		default:
			b.WriteByte(' ')
		}
	}
	toks := strings.Fields(b.String())
	if len(toks) > 1 && toks[0] == "the" {
		toks = toks[1:]
	}
	return toks
}

func refDropNickname(name string) string {
	if !strings.ContainsAny(name, "\"“‘'") {
		return name
	}
	fs := strings.Fields(name)
	out := fs[:0:0]
	for i, f := range fs {
		if i > 0 && i < len(fs)-1 && isNickname(f) {
			continue
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

func refTrimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return strings.TrimRight(s[:len(s)-len(suf)], " ")
		}
	}
	return s
}

func refLastField(s string) (rest, last string) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", s
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return s[:i], s[i+w:]
}

func refTranslitFolds(t string) bool {
	return strings.ContainsAny(t, "xyw") || strings.Contains(t, "kh") || strings.Contains(t, "ph") || strings.Contains(t, "ck")
}

// keyFastInputs are names and random strings over the bytes the fast
// paths of keyTokens, lastField, trimPossessive and translitFolds tell
// apart.
func keyFastInputs() []string {
	in := []string{
		"", " ", "the", "The Hague", "the the", "U.S.", "O'Brien", "O’Brien's", "Robert \"Bobby\" Keane Jr.",
		"Robert “Bobby” Keane", "Robert ‘Bob’ Keane", "MacAllister", "Micheál Martin", "Zelenskyy's", "Jones'",
		"JONES'S", "Ali’", "s", "'s", "’s", "\tA\nB\r", "A\u00a0B", "A\u0085B", "x y\v\fz", "Al-Thani",
		"Thee Smith", "ck kh ph", "Łukasz", "a`b", "Anne-Marie  O'Neill  ", "Smith \xff Jones",
	}
	alphabet := []string{"a", "e", "i", "k", "h", "p", "c", "x", "y", "w", "s", "S", "T", "M", "'", "’", "‘", "“", "\"",
		".", "`", " ", "\t", "\n", "-", "é", "\u00a0", "1", "the ", "Mac", "ie", "of"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		in = append(in, b.String())
	}
	return in
}

func TestKeyFastPathsMatchReference(t *testing.T) {
	for _, s := range keyFastInputs() {
		if got, want := keyTokens(s), refKeyTokens(s); !slices.Equal(got, want) {
			t.Errorf("keyTokens(%q) = %q, want %q", s, got, want)
		}
		gr, gl := lastField(s)
		wr, wl := refLastField(s)
		if gr != wr || gl != wl {
			t.Errorf("lastField(%q) = %q, %q, want %q, %q", s, gr, gl, wr, wl)
		}
		if got, want := trimPossessive(s), refTrimPossessive(s); got != want {
			t.Errorf("trimPossessive(%q) = %q, want %q", s, got, want)
		}
		if got, want := dropNickname(s), refDropNickname(s); got != want {
			t.Errorf("dropNickname(%q) = %q, want %q", s, got, want)
		}
		if got, want := translitFolds(s), refTranslitFolds(s); got != want {
			t.Errorf("translitFolds(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestFormKeysLastMatchesLastKey(t *testing.T) {
	for _, s := range keyFastInputs()[:2000] {
		if got, want := formKeys.f(s).last, lastKey(s); got != want {
			t.Errorf("formKeys(%q).last = %q, want %q", s, got, want)
		}
	}
}

func TestAcronymKeyMatchesKey(t *testing.T) {
	in := []string{"IMF", "IMFFC", "IMFAFC", "NATO", "XYZ", "WHO", "CKH", "IEEE", "BIN", "THE", "MacD", "MACD", "U.S.", "Ab", "a1", "", "ÉU"}
	in = append(in, keyFastInputs()...)
	for _, a := range in {
		if got, want := acronymKey(a), key(a); got != want {
			t.Errorf("acronymKey(%q) = %q, want %q", a, got, want)
		}
	}
}

func TestMayHavePatronym(t *testing.T) {
	for _, w := range []string{"bin", "ibn", "bint"} {
		if !patronymParticles[w] || !mayHavePatronym("Faisal "+w+" Salem") {
			t.Errorf("mayHavePatronym misses %q", w)
		}
	}
}
