package events

import (
	"regexp"
	"sort"
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// dayCoordination matches what joins two coordinated days: "on Tuesday
// and Wednesday", "on 3 and 4 May", "on Monday, Tuesday or Friday".
var dayCoordination = regexp.MustCompile(`^(?i)(?:\s*,\s*|,?\s+(?:and|or|&)\s+)$`)

// maxCoordinatedDays is the most days from the first of a list of days
// to the last for the list to tell one event: "met on 3 and 4 May" is one
// meeting, "occurred on Aug 12, 1982, and May 25, 1984" two violations.
const maxCoordinatedDays = 7

// coordinatedDay reports whether the day expression t only continues a
// list of days the sentence began with a day that dates it (one of days,
// the sentence's days so far): "following two days of talks in Geneva on
// Tuesday and Wednesday" tells one event over two days, which its first
// day dates, not two events. The days must follow each other within a
// week, and "respectively" gives each day an event of its own. times are
// the article's expressions in text order.
func coordinatedDay(text string, sent doc.Span, t timex.Expr, times, days []timex.Expr) bool {
	if lowerContains(text[sent.Start:min(sent.End, len(text))], "respectively") {
		return false
	}
	last, ok := dayOf(t)
	cur := t
	for range 8 { // a list of days is short
		if !isDay(cur) || possessiveTime(text, cur.Span) {
			return false
		}
		prev, ok2 := exprBefore(sent, cur, times)
		if !ok || !ok2 || !isDay(prev) || possessiveTime(text, prev.Span) || !dayCoordination.MatchString(text[prev.End:cur.Start]) {
			return false
		}
		if !ampMarks.in(text[prev.End:cur.Start]) && !andOr(text[prev.End:cur.Start]) && !(namedDay(prev) && namedDay(cur)) {
			return false // "as early as May 9, a week before the budget"
		}
		if first, ok := dayOf(prev); !ok || !first.Before(last) || last.Sub(first) > maxCoordinatedDays*24*time.Hour {
			return false
		}
		for _, d := range days {
			if d.Span == prev.Span {
				return true
			}
		}
		cur = prev
	}
	return false
}

// andOr reports whether the words between two days coordinate them
// with "and" or "or".
func andOr(gap string) bool {
	for _, w := range strings.Fields(strings.ToLower(gap)) {
		if w == "and" || w == "or" {
			return true
		}
	}
	return false
}

// namedDay reports whether e names its day by name or number ("Tuesday",
// "4 May", "March 9"), as the days of a list joined by commas alone do;
// "a week before" and "late Tuesday night" are not listed days.
func namedDay(e timex.Expr) bool {
	c := e.Text[0]
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isDay reports whether e is a date naming one calendar day ("Tuesday",
// "4 May"), not a time of it ("last night").
func isDay(e timex.Expr) bool {
	return e.Type == "DATE" && e.Precision == "day" && len(e.Value) >= len("2006-01-02")
}

// dayOf returns the day a day expression names.
func dayOf(e timex.Expr) (time.Time, bool) {
	if len(e.Value) < len("2006-01-02") {
		return time.Time{}, false
	}
	return parseDay(e.Value[:10])
}

// parseDay is time.Parse("2006-01-02", v), v of ten bytes, without the
// reading of a layout: four digits of the year, two of a month from 01
// to 12 and two of a day of that month, dashes between.
func parseDay(v string) (time.Time, bool) {
	if len(v) != len("2006-01-02") || v[4] != '-' || v[7] != '-' {
		return time.Time{}, false
	}
	y, ok1 := digitsValue(v[:4])
	m, ok2 := digitsValue(v[5:7])
	d, ok3 := digitsValue(v[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

// digitsValue returns the value of s, ASCII digits only.
func digitsValue(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = 10*n + int(s[i]-'0')
	}
	return n, true
}

// daysIn returns the number of days of month m of year y.
func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// startingIn returns the expressions of times that start inside sent, in
// text order, found by binary search when times are sorted by their
// start (sorted); else it returns all of times. Either way it holds every
// expression exprBefore can return for a time inside sent.
func startingIn(times []timex.Expr, sorted bool, sent doc.Span) []timex.Expr {
	if !sorted {
		return times
	}
	lo := sort.Search(len(times), func(i int) bool { return times[i].Start >= sent.Start })
	hi := lo + sort.Search(len(times)-lo, func(i int) bool { return times[lo+i].Start > sent.End })
	return times[lo:hi]
}

// exprBefore returns the expression of times that ends last before t
// inside the sentence sent.
func exprBefore(sent doc.Span, t timex.Expr, times []timex.Expr) (timex.Expr, bool) {
	var best timex.Expr
	found := false
	for _, e := range times {
		if e.Start >= sent.Start && e.End <= t.Start && (!found || e.End > best.End) {
			best, found = e, true
		}
	}
	return best, found
}
