package quotes

// installVerbs put a person in an office: "was confirmed as president",
// "was elected chairman".
var installVerbs = wordSet(`confirmed appointed named elected chosen installed made sworn re-elected reappointed`)

// maxAsideToks bounds the aside set off by commas between a name and its
// verb ("Andrei Lupu, who had run the federation on an interim basis
// since December, was confirmed as president").
const maxAsideToks = 20

// pastAside returns the token after the comma-enclosed aside that may
// follow a name ending before token e ("Jo Reed, who ran the office until
// 2021, was"), or e when none follows; false when a comma opens an aside
// that does not close within maxAsideToks.
func pastAside(toks []token, e int) (int, bool) {
	k := e
	if k < len(toks) && toks[k].low == "," {
		k++
		for k < len(toks) && k-e <= maxAsideToks && toks[k].low != "," && toks[k].low != "." {
			k++
		}
		if k >= len(toks) || toks[k].low != "," {
			return k, false
		}
		k++
	}
	return k, true
}

// predicateRole returns the office the sentence puts the person named
// before token e in ("Andrei Lupu ... was confirmed as president by the
// executive committee" gives "president"), normalised by normWord, or
// nil.
func predicateRole(toks []token, e int) []string {
	k, ok := pastAside(toks, e)
	if !ok {
		return nil
	}
	switch {
	case k+1 < len(toks) && toks[k].is("was", "is", "has", "had") && toks[k+1].low == "been":
		k += 2
	case k < len(toks) && toks[k].is("was", "is"):
		k++
	default:
		return nil
	}
	if k >= len(toks) || !installVerbs[toks[k].low] {
		return nil
	}
	k++
	if k < len(toks) && toks[k].low == "in" && toks[k-1].low == "sworn" {
		k++
	}
	if k < len(toks) && toks[k].low == "as" {
		k++
	}
	var role []string
	for ; k < len(toks) && len(role) < 4; k++ {
		t := toks[k]
		if t.kind != tkWord || t.ment >= 0 || npStops[t.low] || weekdays[t.low] {
			break
		}
		if len(role) == 0 && (determiners[t.low] || indefinites[t.low]) {
			continue
		}
		role = append(role, normWord(t.low))
	}
	if len(role) == 0 || !roleNouns[role[len(role)-1]] && !roleNouns[toks[k-1].low] {
		return nil
	}
	return role
}
