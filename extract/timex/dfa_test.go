package timex

import (
	"math/rand"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

// TestStartDFAAgreesWithTheRegexp checks, at every position of many short
// texts, that the automaton finds every match start the regexp finds,
// and no other where the text is ASCII; and that the two-byte start
// tables never turn away a start the automaton finds.
func TestStartDFAAgreesWithTheRegexp(t *testing.T) {
	patterns := []string{
		`\ba\b`, `\bab?\s+1`, `\b(?:a|b1)[\s-]+(?P<x>\d{1,2})\b`, `\b(?:the\s+)?'?\d0'?s\b`,
		`\b(?P<n>\d+|a|ab)(?:\s+and\s+a)?[\s-]+(?P<u>b|ba)s?\b`, `(?:a|b)+1`, `\ba.b\b`,
		`\b[ab]{2,3}\b`, `\b(?:1[0-9]|20)\d\d\b`, `\bé1`, `\b\d\d?[:.h]\d\d\b(?:\s*(?:ab|ba)\b)?`,
		`-\d`, `\Ba1`, `a$`, `(?m)^a`, `(?m)a$`, `\Aa`, `a\z`, `a\n?b`, `[^a]b`, `(?i)ab`, `a*`,
	}
	alphabet := []string{"a", "b", "1", "0", "2", " ", "-", "'", "\t", "\n", ".", ":", "é", "’", "s", "\xff", "h", ",", "A"}
	rng := rand.New(rand.NewSource(1))
	for _, p := range patterns {
		tree, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(tree.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		d := newStartDFA(prog, maxDFAStates)
		if d == nil {
			t.Fatalf("%s: no automaton", p)
		}
		at := regexp.MustCompile(`\A(?:` + p + `)`)
		after := regexp.MustCompile(`\A(?s:.)(?:` + p + `)`)
		for n := 0; n < 2000; n++ {
			var b strings.Builder
			for k := rng.Intn(12); k >= 0; k-- {
				b.WriteString(alphabet[rng.Intn(len(alphabet))])
			}
			s := b.String()
			for i := 0; i <= len(s); i++ {
				if i < len(s) && s[i] >= 0x80 {
					continue // the scanner tries ASCII bytes only
				}
				want := i == 0 && at.MatchString(s) || i > 0 && after.MatchString(s[i-1:])
				got := d.matchAt(s, i)
				if want && !got || got && !want && isASCII(s[i:]) {
					t.Fatalf("%s at %d of %q: automaton says %v, regexp %v", p, i, s, got, want)
				}
				if got && i < len(s) {
					c1 := pairEnd
					if i+1 < len(s) && s[i+1] < 0x80 {
						c1 = int(s[i+1])
					}
					if !d.mayStart(s[i], c1) {
						t.Fatalf("%s at %d of %q: the start tables turn away a match", p, i, s)
					}
				}
			}
		}
	}
}

func TestStartDFAGivesUpOnTooManyStates(t *testing.T) {
	tree, err := syntax.Parse(`(?:a|b)*a(?:a|b){12}`, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := syntax.Compile(tree.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	if d := newStartDFA(prog, 256); d != nil {
		t.Errorf("built an automaton of %d states, want none over 256", len(d.atEnd))
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
