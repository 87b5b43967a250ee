package quotes

// A statement's words are often quoted right after the sentence that says
// who put it out, with the statement itself as the subject:
//
//	Jo Reed has released a statement. "We warned them," it reads.
//
// The quote is then the words of whoever released it.

// statementVerbs are the verbs a statement has its words quoted with.
var statementVerbs = wordSet(`reads read says said states`)

// statementTrail reports whether the words after the quote at token q are
// only the statement as a subject, "it" or "the" and a document noun, and
// a verb of its wording, ending the sentence: `"…," it reads.`, `"…,"
// the statement says.`
func statementTrail(toks []token, q int) bool {
	i := q + 1
	if i < len(toks) && toks[i].low == "," {
		i++
	}
	switch {
	case i < len(toks) && toks[i].low == "it":
		i++
	case i+1 < len(toks) && toks[i].low == "the" && docNouns[toks[i+1].low]:
		i += 2
	default:
		return false
	}
	return i < len(toks) && statementVerbs[toks[i].low] && (i+1 == len(toks) || toks[i+1].is(".") && i+2 == len(toks))
}

// releasedDocument returns the index of the verb by which the sentence of
// window w puts out a document it ends with ("Jo Reed has released a
// statement."), or -1.
func releasedDocument(w *window) int {
	toks := w.toks
	d := len(toks) - 1
	if d >= 0 && toks[d].low == "." {
		d--
	}
	if d < 2 || !docNouns[toks[d].low] {
		return -1
	}
	j := d - 1
	for j >= 0 && d-j <= 4 && toks[j].kind == tkWord && toks[j].ment < 0 && !toks[j].upper &&
		!indefinites[toks[j].low] && !npStops[toks[j].low] {
		j--
	}
	if j < 1 || !indefinites[toks[j].low] || !issueVerbs[toks[j-1].low] || toks[j-1].is("put", "puts") {
		return -1
	}
	return j - 1
}

// statementsOfIssuers gives the words of a statement, quoted with the
// statement as the subject right after the sentence that says who put it
// out, to the one who put it out.
func (a *analysis) statementsOfIssuers() {
	for i := range a.segs {
		s := &a.segs[i]
		if s.boiler || s.cont || s.ev != nil && s.ev.resolved || s.win < 1 {
			continue
		}
		w, prev := &a.wins[s.win], &a.wins[s.win-1]
		if prev.para != w.para || !statementTrail(w.toks, s.tok) || len(prev.segs) > 0 {
			continue
		}
		if k := releasedDocument(prev); k >= 0 {
			if e := a.issuerOf(prev, k); e != nil && e.resolved {
				s.ev, s.decided = e, true
			}
		}
	}
}
