package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// maxBracketLabelToks bounds the tokens of a role label before a bracketed
// name ("14:30:58 CAPT (Reiner):"): a time stamp and a role in capitals.
const maxBracketLabelToks = 8

// bracketLabelColon reads a transcript line that gives a speaker as a role
// label with their name in brackets before a colon and the quote at q:
// `14:30:58 CAPT (Reiner): "…"`, `PILOT (Ana Ruiz): "…"`. The bracket must
// hold only one person of the article, and the label before it only words
// in capitals, digits and marks of a time or an abbreviation, from the
// start of the sentence.
func (a *analysis) bracketLabelColon(w *window, q int) *event {
	toks := w.toks
	if q < 4 || toks[q-1].low != ":" || toks[q-2].low != ")" {
		return nil
	}
	m := toks[q-3].ment
	if m < 0 || a.ments[m].Type != doc.Person {
		return nil
	}
	s := mentionStart(toks, q-3)
	if s < 2 || toks[s-1].low != "(" || !a.capsLabel(toks[:s-1]) {
		return nil
	}
	return a.npEvent(w, np{from: s, to: q - 2, ment: m})
}

// capsLabel reports whether tokens make a short label in capitals, perhaps
// after a time: words starting with a capital, numbers, and the marks of a
// clock or an abbreviation ("14:30:58 CAPT", "F/O").
func (a *analysis) capsLabel(toks []token) bool {
	if len(toks) == 0 || len(toks) > maxBracketLabelToks {
		return false
	}
	words := 0
	for _, t := range toks {
		switch {
		case t.kind == tkWord && isDigits(t.low):
		case t.kind == tkWord && t.upper && (t.ment < 0 || strings.ToUpper(a.text[t.start:t.end]) == a.text[t.start:t.end]):
			words++ // a role in capitals the tagger may take for a name ("F/O")
		case t.is(":", "/", ".", "-"):
		default:
			return false
		}
	}
	return words > 0
}
