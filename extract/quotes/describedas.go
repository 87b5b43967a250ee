package quotes

// namedByRelative reports whether the quote at token q is the antecedent
// of a relative clause whose verb at v names or contests it: in `a note -
// "Deal done" - which the prosecutor called "an admission"` the quoted
// note is what the prosecutor described, not her words. Only punctuation
// may stand between the quote and "which".
func namedByRelative(toks []token, q, v int) bool {
	if !namingLemmas[toks[v].lemma()] && !contestLemmas[toks[v].lemma()] {
		return false
	}
	j := q + 1
	for j < v && toks[j].kind == tkPunct && toks[j].is(",", "—", "–", "-") {
		j++
	}
	return j < v && toks[j].kind == tkWord && toks[j].low == "which"
}

// askedClause reports whether the quote at token q sits in a sentence's
// opening participle of questioning ("Asked whether he had “made it up”,
// Mr Dale replied: ..."): the quoted words are the question's, not those
// of the one who answers after it. No punctuation closing the clause
// ("Asked about it, “...,” he said") and no verb of saying may come
// between the participle and the quote.
func askedClause(w *window, q int, evs []*event) bool {
	f := w.firstWord
	if f >= q || !w.toks[f].upper || !w.toks[f].is("asked", "questioned", "pressed") {
		return false
	}
	for k := f + 1; k < q; k++ {
		if w.toks[k].is(":", ",", ";") || evs[k] != nil || w.toks[k].kind == tkQuote {
			return false
		}
	}
	return true
}
