package quotes

import "sort"

// trailsLeadQuote reports whether the token starting at offset pos comes
// right after a quotation that opens its sentence, as the subject of a
// trailing attribution does ("“…,” the county's sheriff said.").
func (a *analysis) trailsLeadQuote(pos int) bool {
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > pos })
	if wi >= len(a.wins) {
		return false
	}
	toks := a.wins[wi].toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= pos })
	if k >= len(toks) || toks[k].start != pos {
		return false
	}
	j := k - 1
	if j >= 0 && toks[j].low == "," {
		j--
	}
	return j == 0 && toks[j].kind == tkQuote
}
