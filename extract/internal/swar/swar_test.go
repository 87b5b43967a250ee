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
