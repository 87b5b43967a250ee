package identity

// fieldOfficeHeads head an office over a field that "of" and one
// lower-case word name right before a name: "head of scouting Alan Roe",
// "director of football Tim Lee".
var fieldOfficeHeads = wordSet(`head director chief minister secretary commissioner`)

// fieldOfficeBefore reads such an office ending at token end, right before
// a name, and returns its first token (with the words before the head
// that scanBack takes: "deputy head of scouting") and its head.
func (h harvester) fieldOfficeBefore(end int) (int, int, bool) {
	toks := h.toks
	if end < 2 || toks[end].kind != tWord || toks[end].mention >= 0 || isCapitalised(toks[end].text) ||
		isStop(toks[end].text) || determiners[toks[end].bare()] || toks[end-1].bare() != "of" {
		return 0, 0, false
	}
	head := end - 2
	if toks[head].kind != tWord || toks[head].mention >= 0 || !fieldOfficeHeads[toks[head].bare()] {
		return 0, 0, false
	}
	rs, hd, ok := h.scanBack(head)
	if !ok || hd != head {
		return 0, 0, false
	}
	return rs, head, true
}

// tradeGerunds are the trades a word in -ing names: capitalised at the
// start of a sentence, "Mining" in "Mining safety expert Ann Roe" is the
// field of the role, not a verb.
var tradeGerunds = wordSet(`mining banking shipping marketing engineering nursing housing polling farming fishing
	trading publishing accounting manufacturing retailing lending broadcasting advertising computing`)

// openingTrade reports whether token k opens the sentence with a trade in
// -ing.
func openingTrade(toks []rtok, k int) bool {
	return k == 0 && toks[k].kind == tWord && tradeGerunds[toks[k].bare()]
}
