package quotes

import "newsbot/extract/doc"

// replyNouns name the words a person gave back: "Lind's reply ... was
// short:" quotes Lind.
var replyNouns = wordSet(`reply answer response retort rejoinder`)

// maxReplyWords bounds the words between a reply noun and the colon
// ("at the televised debate in September, went viral").
const maxReplyWords = 16

// replyBeforeColon reads a sentence whose subject is a person's reply
// ("Lind's reply, at the hearing, was short:", "Her answer came
// quickly:") and which ends in the colon at c before the quote: the quote
// is that person's words. Another person, quote or verb of saying before
// the colon gives nil.
func (a *analysis) replyBeforeColon(w *window, c int) *event {
	toks := w.toks
	i := w.firstWord
	if i+1 >= c || toks[i].kind != tkWord {
		return nil
	}
	var owner *event
	n := i
	switch m := toks[i].ment; {
	case m >= 0 && a.ments[m].Type == doc.Person:
		for n < c && toks[n].ment == m {
			n++
		}
		if !possessive(toks[n-1].low) {
			return nil
		}
		owner = a.mentionEvent(&event{pos: a.ments[m].Start, para: w.para, span: a.ments[m].Span}, a.ments[m])
	case toks[i].is("his", "her"):
		n++
		owner = a.resolvePronoun(&event{pos: toks[i].start, para: w.para, span: doc.Span{Start: toks[i].start, End: toks[i].end}},
			map[string]string{"his": "he", "her": "she"}[toks[i].low])
	default:
		return nil
	}
	if n >= c || !replyNouns[toks[n].low] || c-n > maxReplyWords {
		return nil
	}
	for _, t := range toks[n+1 : c] {
		if t.kind == tkQuote || t.ment >= 0 && a.ments[t.ment].Type == doc.Person || t.kind == tkWord && t.lemma() != "" {
			return nil
		}
	}
	if !owner.resolved {
		return nil
	}
	a.addEvent(owner)
	return owner
}
