package ner

import (
	"strings"

	"newsbot/extract/ner/internal/tok"
)

// memberTitles are the short titles of elected members, which name an
// office and no organisation: "MP", "MEP", "MSP".
var memberTitles = wordSet("mp mps mep meps msp msps mla mlas td tds")

// dropMemberTitles cuts such a title, written in capitals, from the end
// of a mention the tagger ran over it ("Labour MP" is the party, "Ashworth
// Vale MP" the seat) and drops a mention that is only the title ("the new
// MP").
func dropMemberTitles(text string, toks []tok.Token, tags []int) {
	for _, sp := range spans(tags) {
		if memberTitle(tokText(text, toks, sp.end-1)) {
			tags[sp.end-1] = 0
		}
	}
}

// memberTitle reports a member's title in capitals, plural or not.
func memberTitle(w string) bool {
	stem := strings.TrimSuffix(w, "s")
	return lowerIn(memberTitles, w) && stem == strings.ToUpper(stem)
}

// seatKinds follow the name of a constituency in lower case: "the
// Ashworth Vale by-election".
var seatKinds = wordSet("by-election by-elections constituency constituencies")

// seatCued reports a name that is a constituency by its neighbours: before
// a word of seats, or after a member's title and "for" ("MP for Ashworth
// Vale").
func seatCued(text string, toks []tok.Token, s span) bool {
	if s.end < len(toks) && seatKinds[tokText(text, toks, s.end)] {
		return true
	}
	return s.start >= 2 && tokText(text, toks, s.start-1) == "for" && memberTitle(tokText(text, toks, s.start-2))
}
