package quotes

// hearLemmas are verbs of saying whose passive makes the subject the one
// spoken to: "was told", "had been assured", "were asked".
var hearLemmas = wordSet(`tell advise inform instruct notify assure reassure warn ask`)

// heardPassive reports whether the verb at v is such a passive whose
// report holds the quote at q ("was told the figures were “a plotting
// error”"): the words were said to the subject by someone the sentence
// does not name. An agent ("was informed by the bank that") or a clause
// of its own before the quote ("deposits were assured while “...”")
// leaves the quote to the verbs before.
func (a *analysis) heardPassive(w *window, v, q int) bool {
	t := w.toks[v]
	if t.kind != tkWord || t.upper || t.ment >= 0 || isParticiple(t.low) || !hearLemmas[t.lemma()] {
		return false
	}
	if v == 0 || !plainReport(w.toks[v+1:q]) {
		return false
	}
	if a.perfectPassive(w, v) {
		return true
	}
	j := a.skipAdverbs(w, v-1)
	return j >= 0 && w.toks[j].is("is", "are", "was", "were", "be", "been", "being")
}

// plainReport reports whether the words between a passive verb of telling
// and a quote name no agent and open no clause of their own.
func plainReport(toks []token) bool {
	for _, t := range toks {
		if t.kind == tkQuote || t.is("by", ",", ";", "and", "but", "while", "whereas", "although", "though", "because") {
			return false
		}
	}
	return true
}
