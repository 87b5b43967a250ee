package identity

import "newsbot/extract/doc"

// quoteScan follows the double quotation marks of a paragraph, sentence by
// sentence, to tell whether a position lies inside a quotation. Straight
// marks alternate; typographic ones say which way they face. Single marks
// are left alone, as they double as apostrophes.
type quoteScan struct {
	para, pos int
	open      bool
	started   bool
}

// enter moves the scan to the start of sentence s, starting afresh when s
// opens a new paragraph.
func (q *quoteScan) enter(s doc.Sentence) {
	if !q.started || s.Para != q.para || s.Start < q.pos {
		*q = quoteScan{para: s.Para, pos: s.Start, started: true}
	}
}

// inside reports whether text[at] lies inside a quotation, reading the
// marks between the last position asked about and at.
func (q *quoteScan) inside(text string, at int) bool {
	if at < q.pos {
		return q.open
	}
	for _, r := range text[q.pos:at] {
		switch r {
		case '"':
			q.open = !q.open
		case '“', '«', '„':
			q.open = true
		case '”', '»':
			q.open = false
		}
	}
	q.pos = at
	return q.open
}
