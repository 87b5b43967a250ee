package quotes

import (
	"strings"
	"unicode"
)

// genericDocument is the noun any kind of document may be called by:
// "the 40-page document from the bureau" is the report it goes on to quote.
const genericDocument = "document"

// pointsBack reports whether the document named at token d of window w is
// itself a definite back reference with no issuer in its sentence ("But
// the report states that …"): the document it means was brought in
// earlier, where its issuer may be told.
func (a *analysis) pointsBack(w *window, d int, r *event) bool {
	if r.resolved || d < 1 || w.toks[d-1].low != "the" {
		return false
	}
	for _, c := range a.eventsIn(w.start, w.end) {
		if c.resolved && !c.topic && !c.owner {
			return false
		}
	}
	return true
}

// genericDocumentBefore attributes a document's words to the issuer of
// the last document called by the generic noun before e, in its paragraph
// or the one before, when that sentence names the issuer by the
// document's own phrase ("the document from the bureau").
func (a *analysis) genericDocumentBefore(e *event, wi int) (*event, bool) {
	for ; wi >= 0 && a.wins[wi].para >= e.para-1; wi-- {
		w := &a.wins[wi]
		d := documentToken(w, genericDocument, e.span.Start)
		if d < 0 {
			continue
		}
		if m, ok := a.documentAuthorMention(w.toks, d); ok {
			return a.mentionEvent(e, m), true
		}
		return e, false
	}
	return e, false
}

// verbAfterDocument returns the lemma of a present-tense form usually read
// as a noun when a definite document stands right before it and a clause
// or the sentence's end right after ("the report states that", "…,” the
// ruling notes."), where it can only be a verb; "" otherwise.
func verbAfterDocument(toks []token, v int) string {
	if v < 2 || toks[v-2].low != "the" || !docNouns[toks[v-1].low] {
		return ""
	}
	if v+1 < len(toks) && !toks[v+1].is(".", ",", ":", "that") {
		return ""
	}
	return nounFormVerbs[toks[v].low]
}

// nounFormVerbAfter reports whether the word right after e's subject is a
// verb of saying in a form usually read as a noun ("the report states"),
// which only verbAfterDocument takes for a verb.
func (a *analysis) nounFormVerbAfter(e *event) bool {
	rest := strings.TrimLeft(a.text[e.span.End:], " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return nounFormVerbs[strings.ToLower(rest[:end])] != ""
}
