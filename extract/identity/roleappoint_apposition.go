package identity

// maxAppositionTokens bounds the tokens of a description set off by
// commas between an appointed person's name and "as".
const maxAppositionTokens = 10

// appositionBeforeAs reads a description set off by commas after an
// appointed person's name, when it is no role itself, up to the comma
// before "as": "named Ana Vela, the organiser of his rallies, as his
// chief of staff". comma is the token of the opening comma; it returns
// the description's last token.
func (h harvester) appositionBeforeAs(comma int) (int, bool) {
	toks := h.toks
	for j := comma + 1; j < len(toks) && j-comma <= maxAppositionTokens+1; j++ {
		if toks[j].kind != tPunct || toks[j].text == "-" || toks[j].text == "'" || toks[j].text == "’" {
			continue
		}
		ok := toks[j].text == "," && j > comma+1 && j+1 < len(toks) && toks[j+1].bare() == "as"
		return j - 1, ok
	}
	return 0, false
}
