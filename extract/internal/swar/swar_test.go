package swar

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// lowerReference is the plain statement of LowerASCII.
func lowerReference(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestLowerASCII(t *testing.T) {
	tests := []string{"", "a", "Z", "@[`{", "already lower", "MIXED case Text",
		"exactly8", "EXACTLY8", "nine char", "Zürich ÄÖÜ İ K", "\x80\xffA\x7fZ", strings.Repeat("Ab", 40)}
	// Every byte at every place of a word and across a word's end.
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 10; pos++ {
			b := []byte("abcdefghij")
			b[pos] = byte(c)
			tests = append(tests, string(b))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		tests = append(tests, string(b))
	}
	for _, s := range tests {
		if got, want := LowerASCII(s), lowerReference(s); got != want {
			t.Fatalf("LowerASCII(%q) = %q, want %q", s, got, want)
		}
		want := strings.IndexFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' })
		if want < 0 {
			want = len(s)
		}
		if got := FirstCapital(s); got != want {
			t.Fatalf("FirstCapital(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestLowerASCIIKeepsLowerText(t *testing.T) {
	s := "no capitals here at all"
	if got := LowerASCII(s); got != s {
		t.Fatalf("LowerASCII(%q) = %q", s, got)
	}
}

// TestLowerWord checks the allocation-free lowering against
// strings.ToLower, for words of every case, words that do not fit the
// buffer and words that are not ASCII, and that it allocates nothing.
func TestLowerWord(t *testing.T) {
	words := []string{"", "a", "A", "Zurich", "zurich", "ZÜRICH", "Zürich", "İstanbul", "Llanwrtyd", "LLAN",
		"AZaz09@[`{", "\xff", "Ab\xffC", "O'NEILL", "Shr", "REUTER", "10:42AM", "Élan", "\u212aelvin", "x\xffY",
		strings.Repeat("A", 32), strings.Repeat("A", 33), strings.Repeat("b", 40), strings.Repeat("Ab", 17)}
	for c := 0; c < 256; c++ {
		words = append(words, string([]byte{byte(c)}), "Ab"+string([]byte{byte(c)}), "ab"+string([]byte{byte(c)})+"C")
	}
	var buf WordBuf
	for _, w := range words {
		if got, want := LowerWord(&buf, w), strings.ToLower(w); got != want {
			t.Errorf("LowerWord(%q) = %q, want %q", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { LowerWord(&buf, "Llanwrtyd") }); n != 0 {
		t.Errorf("LowerWord allocates %v times", n)
	}
}

// TestSpaceNormalized checks SpaceNormalized against joining the fields
// of the text, on edge cases and random runs of spaces and words.
func TestSpaceNormalized(t *testing.T) {
	texts := []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2009b", "\u3000", "é ü", "a\xffb", "\xff \xfe"}
	pieces := []string{"a", "é", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\xff", "\x85", "\u0085"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := SpaceNormalized(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Errorf("SpaceNormalized(%q) = %v, want %v", s, got, want)
		}
	}
}
