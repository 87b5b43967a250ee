package quotes

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// sentenceSubject is the speaker of a verb whose subject is the
// sentence's ("..., saying", "and warned"). A place speaks only when named
// right before its verb: as the subject of a whole sentence it is more
// often a dateline or a topic than a speaker.
func (a *analysis) sentenceSubject(w *window) *event {
	p, ok := a.mainSubject(w)
	if !ok || a.isPlace(p) {
		return nil
	}
	e := a.npEvent(w, p)
	a.addEvent(e)
	return e
}

// isPlace reports whether a phrase names a place.
func (a *analysis) isPlace(p np) bool {
	return p.ment >= 0 && a.ments[p.ment].Type == doc.Place
}

// months may sit in a dateline ("WASHINGTON, Nov 3 -").
var months = wordSet(`
jan feb mar apr jun jul aug sep sept oct nov dec january february march
april may june july august september october november december
`)

// skipDateline steps over a dateline that opens a story ("ANKARA —",
// "WASHINGTON, Nov 3 (Reuters) -"): the place is where the story was
// filed, not the subject of the sentence after it. It returns the token
// after the dash, or i when there is no dateline.
func (a *analysis) skipDateline(w *window, i int) int {
	toks := w.toks
	place, paren := false, false
	for j := i; j < len(toks) && j-i < 14; j++ {
		t := toks[j]
		switch {
		case t.kind == tkQuote:
			return i
		case t.is("—", "–", "-") && !paren:
			if place {
				return j + 1
			}
			return i
		case t.low == "(":
			paren = true
		case t.low == ")":
			paren = false
		case paren || t.low == ",":
		case t.kind == tkWord && (allCaps(a.text[t.start:t.end]) || t.ment >= 0 && a.ments[t.ment].Type == doc.Place):
			place = true
		case t.kind == tkWord && (months[strings.TrimSuffix(t.low, ".")] || isDigits(t.low)):
		default:
			return i
		}
	}
	return i
}

// allCaps reports whether a word has at least two letters, all capitals.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
