package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// partyMembers name a party by its members in the plural: "Christian
// Democrats", "Social Democrats", "Free Democrats".
var partyMembers = wordSet(`democrats republicans socialists liberals conservatives greens nationalists
	unionists communists`)

// joinPartyNames joins an adjective the tagger took for another name to
// the plural of a party's members it tagged apart right after it:
// "Christian" and "Democrats" of "Katharina Vogt's Christian Democrats"
// are one party's name. Two organisations side by side are two parties
// in a list ("FDP Greens").
func joinPartyNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for i := 1; i < len(ss); i++ {
		a, b := ss[i-1], ss[i]
		if a.end != b.start || a.typ != model.TypeMISC || b.typ != model.TypeMISC || a.end-a.start != 1 || b.end-b.start != 1 ||
			!lowerIn(partyMembers, tokText(text, toks, b.start)) {
			continue
		}
		setTag(tags, b.start, model.InsideTag(b.typ))
	}
}
