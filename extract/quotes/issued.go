package quotes

import "strings"

// issueVerbs put out a document: "issued a statement", "released a
// letter".
var issueVerbs = wordSet(`issued issues released releases published publishes sent sends posted posts put puts`)

// issuedDocument finds, for the participle at v, the verb by which its
// subject put out the document right before it, with nothing else between
// ("issued a short written statement calling the release ..."): the one
// who put it out is the one the participle reports speaking. It returns
// the index of that verb, or -1.
func issuedDocument(toks []token, v int) int {
	if !isParticiple(toks[v].low) || v < 3 || !docNouns[toks[v-1].low] {
		return -1
	}
	j := v - 2
	for j >= 0 && v-j <= 5 && toks[j].kind == tkWord && toks[j].ment < 0 && !toks[j].upper &&
		!indefinites[toks[j].low] && !npStops[toks[j].low] && !docNouns[toks[j].low] {
		j--
	}
	if j < 1 || !indefinites[toks[j].low] {
		return -1
	}
	k := j - 1
	if toks[k].low == "out" && k >= 1 && toks[k-1].is("put", "puts") {
		k-- // "put out a statement"
	} else if toks[k].is("put", "puts") {
		return -1
	}
	if !issueVerbs[toks[k].low] {
		return -1
	}
	return k
}

// issuerOf returns the subject of the verb at k by which a document was
// put out, or nil.
func (a *analysis) issuerOf(w *window, k int) *event {
	p, res := a.subjectLeft(w, k)
	if res != walkFound || a.isPlace(p) {
		return nil
	}
	e := a.npEvent(w, p)
	a.addEvent(e)
	return e
}

// qualifiesDocument reports whether the verb form at v is an adjective
// before a document noun: "a short written statement", "a prepared
// statement" (the article's own words).
func qualifiesDocument(toks []token, v int) bool {
	f := toks[v].low
	return v+1 < len(toks) && docNouns[toks[v+1].low] && (strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "en"))
}

// maxIssuedTail bounds the words between the document and the colon in
// "issued a statement through his lawyers on Monday:".
const maxIssuedTail = 14

// issuedBeforeColon reads a clause before the colon at c in which someone
// puts out a document, with only where, how or when after it: "Lane
// issued a short statement through his agent on Monday: “...”". The quote
// is the document's words, and so its issuer's. It gives nil for any
// other clause, or a verb of saying or a relative clause after the
// document.
func (a *analysis) issuedBeforeColon(w *window, c int) *event {
	toks := w.toks
	d := c - 1
	for d >= 0 && c-d <= maxIssuedTail && !docNouns[toks[d].low] {
		t := toks[d]
		if t.kind == tkQuote || t.lemma() != "" && !t.upper || relatives[t.low] || t.is(";", ":") {
			return nil
		}
		d--
	}
	if d < 2 || !docNouns[toks[d].low] || d+1 < c && !colonPrepositions[toks[d+1].low] && toks[d+1].low != "," {
		return nil
	}
	j := d - 1
	for j >= 0 && d-j <= 4 && toks[j].kind == tkWord && toks[j].ment < 0 && !toks[j].upper &&
		!indefinites[toks[j].low] && !npStops[toks[j].low] {
		j--
	}
	if j < 1 || !indefinites[toks[j].low] || !issueVerbs[toks[j-1].low] || toks[j-1].is("put", "puts") {
		return nil
	}
	return a.issuerOf(w, j-1)
}
