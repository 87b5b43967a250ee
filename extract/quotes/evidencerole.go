package quotes

// evidenceRole returns "witness" when the sentence says the person named
// before token e gives evidence in court ("Jo Reed, who ran the office
// until 2021, was giving evidence on the third day", "Reed testified on
// Monday"), else "".
func evidenceRole(toks []token, e int) string {
	k, ok := pastAside(toks, e)
	if !ok {
		return ""
	}
	switch {
	case k+1 < len(toks) && toks[k].is("was", "is", "has", "had") && toks[k+1].low == "been":
		k += 2
	case k < len(toks) && toks[k].is("was", "is", "has", "had"):
		k++
	}
	if k >= len(toks) {
		return ""
	}
	if toks[k].is("testified", "testifies", "testifying") ||
		k+1 < len(toks) && toks[k].is("gave", "giving", "given", "gives") && toks[k+1].low == "evidence" {
		return "witness"
	}
	return ""
}
