package events

import "strconv"

// maxRangeMonths is the most months from the first month of a range to
// its last for the range to tell one event, as maxRangeDays is for days:
// "were shipped between March and May" is one shipping; "served from
// 2015 to 2019" a stretch with an end of its own.
const maxRangeMonths = 3

// shortMonthRange reports whether first and last, the two ends of a range
// in one clause, are months of one year a few months apart: the clause
// is one event, dated by its first month, not a row at each end.
func shortMonthRange(first, last Event) bool {
	if first.Precision != "month" || last.Precision != "month" || first.Week != "" || last.Week != "" ||
		len(first.Date) != 7 || len(last.Date) != 7 || first.Date[:4] != last.Date[:4] {
		return false
	}
	a, err1 := strconv.Atoi(first.Date[5:])
	b, err2 := strconv.Atoi(last.Date[5:])
	return err1 == nil && err2 == nil && a < b && b-a <= maxRangeMonths
}
