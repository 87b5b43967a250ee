package identity

// namedAsHeads are nouns that describe a person by what they were doing
// when a story first tells of them, before it names them: "The driver,
// named locally as Owen Tate,". Elsewhere they are no role ("the
// daughter of a tram driver, John Hale"), so they are read only before a
// verb of naming.
var namedAsHeads = wordSet(`driver motorist cyclist pedestrian rider guard`)

// namedAsNoun reads the one noun at token end, right after the
// sentence's opening article, as the role of the person a verb of naming
// then names. It returns the role's first token and its head.
func (h harvester) namedAsNoun(end int) (int, int, bool) {
	toks := h.toks
	if end != 1 || toks[end].kind != tWord || toks[end].mention >= 0 || !namedAsHeads[toks[end].bare()] {
		return 0, 0, false
	}
	return end, end, true
}
