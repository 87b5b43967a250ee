package timex

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

// checkScanners fails when any rule's scanner disagrees with the library's
// unanchored search on s (as sentence() sees it: ASCII-lower-cased).
func checkScanners(t *testing.T, s string) {
	t.Helper()
	low := lowerASCII(s)
	for ri, sc := range ruleScanners() {
		want := rules[ri].re.FindAllStringSubmatchIndex(low, -1)
		if got := sc.findAll(low); !reflect.DeepEqual(got, want) {
			t.Fatalf("rule %d on %q:\n got %v\nwant %v", ri, s, got, want)
		}
	}
}

func TestScannerAgreesWithTheLibrary(t *testing.T) {
	tests := []struct{ name, text string }{
		{"an empty text has no matches", ""},
		{"dates and times of every kind", "On Tue., 3 Dec. 2025 at 2 p.m. EST, three days later, the 1990s, '90s, mid-2021, Q3 2024 and 14:00 GMT."},
		{"matches glued to words start only at boundaries", "x1990 a1990s b'90s 2,000 1999,000 2082.1 week-long year-end the year-earlier"},
		{"invalid UTF-8 and non-ASCII letters", "\xff\xfe 12:99 Décembre 3 \xe2\x80 Tuesday’s talks, today’s world, 3 mayé"},
		{"durations with approximations", "about two and a half years, the past 30 days, 2 1/2 hours, more than 5-year-old, once a week"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkScanners(t, tt.text) })
	}
}

// corpusTexts returns the seed articles and the first 300 Reuters stories,
// the texts the scanners and the search are checked on.
func corpusTexts(t *testing.T) []string {
	var texts []string
	seeds, _ := filepath.Glob("../../data/*.txt")
	for _, p := range seeds {
		if raw, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(raw))
		}
	}
	for _, s := range readReuters(t, 300) {
		texts = append(texts, s.Text)
	}
	return texts
}

// TestScannerAgreesOnCorpora compares the scanners with the library on
// every line of the seed articles and the first Reuters stories.
func TestScannerAgreesOnCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, text := range corpusTexts(t) {
		for _, s := range doc.Lines(text) {
			checkScanners(t, text[s.Start:s.End])
		}
	}
}

func TestScannerFallsBackOnPatternsItCannotScan(t *testing.T) {
	for _, p := range []string{`^\d+`, `a*`, `\bx?`, `é\d`, `(?i)k\d`} {
		sc := newScanner(regexp.MustCompile(p))
		if sc.ok && p != `(?i)k\d` {
			t.Errorf("%s: scanner claims to handle it", p)
		}
		for _, s := range []string{"", "12 kk3 K3 \u212a3 é4 x", "aaa"} {
			want := sc.re.FindAllStringSubmatchIndex(s, -1)
			if got := sc.findAll(s); !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: got %v, want %v", p, s, got, want)
			}
		}
	}
}

// TestScannerAgreesOnSmallPatterns checks the scanner and its start
// prefixes against the library on every kind of
// pattern piece, over many short texts from a small alphabet in which
// matches, near misses and boundary cases are frequent.
func TestScannerAgreesOnSmallPatterns(t *testing.T) {
	patterns := []string{
		`\ba\b`, `\bab?\s+1`, `\b(?:a|b1)[\s-]+(?P<x>\d{1,2})\b`, `\b(?:the\s+)?'?\d0'?s\b`,
		`\b(?P<n>\d+|a|ab)(?:\s+and\s+a)?[\s-]+(?P<u>b|ba)s?\b`, `\b(?:(?:a|b)\s+)?1(?:,\d{3})+\b`,
		`(?:a|b)+1`, `\ba.b\b`, `\b[ab]{2,3}\b`, `\b(?:1[0-9]|20)\d\d\b`, `\bé1`, `\b(?P<w>a|b)(?:'s|’s)?\b`,
		`\b\d\d?[:.h]\d\d\b(?:\s*(?:ab|ba)\b)?`, `-\d`, `\Ba1`,
	}
	alphabet := []string{"a", "b", "1", "0", "2", " ", "-", "'", "\t", "\n", ".", ":", "é", "’", "s", "\xff", "h", ","}
	rng := rand.New(rand.NewSource(1))
	for k, p := range patterns {
		// Every other pattern goes without an automaton, on its start
		// prefixes.
		sc := newScannerLimit(regexp.MustCompile(p), maxDFAStates*(k%2))
		for n := 0; n < 3000; n++ {
			var b strings.Builder
			for k := rng.Intn(14); k >= 0; k-- {
				b.WriteString(alphabet[rng.Intn(len(alphabet))])
			}
			s := b.String()
			want := sc.re.FindAllStringSubmatchIndex(s, -1)
			if got := sc.findAll(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: got %v, want %v", p, s, got, want)
			}
		}
	}
}

func TestTrieMatchesPrefixesAtBoundaries(t *testing.T) {
	tr := newTrie([]string{"mar" + boundaryMark, boundaryMark + "19", "a b"})
	tests := []struct {
		name, text string
		at         int
		want       bool
	}{
		{"a whole word matches", "in mar, 3", 3, true},
		{"a word that only begins with the literal does not", "market", 0, false},
		{"a literal after a boundary matches", "in 1987", 3, true},
		{"a literal inside a number does not", "x2198", 2, false},
		{"spaces of any kind match a space", "a\tb", 0, true},
		{"an empty text holds nothing", "", 0, false},
		{"the end of the text is a boundary", "mar", 0, true},
		{"a literal elsewhere in the text does not match here", "in mar", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tr.prefixAt(tt.text, tt.at); got != tt.want {
				t.Errorf("prefixAt(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
			}
		})
	}
}

func FuzzScanner(f *testing.F) {
	f.Add("On Tue., 3 Dec. 2025 at 2 p.m. EST, three days later, the '90s")
	f.Add("x1990 a1990s b'90s \xff2,000 Tuesday’s")
	f.Fuzz(func(t *testing.T, s string) { checkScanners(t, s) })
}
