package events

import (
	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// accordingToDay reports whether t dates only a closing "according to"
// attribution while an earlier day of its sentence dates what the
// sentence reports: "has narrowly won Sunday's runoff, according to
// provisional results published early on Monday" tells of Sunday's win;
// Monday is when the source came out, as in "…, police said on Monday"
// (see reportedAct).
func accordingToDay(low *lowText, sent doc.Span, t timex.Expr, days []timex.Expr) bool {
	if t.Start < sent.Start || t.End > sent.End || sent.End > len(low.text) {
		return false
	}
	lead := low.lowerOf(sent.Start, t.Start)
	i := lastIndexIfAny(lead, ", according to ")
	if i < 0 || commaSemicolonColonQuoteCurlyQuotesMarks.in(lead[i+1:]) {
		return false
	}
	comma := sent.Start + i
	for _, d := range days {
		if d.Span != t.Span && d.End <= comma && !dayAfter(d, t) {
			return true
		}
	}
	return false
}
