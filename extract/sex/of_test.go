package sex

import (
	"math/rand"
	"strings"
	"testing"
)

// TestOfASCIIAgreesWithFields checks that the in-place reading of a name
// answers as the reading of all its lower-cased words does, wherever it
// answers: at the edges of its words, spaces, full stops and runes beyond
// ASCII, and on random names built of the listed words.
func TestOfASCIIAgreesWithFields(t *testing.T) {
	names := []string{
		"", " ", "\t\n", "Keane", " Keane ", "Robert Keane", "robert keane", "ROBERT KEANE",
		"  Robert\tKeane", "Robert\u00a0Keane", "Robert \u00a0", "Robert \u00a0Keane", "Robert\u0085Keane",
		"Mr. Keane", "Mr Keane", "mrs. Keane", "Ms.Keane", "Ms. ", "Mrs.. Keane", "Sir Alan", ". Keane",
		"Łukasz Wróbel", "Siobhán Kelly", "Jürgen Klopp", "Björn Borg", "Robert Łukasz", "Louise K",
		"Chukwuemeka Okonjo", "Chukwuemeka. Okonjo", "Chukwuemekaa Okonjo", "Anna\vMaria", "Anna\x00Maria",
		"Anna \xff", "Anna\xffMaria", "\xffAnna Maria", "Kelvin\u212a X", "\u212aate X", "İrina X",
		strings.Repeat("a", 70) + " X", strings.Repeat("a", 64) + ". X",
	}
	var words []string
	for _, set := range []map[string]bool{maleNames, femaleNames, MaleWords, FemaleWords, maleRefs} {
		for w := range set {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+".")
		}
	}
	seps := []string{" ", "  ", "\t", "\n", "\u00a0", "", ".", "-", "\r\n", " \u2003"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for n := r.Intn(4); n > 0; n-- {
			b.WriteString(seps[r.Intn(len(seps))])
			b.WriteString(words[r.Intn(len(words))])
		}
		b.WriteString(seps[r.Intn(len(seps))])
		names = append(names, b.String())
	}
	for _, name := range names {
		if got, want := Of(name), ofFields(name); got != want {
			t.Errorf("Of(%q) = %v, want %v", name, got, want)
		}
	}
}

func BenchmarkOf(b *testing.B) {
	names := []string{"Robert Keane", "Louise Keane", "Keane", "Mr. Keane", "Xavier Ortega", "Siobhán Kelly"}
	for range b.N {
		for _, n := range names {
			Of(n)
		}
	}
}
