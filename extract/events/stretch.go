package events

import (
	"strings"

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
	w := strings.ToLower(t.Text)
	if w != "past year" && w != "last year" || !sent.Contains(t.Span) {
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
