package identity

import (
	"strings"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
)

// placeAcronym reports a place's name of one short word in capitals that
// no list of places holds: an acronym the tagger took for a place
// ("ICOLD"), which keeps its capitals, where a dateline's "TBILISI" is
// written in title case.
func placeAcronym(name string, typ doc.EntityType) bool {
	return typ == doc.Place && !strings.Contains(name, " ") && utf8.RuneCountInString(name) <= 6 &&
		allCaps(name) && !ner.ListedPlace(name)
}
