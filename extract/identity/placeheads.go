package identity

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
)

// servedPlaceHeads are the lower-case nouns after a one-word name that
// make it the town or county the thing serves: "Brenmoor hospitals",
// "Brenmoor police", "Brenmoor council". A firm's name is not written
// before them ("Tesla court" is a case, so no court here).
var servedPlaceHeads = wordSet(`hospital hospitals council councils police constabulary infirmary airport prison
	districts counties regions`)

// strongPlaceCued reports whether the mention of text[start:end] has a
// word of place next to it that a company's name does not take: a word
// of placeCueBefore other than "to" and "into" before it ("sold to
// Tellmar" is said of firms too), a noun of placeCueAfter or a lower-case
// noun of servedPlaceHeads after it, or a listed place between commas
// ("Tellmar, Wales, plant"; not "Tellmar, Japan's largest bank").
func strongPlaceCued(text string, start, end int) bool {
	if start < 0 || end > len(text) || start > end {
		return false
	}
	_, prev := lastField(text[max(0, start-40):start])
	if prev = strings.ToLower(prev); placeCueBefore[prev] && prev != "to" && prev != "into" {
		return true
	}
	rest := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	if after, ok := strings.CutPrefix(rest, ","); ok {
		after = strings.TrimLeftFunc(after, unicode.IsSpace)
		w := leadingWord(after)
		return w != "" && ner.ListedPlace(w) && strings.HasPrefix(after[len(w):], ",")
	}
	w := leadingWord(rest)
	return placeCueAfter[strings.ToLower(w)] || w != "" && 'a' <= w[0] && w[0] <= 'z' && servedPlaceHeads[w]
}

// servedPlace reports whether a one-word form opening a body's name is
// the place the body is named after by how the article uses it: at least
// half its mentions have a strong word of place next to them (see
// strongPlaceCued): "clinics across Brenmoor" beside the "Brenmoor Care
// Group".
func servedPlace(f *form) bool {
	return f.ntok == 1 && f.strongPlaceCued > 0 && 2*f.strongPlaceCued >= f.count && f.typ != doc.Person
}
