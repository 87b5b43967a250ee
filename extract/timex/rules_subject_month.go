package timex

import "sort"

// subjectMonthPreps open a month that dates a noun before it ("the
// recall in June", "sales during March").
var subjectMonthPreps = map[string]bool{"in": true, "during": true}

// monthOfModalSubject reports whether a bare month dates the noun phrase
// that is the subject of a modal right after it: in "the recall of three
// lots in June would cost it $19 million" the modal puts the cost ahead,
// not the recall, so the month takes its nearest reading rather than
// the tense of "would".
func monthOfModalSubject(m *match) bool {
	if !subjectMonthPreps[m.prevWord()] {
		return false
	}
	ws := m.f.sentenceWords(m.s)
	k := sort.Search(len(ws), func(k int) bool { return ws[k].start >= m.idx[1] })
	if k >= len(ws) || !modalFuture(ws[k].text) {
		return false
	}
	// The preposition must follow a noun, not a verb or an adverb: "will
	// close in June would" reads no subject.
	p := sort.Search(len(ws), func(k int) bool { return ws[k].end > m.idx[0] }) - 2
	return p >= 0 && markerOf(ws[p].text) == unknownTense && !modalFuture(ws[p].text) && isLetters(ws[p].text)
}
