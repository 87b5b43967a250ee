package events

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// periodOwnerPreps bring in the object a current period owns: "an inquiry
// into this year's grades".
var periodOwnerPreps = map[string]bool{"into": true}

// periodOwnedObject reports whether t is the current year or month owning
// the noun of a prepositional object ("demanded an inquiry into this
// year's exam grades, as the board promised a review next week") in a
// sentence that dates a plan by another expression ahead. The period
// names which grades are meant; the other time dates the sentence.
func periodOwnedObject(text string, sent doc.Span, t timex.Expr, times []timex.Expr) bool {
	if t.End+3 > len(text) || text[t.End:t.End+3] != "'s " && !strings.HasPrefix(text[t.End:], "’s ") {
		return false
	}
	switch strings.ToLower(t.Text) {
	case "this year", "this month":
	default:
		return false
	}
	ws := strings.Fields(strings.ToLower(text[sent.Start:t.Start]))
	if len(ws) == 0 || !periodOwnerPreps[ws[len(ws)-1]] {
		return false
	}
	for _, o := range times {
		if o.Span != t.Span && o.Type == "DATE" && o.Future && sent.Contains(o.Span) {
			return true
		}
	}
	return false
}
