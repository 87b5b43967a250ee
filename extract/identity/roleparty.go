package identity

// electedHeads are offices held by election for a place, whose holder
// belongs to a party: the party named after the name is theirs, not
// what the office is of.
var electedHeads = wordSet(`mayor councillor councilor councilman councilwoman senator congressman congresswoman
	assemblyman assemblywoman legislator lawmaker mp`)

// partyHeads end the name of a political party.
var partyHeads = wordSet(`party alliance union front league congress movement coalition bloc`)

// partyOfMember reports "of" and a party from token after to token e
// after the name of an elected office's holder (head, normalised): in
// "Mayor Ann Lee of the Civic Union" the Civic Union is her party, and
// she is no mayor of it.
func (h harvester) partyOfMember(head string, after, e int) bool {
	if !electedHeads[head] || e <= after || h.toks[after].bare() != "of" {
		return false
	}
	return partyHeads[h.toks[e].bare()]
}
