package segment

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsbot/extract/internal/newscorpus"
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

// lineOf returns lower, a line in lower case, with its byte pairs, as
// isBoilerplate passes it to the rules.
func lineOf(lower string) *lowered {
	return lowerLine(lower)
}

// ruleWords are the words the rules look for in a lowered line.
func ruleWords() []string {
	words := []string{"photo", "automatically", "generated", "delayed", "transcript", "since", "our",
		"editorially independent", "commission", "fee", "this page", "this article", "this guide", "this site",
		"cookie", "this website", " app ", "sign up", "subscribe", "newsletter", "inbox", " alerts", " email",
		" e-mail", " briefing", " bulletin", "view", "opinion", "forward", "actual", "obligation", "safe harbo",
		"cautionary", "forward-looking statement", "forward looking statement", "forward-looking information",
		" be reached ", " be contacted ", "mailed ", "end of list", "list of ", "x", ""}
	words = append(words, photoCreditMarks...)
	words = append(words, plainCreditMarks...)
	words = append(words, signOffPhrases...)
	words = append(words, consentPhrases...)
	words = append(words, flsContext...)
	for _, p := range readerPromptLines {
		words = append(words, p.cues...)
	}
	return words
}

// TestLoweredContains checks that a lowered line with its byte pairs finds
// a word exactly when strings.Contains does: in the rules' words, in
// parts of the line itself and in words of other lines, on the shared
// news stories (skipped when they are absent) and on the seed articles.
func TestLoweredContains(t *testing.T) {
	var lines []string
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	path := filepath.Join("..", "..", "..", "shared", "data", "reuters21578.jsonl.gz")
	if _, err := os.Stat(path); err == nil {
		for _, s := range newscorpus.Read(t, path, 500) {
			for _, sent := range Split(s.Text) {
				lines = append(lines, s.Text[sent.Start:sent.End])
			}
		}
	}
	words := ruleWords()
	rng := rand.New(rand.NewPCG(1, 2))
	for i, line := range lines {
		lower := toLower(line)
		lw := lineOf(lower)
		other := strings.Fields(strings.ToLower(lines[(i*7919)%len(lines)]))
		subs := append(slices.Clip(words), other...)
		for range 8 {
			a := rng.IntN(len(lower) + 1)
			b := a + rng.IntN(len(lower)-a+1)
			subs = append(subs, lower[a:b])
		}
		trimmed := strings.TrimSpace(lower)
		for _, sub := range subs {
			if got, want := lw.contains(sub), strings.Contains(lower, sub); got != want {
				t.Fatalf("lowered(%q).contains(%q) = %v, want %v", lower, sub, got, want)
			}
			if got, want := lw.part(trimmed).contains(sub), strings.Contains(trimmed, sub); got != want {
				t.Fatalf("lowered(%q).part(%q).contains(%q) = %v, want %v", lower, trimmed, sub, got, want)
			}
		}
	}
}

// FuzzLoweredContains checks a lowered line's contains against
// strings.Contains, on the whole line and on a part of it.
func FuzzLoweredContains(f *testing.F) {
	f.Add("the actual results differ", "actual", 4)
	f.Add("café crème", "é c", 0)
	f.Fuzz(func(t *testing.T, s, sub string, from int) {
		lw := lineOf(s)
		if got, want := lw.contains(sub), strings.Contains(s, sub); got != want {
			t.Errorf("lowered(%q).contains(%q) = %v, want %v", s, sub, got, want)
		}
		if from < 0 || from > len(s) {
			return
		}
		if got, want := lw.part(s[from:]).contains(sub), strings.Contains(s[from:], sub); got != want {
			t.Errorf("lowered(%q).part(%q).contains(%q) = %v, want %v", s, s[from:], sub, got, want)
		}
	})
}

// TestToLowerWords checks toLower against strings.ToLower on random
// strings around the edges of the capitals' range, in and beyond ASCII,
// of every length across the eight-byte steps.
func TestToLowerWords(t *testing.T) {
	const edges = "@AZ[`az{ 09\x80\xc3\xa9\xff\xc1\xdaİK"
	r := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		b := make([]byte, r.IntN(41))
		for i := range b {
			if r.IntN(3) == 0 {
				b[i] = byte(r.IntN(256))
			} else {
				b[i] = edges[r.IntN(len(edges))]
			}
		}
		if got, want := toLower(string(b)), strings.ToLower(string(b)); got != want {
			t.Fatalf("toLower(%q) = %q, want %q", b, got, want)
		}
	}
}

// TestIsASCIIWords checks isASCII, which reads eight bytes at a time,
// with a byte past ASCII at every place of strings of every length.
func TestIsASCIIWords(t *testing.T) {
	for n := 0; n <= 24; n++ {
		b := []byte(strings.Repeat("a", n))
		if !isASCII(string(b)) {
			t.Errorf("isASCII(%q) = false", b)
		}
		for i := range b {
			for _, c := range []byte{0x80, 0xC2, 0xE2, 0xFF} {
				b2 := append([]byte(nil), b...)
				b2[i] = c
				if isASCII(string(b2)) {
					t.Errorf("isASCII(%q) = true", b2)
				}
			}
		}
	}
}
