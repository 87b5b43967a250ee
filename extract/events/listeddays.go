package events

import (
	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// maxListedDays bounds how many days after the first of a list a
// summary is carried over.
const maxListedDays = 6

// throughListedDays carries a summary that ends at its day t over the
// days listed after it that date no row of their own (aside, as
// coordinatedDay sets them): "its members would strike on Tuesday,
// Thursday and Saturday next week" reads whole, not cut after
// "Tuesday". times are the article's expressions in text order.
func throughListedDays(text string, sum doc.Span, t timex.Expr, times []timex.Expr, aside map[doc.Span]bool) doc.Span {
	if sum.End != t.End {
		return sum
	}
	cur := t
	for range maxListedDays {
		next, ok := exprAfter(cur, times)
		if !ok || !aside[next.Span] || !isDay(next) || !dayCoordination.MatchString(text[cur.End:next.Start]) {
			break
		}
		sum.End, cur = next.End, next
	}
	return sum
}

// exprAfter returns the first expression of times that starts at or
// after the end of t.
func exprAfter(t timex.Expr, times []timex.Expr) (timex.Expr, bool) {
	var best timex.Expr
	found := false
	for _, e := range times {
		if e.Start >= t.End && (!found || e.Start < best.Start) {
			best, found = e, true
		}
	}
	return best, found
}
