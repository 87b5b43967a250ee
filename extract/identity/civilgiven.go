package identity

import "strings"

// rankGivenNames are abbreviated military ranks that are also short given
// names: "Col" is a colonel in "Col Mark Dunn" but Colin in "Mayor Col
// Dunn".
var rankGivenNames = wordSet(`col`)

// civilTitles are civilian titles and words of address. A rank abbreviation
// right after one of them is no rank but the person's given name: no one is
// "Mayor Colonel Dunn" or "Cr Colonel Dunn".
var civilTitles = wordSet(`mayor cr cllr councillor councilor alderman mr mrs ms dr premier minister senator sen governor gov`)

// givenAfterCivilTitle reports whether word t, right after word prev, is a
// given name written like a rank ("Col" in "Mayor Col Dunn").
func givenAfterCivilTitle(prev, t string) bool {
	return bareIn(rankGivenNames, t) && isCapitalised(t) && bareIn(civilTitles, prev)
}

// keepGivenAfterCivilTitle moves the start a of the trimmed name [a, b) of
// the mention s back over a given name written like a rank that the title
// trimming dropped, when a civilian title stands right before it, in the
// mention or in before, the article up to the mention: "Mayor Col Dunn" is
// "Col Dunn".
func keepGivenAfterCivilTitle(before, s string, a, b int) int {
	head := strings.TrimRight(s[:a], " ")
	rest, word := lastField(head)
	if word == "" || len(head) == len(s[:a]) {
		return a // nothing dropped, or no space before the name
	}
	_, prev := lastField(rest)
	if prev == "" {
		_, prev = lastField(before)
	}
	if !givenAfterCivilTitle(prev, word) {
		return a
	}
	return len(head) - len(word)
}
