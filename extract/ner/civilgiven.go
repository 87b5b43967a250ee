package ner

import (
	"strings"

	"newsbot/extract/ner/internal/tok"
)

// rankGivenNames are abbreviated military ranks that are also short given
// names: "Col" is a colonel in "Col Mark Dunn" but Colin in "Mayor Col
// Dunn".
var rankGivenNames = fixedSet(map[string]bool{"col": true})

// civilTitles are civilian titles and words of address. A rank abbreviation
// right after one of them is no rank but the person's given name: no one is
// "Mayor Colonel Dunn" or "Cr Colonel Dunn".
var civilTitles = fixedSet(map[string]bool{
	"mayor": true, "cr": true, "cllr": true, "councillor": true, "councilor": true,
	"alderman": true, "mr": true, "mrs": true, "ms": true, "dr": true, "premier": true,
	"minister": true, "senator": true, "sen": true, "governor": true, "gov": true,
})

// givenAfterCivilTitle reports whether token j is a given name written like
// a rank, after a civilian title at token j-1 ("Mayor Col Dunn").
func givenAfterCivilTitle(text string, toks []tok.Token, j int) bool {
	if j == 0 || !lowerIn(rankGivenNames, text[toks[j].Start:toks[j].End]) {
		return false
	}
	return lowerIn(civilTitles, strings.TrimSuffix(text[toks[j-1].Start:toks[j-1].End], "."))
}
