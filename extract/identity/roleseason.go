package identity

// seasons name a season of the year.
var seasons = wordSet(`spring summer autumn winter`)

// seasonAt reports whether a season at token i is a time, not a word
// qualifying a noun: in lower case, with nothing after it but a year or
// "of" and a year ("manager in the summer of 2023", "in spring 2024",
// "appointed in the autumn,"); "head of summer programmes" keeps its
// field.
func (h harvester) seasonAt(i int) bool {
	toks := h.toks
	if i >= len(toks) || toks[i].kind != tWord || toks[i].mention >= 0 || isCapitalised(toks[i].text) || !seasons[toks[i].bare()] {
		return false
	}
	k := i + 1
	if k+1 < len(toks) && toks[k].bare() == "of" && isYear(toks[k+1].bare()) {
		return true
	}
	return k >= len(toks) || toks[k].kind != tWord || isYear(toks[k].bare())
}
