package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// memberTitles are the short titles of elected members, which name an
// office and no organisation: "MP", "MEP", "MSP"; a family doctor's
// ("a former GP") is one too.
var memberTitles = wordSet("mp mps mep meps msp msps mla mlas td tds gp gps")

// dropMemberTitles cuts such a title, written in capitals, from the end
// of a mention the tagger ran over it ("Labour MP" is the party, "Ashworth
// Vale MP" the seat) and drops a mention that is only the title ("the new
// MP").
func dropMemberTitles(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, sp := range dt.spans() {
		if memberTitle(tokText(text, toks, sp.end-1)) {
			setTag(tags, sp.end-1, 0)
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

// seatNouns follow a constituency's name after "the" but may follow a
// party's too ("the Labour seat"), so they count for no name the tagger
// took for an organisation: "the Ashworth Vale seat", "the Kirkby ward".
var seatNouns = wordSet("seat seats ward wards")

// wardNouns follow in lower case the name of a city's ward, which the
// tagger may take for a person's without "the" before it.
var wardNouns = wordSet("ward wards")

// seatCued reports a name that is a constituency by its neighbours: before
// a word of seats, after "the" and before a seat's noun ("the Ashworth Vale
// seat"), before "ward" when taken for a person ("Kirkby ward declared"),
// or after a member's title and "for" ("MP for Ashworth Vale", "the
// member for Ashworth Vale").
func seatCued(text string, toks []tok.Token, s span) bool {
	if s.end < len(toks) && inSet(seatKinds, tokText(text, toks, s.end)) {
		return true
	}
	if s.typ != model.TypeORG && s.start > 0 && s.end < len(toks) && tokText(text, toks, s.start-1) == "the" && inSet(seatNouns, tokText(text, toks, s.end)) {
		return true
	}
	if s.typ == model.TypePER && s.end < len(toks) && inSet(wardNouns, tokText(text, toks, s.end)) {
		// "Harbourside ward goes to Reyes": no person has a ward.
		return true
	}
	if s.start < 2 || tokText(text, toks, s.start-1) != "for" {
		return false
	}
	prev := tokText(text, toks, s.start-2)
	return memberTitle(prev) || prev == "member"
}
