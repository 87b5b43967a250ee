package quotes

// headBeforeTitledName returns the noun of an appositive that comes
// before a comma and a titled name ending the sentence: "witness" in "the
// prosecution's key witness, the council's former procurement director
// Jo Reed." The name runs over tokens j to e. A name inside a list ("the
// clerk, the mayor and the director Jo Reed") has "and" before its
// title, and gives nothing.
func headBeforeTitledName(toks []token, j, e int) string {
	if e < len(toks) && (toks[e].low != "." || e+1 != len(toks)) {
		return ""
	}
	k := j - 1
	for k >= 0 && j-k <= 8 && toks[k].kind == tkWord && !npStops[toks[k].low] && !determiners[toks[k].low] &&
		!indefinites[toks[k].low] && (toks[k].ment < 0 || possessive(toks[k].low)) {
		k--
	}
	if k == j-1 || k < 2 || toks[k].low != "the" || toks[k-1].low != "," {
		return ""
	}
	h := toks[k-2]
	if h.kind != tkWord || h.ment >= 0 || h.upper || npStops[h.low] || determiners[h.low] || h.lemma() != "" {
		return ""
	}
	return normWord(h.low)
}
