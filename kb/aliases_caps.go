package kb

import (
	"strings"
	"unicode"
)

// umlautSpellings are the two-letter spellings of the German umlauts that
// upper-case text often uses: "JUERGEN" for "Jürgen".
var umlautSpellings = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// capsKey folds a spelling for comparing an all-caps form with a
// mixed-case one: lower case, umlauts spelled out, other diacritics
// dropped.
func capsKey(s string) string {
	return fold(umlautSpellings.Replace(strings.ToLower(s)))
}

// allCaps reports whether s has letters and none of them lower-case:
// "AMARA LINDQVIST", a transcript's speaker label.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// withoutCapsForms drops from the spellings shown for an entity the
// all-caps forms of a name it is also written in mixed case (its name or
// another of aliases): "AMARA LINDQVIST" beside "Amara Lindqvist" is a
// label's type style, no other spelling. A name written only in capitals
// ("NATO") stays. Profile applies it to people and places only: a
// company may style its name in capitals ("BASF" beside "Basf").
func withoutCapsForms(aliases []string, name string) []string {
	mixed := map[string]bool{capsKey(name): !allCaps(name)}
	for _, a := range aliases {
		if !allCaps(a) {
			mixed[capsKey(a)] = true
		}
	}
	out := aliases[:0]
	for _, a := range aliases {
		if !allCaps(a) || !mixed[capsKey(a)] {
			out = append(out, a)
		}
	}
	return out
}
