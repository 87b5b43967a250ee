package identity

// speakerPossessives relate a noun to the one who speaks or to the one
// spoken to: "my", "your", "our".
var speakerPossessives = wordSet(`my your our`)

// relationNouns name a bond to another person rather than what someone
// does: "friend", "colleague", "ally".
var relationNouns = wordSet(`friend friends colleague colleagues ally allies rival rivals confidant confidante
	partner mentor protege protégé neighbour neighbor classmate`)

// speakersRelation reports a role at tokens [rs, head] that is a bond to
// the speaker or to the one addressed, by a possessive such as "your"
// before it: in "She was your friend" the friend is no description of
// her for a reader. A kinship noun counts as a bond too.
func (h harvester) speakersRelation(rs, head int) bool {
	if rs < 1 || !speakerPossessives[h.toks[rs-1].bare()] {
		return false
	}
	hd := h.toks[head].bare()
	return relationNouns[hd] || kinNouns[hd]
}
