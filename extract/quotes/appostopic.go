package quotes

import "newsbot/extract/doc"

// maxAppositionLead is how many words may come before the name inside
// a description set after a person ("a former NDRA inspector").
const maxAppositionLead = 4

// describesPerson reports whether a sentence's subject phrase p is a
// description set after a person named just before it and a comma: in
// `"…," said Jo Reed, a former FDA inspector.` the agency only qualifies
// what Reed is, so it is no topic a later "it" or quote could mean.
func (a *analysis) describesPerson(w *window, p np) bool {
	toks := w.toks
	k := p.from - 1
	for n := 0; k >= 0 && toks[k].kind == tkWord && toks[k].ment < 0 && !toks[k].upper; n++ {
		if n == maxAppositionLead || npStops[toks[k].low] {
			return false
		}
		k--
	}
	if k < 1 || toks[k].low != "," || k == p.from-1 || !indefinites[toks[k+1].low] && toks[k+1].low != "the" {
		return false // the description opens with an article
	}
	m := toks[k-1].ment
	return m >= 0 && m != p.ment && a.ments[m].Type == doc.Person
}
