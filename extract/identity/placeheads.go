package identity

import (
	"strings"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
)

// servedPlaceHeads are the lower-case nouns after a one-word name that
// make it the town or county the thing serves: "Brenmoor hospitals",
// "Brenmoor police", "Brenmoor council". A firm's name is not written
// before them ("Tesla court" is a case, so no court here).
var servedPlaceHeads = wordSet(`hospital hospitals council councils police constabulary infirmary airport prison
	districts counties regions`)

// placeCues reports whether the mention of text[start:end] has a word of
// place next to it, cued, and whether that word is one a company's name
// does not take, strong. A word of place is one of placeCueBefore before
// it, a noun of placeCueAfter after it, or a listed place after a comma
// ("Tellmar, Texas"). A strong one is any of those but "to" and "into"
// before it ("sold to Tellmar" is said of firms too), or a lower-case noun
// of servedPlaceHeads after it, and a listed place after the comma must
// be followed by another ("Tellmar, Wales, plant"; not "Tellmar, Japan's
// largest bank"). Both read the same words around the mention, once;
// prev is the word before it (see wordsBefore).
func placeCues(text string, start, end int, prev string) (cued, strong bool) {
	if start < 0 || end > len(text) || start > end {
		return false, false
	}
	var buf [32]byte
	lp := lowerBytes(buf[:0], prev)
	before := placeCueBefore[string(lp)]
	if before && string(lp) != "to" && string(lp) != "into" {
		return true, true
	}
	rest := trimLeftSpace(text[end:])
	if after, ok := strings.CutPrefix(rest, ","); ok {
		after = trimLeftSpace(after)
		w := leadingWord(after)
		listed := ner.ListedPlace(w)
		return before || listed, w != "" && listed && strings.HasPrefix(after[len(w):], ",")
	}
	w := leadingWord(rest)
	cueAfter := placeCueAfter[string(lowerBytes(buf[:0], w))]
	return before || cueAfter, cueAfter || w != "" && 'a' <= w[0] && w[0] <= 'z' && servedPlaceHeads[w]
}

// lowerBytes appends strings.ToLower(w) to buf[:0], for map look-ups that
// need no string of their own (m[string(b)] copies nothing): an ASCII
// word costs no allocation.
//
// The word is lowered in one pass over its bytes; the first byte above
// ASCII sends the whole word to strings.ToLower.
func lowerBytes(buf []byte, w string) []byte {
	buf = buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(buf[:0], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// servedPlace reports whether a one-word form opening a body's name is
// the place the body is named after by how the article uses it: at least
// half its mentions have a strong word of place next to them (see
// placeCues): "clinics across Brenmoor" beside the "Brenmoor Care
// Group".
func servedPlace(f *form) bool {
	return f.ntok == 1 && f.strongPlaceCued > 0 && 2*f.strongPlaceCued >= f.count && f.typ != doc.Person
}
