package quotes

import "newsbot/extract/doc"

// maxLabelWords bounds the words of a line's label before its colon
// ("WINNER", "ONE TO WATCH").
const maxLabelWords = 3

// labelTopic returns the person a labelled line introduces as its topic:
// in "NEUTRAL: Sir Roland Beckett. The outgoing foreign minister leaves
// on his own terms. He said …" the paragraph is about Beckett, and "he"
// is him. The line is a short label of capitalised words, a colon, and
// only a person's name (with any title words before it) and a full stop.
func (a *analysis) labelTopic(w *window) *event {
	toks := w.toks
	k := 0
	for k < len(toks) && toks[k].kind == tkWord && toks[k].upper && toks[k].ment < 0 {
		k++
	}
	if k == 0 || k > maxLabelWords || k >= len(toks) || toks[k].low != ":" {
		return nil
	}
	end := len(toks)
	for end > k+1 && toks[end-1].kind == tkPunct && toks[end-1].low == "." {
		end--
	}
	if end == len(toks) || end <= k+1 {
		return nil
	}
	mi := toks[end-1].ment
	if mi < 0 || a.ments[mi].Type != doc.Person {
		return nil
	}
	s := mentionStart(toks, end-1)
	if s <= k || !titleish(toks[k+1:s]) {
		return nil
	}
	m := a.ments[mi]
	e := a.mentionEvent(&event{pos: m.Start, para: w.para, span: m.Span}, m)
	e.topic = true
	return e
}
