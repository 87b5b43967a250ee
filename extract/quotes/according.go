package quotes

import "newsbot/extract/doc"

// issuingWords may stand between a document and its author: "a statement
// issued by", "a letter signed by".
var issuingWords = wordSet(`issued released signed sent posted written published`)

// documentAuthor reads "according to a statement from board spokesperson
// Grace Holloway": when the phrase p after "according to" is a document
// ("a statement", "a letter issued") followed by "from" or "by" and a
// person, the words are that person's and the person's phrase is
// returned. A document from a body ("a statement from the board") or from
// no one named keeps p.
func (a *analysis) documentAuthor(w *window, p np) np {
	toks := w.toks
	if p.ment >= 0 || p.pron != "" || p.plural || p.to >= len(toks) {
		return p
	}
	head := p.to - 1
	if head > p.from && issuingWords[toks[head].low] {
		head--
	}
	if !docNouns[toks[head].low] || !toks[p.to].is("from", "by") {
		return p
	}
	q, ok := a.phraseFrom(w, p.to+1)
	if !ok || q.ment < 0 || q.plural || a.ments[q.ment].Type != doc.Person || possessive(toks[q.to-1].low) {
		return p
	}
	return q
}
