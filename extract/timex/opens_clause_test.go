package timex

import (
	"strings"
	"testing"
)

// TestOpensClause compares opensClause with the test it stands for, a
// look for the byte before among the clause openers plus one for a
// curly quotation mark ending there, at every position of texts mixing
// ASCII and multibyte characters.
func TestOpensClause(t *testing.T) {
	for _, s := range []string{
		`He said: "Come in March; or call" at ` + "`noon`.",
		"“Join us in May,” she said – ‘Please’ … “x”“",
		"Ask me again in March, ” he said; “ Come",
		"\x9c\x80\xe2\x80\x9c:\xe2\x80\x9c",
	} {
		for i := 1; i <= len(s); i++ {
			want := strings.ContainsRune("\"“`:;", rune(s[i-1])) || strings.HasSuffix(s[:i], "“")
			if got := opensClause(s, i); got != want {
				t.Errorf("opensClause(%q, %d) = %v, want %v", s, i, got, want)
			}
		}
	}
}

// imperativeClauseByBytes is imperativeClause reading one byte at a
// time, as it did before it passed over eight at once.
func imperativeClauseByBytes(s string, at int) bool {
	i := at
	for i > 0 && !strings.ContainsRune("\"“`:;", rune(s[i-1])) && !strings.HasSuffix(s[:i], "“") {
		if at-i > maxRequestBytes {
			return false
		}
		i--
	}
	return OpensRequest(s[i:at])
}

// TestImperativeClauseSkips compares imperativeClause with
// imperativeClauseByBytes at every offset of the corpus texts' first
// bytes and of texts that put requests and clause openers around the
// bound of maxRequestBytes.
func TestImperativeClauseSkips(t *testing.T) {
	pad := strings.Repeat("and so on ", 20)
	texts := []string{
		"Ask me again in March, he said.", `He said: "Come and see us in May."`, "“Join us on Tuesday”",
		"Call us " + pad + "in March", pad + ": Call us " + pad[:150] + "in May", "x“Call " + pad + "\x9cin May", `"Call` + pad[:153] + "in June",
		"Please call; " + pad[:147] + "x in July", "Join`" + pad[:155] + "y in April",
	}
	for _, text := range corpusTexts(t) {
		texts = append(texts, text[:min(len(text), 3000)])
	}
	for _, s := range texts {
		for at := 0; at <= len(s); at++ {
			m := &match{s: s, idx: []int{at, at}}
			if got, want := imperativeClause(m), imperativeClauseByBytes(s, at); got != want {
				t.Fatalf("imperativeClause(%q at %d) = %v, want %v", s, at, got, want)
			}
		}
	}
}
