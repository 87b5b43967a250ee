package events

import (
	"strings"

	"newsbot/extract/doc"
)

// butClause narrows a headline that joins two dated clauses with a bare
// " but " to the clause holding t: "Thursday rail strike called off but
// Saturday walkout goes ahead" tells of each day apart, a call-off and a
// walkout going ahead. Each side must hold a date of others (the
// sentence's dated expressions), t on its own side only. In prose "but"
// more often joins a comparison ("up from 49,000 in December but down
// from 59,000 a year ago"), which the caller leaves whole.
func butClause(text string, sum, t doc.Span, others []doc.Span) doc.Span {
	s := text[sum.Start:sum.End]
	i := strings.Index(s, " but ")
	if i < 0 || strings.Contains(s[i+len(" but "):], " but ") {
		return sum
	}
	mid := sum.Start + i
	left := doc.Span{Start: sum.Start, End: mid}
	right := doc.Span{Start: mid + len(" but "), End: sum.End}
	if !otherDateIn(left.Start, left.End, doc.Span{}, others) || !otherDateIn(right.Start, right.End, doc.Span{}, others) {
		return sum
	}
	if left.Contains(t) {
		return left
	}
	if right.Contains(t) {
		return right
	}
	return sum
}
