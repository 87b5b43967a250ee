package events

import (
	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// stretchToNow reports whether the expression t, with the "the" before
// it, names the stretch of time up to the time of a perfect or of a
// count rather than a calendar year: in "had been tested eleven times in
// the past year" the past year is the twelve months before the report,
// no row of the year before. A simple past ("Prices climbed in the past
// year") is left to date its clause, and "the last year of his term"
// names a year of something.
func stretchToNow(text string, sent doc.Span, t timex.Expr) bool {
	// The letters of the phrases are lower-cased from their ASCII
	// capitals only (nonASCIILowers): t.Text is one of them in either
	// case.
	w := t.Text
	if len(w) != len("past year") || !hasFoldAt(w, 0, "past year") && !hasFoldAt(w, 0, "last year") || !sent.Contains(t.Span) {
		return false
	}
	ws := lowerWords(text[sent.Start:t.Start])
	n := len(ws)
	if n < 2 || ws[n-1] != "the" || nextWord(text[t.End:]) == "of" {
		return false
	}
	for i := n - 2; i >= 0; i-- {
		switch ws[i] {
		case "has", "have", "had", "ve", "times":
			return true
		case "that", "which", "who", "and", "but":
			return false
		}
	}
	return false
}
