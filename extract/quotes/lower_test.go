package quotes

import (
	"math/bits"
	"math/rand/v2"
	"newsbot/extract/internal/swar"
	"strings"
	"testing"
)

func TestLowerASCIIMatchesTheReference(t *testing.T) {
	reference := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	const edges = "@AZ[`az{ 09\x80\xc3\xa9\xff\xc1\xda"
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		b := make([]byte, r.IntN(41))
		for i := range b {
			if r.IntN(2) == 0 {
				b[i] = byte(r.IntN(256))
			} else {
				b[i] = edges[r.IntN(len(edges))]
			}
		}
		if got, want := lowerASCII(string(b)), reference(string(b)); got != want {
			t.Fatalf("lowerASCII(%q) = %q, want %q", b, got, want)
		}
	}
}

// TestSpeechFormFilter checks that the filter in front of speechLemmaIDs
// turns away no form, and that speechLemmaID gives what the map alone
// gives for common words and the forms themselves.
func TestSpeechFormFilter(t *testing.T) {
	words := strings.Fields(`the said says saying told tells and added adds he she
		it was were reported statement comments remarks according warned urged "
		ruled rule that of to in a an x said's sAId`)
	for form := range speechVerbs {
		words = append(words, form, form+"s", strings.TrimSuffix(form, "d"))
	}
	for _, w := range words {
		if got, want := speechLemmaID(w), speechLemmaIDs[w]; got != want {
			t.Errorf("speechLemmaID(%q) = %d, want %d", w, got, want)
		}
	}
	if speechLemmaID("") != 0 {
		t.Error(`speechLemmaID("") != 0`)
	}
}

// TestMayHoldMark checks the word test of collectMarks against the bytes
// it stands for, with each byte value at each place of a word among
// bytes around the marks' values.
func TestMayHoldMark(t *testing.T) {
	isLead := func(c byte) bool { return c == '"' || c == '\'' || c == 0xE2 || c == 0xC2 }
	fill := []byte{0x00, 0x01, 0x21, 0x23, 0x26, 0x28, 0x80, 0xC1, 0xC3, 0xE1, 0xE3, 0xFF, 'a'}
	r := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		b := make([]byte, 8)
		for i := range b {
			b[i] = fill[r.IntN(len(fill))]
		}
		for pos := range 8 {
			for c := range 256 {
				b2 := append([]byte(nil), b...)
				b2[pos] = byte(c)
				want := false
				for _, x := range b2 {
					want = want || isLead(x)
				}
				if got := mayHoldMark(swar.Load64(string(b2), 0)); got != want {
					t.Fatalf("mayHoldMark(%q) = %v, want %v", b2, got, want)
				}
				first := 8
				for k, x := range b2 {
					if isLead(x) {
						first = k
						break
					}
				}
				if got := bits.TrailingZeros64(markLeads(swar.Load64(string(b2), 0))) / 8; got != first {
					t.Fatalf("markLeads(%q) flags byte %d first, want %d", b2, got, first)
				}
			}
		}
	}
}

// TestReadsAsMatchesOneLine checks readsAs against its definition on
// names and mention texts that differ in length, first byte and space.
func TestReadsAsMatchesOneLine(t *testing.T) {
	texts := []string{"", " ", "Anna Berg", " Anna Berg", "Anna  Berg", "Anna\nBerg", "Anna Berg ", "\u00a0Anna Berg",
		"\u2003Anna", "Anna", "anna Berg", "Ánna Berg", "Berg", "A", "\tA", "Anna Berg Smith"}
	for _, s := range texts {
		for _, name := range texts {
			if got, want := readsAs(s, name), oneLine(s) == name; got != want {
				t.Errorf("readsAs(%q, %q) = %v, want %v", s, name, got, want)
			}
		}
	}
}
