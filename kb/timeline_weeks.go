package kb

import (
	"fmt"
	"strings"
	"time"
)

// dayLayout is an ISO date at the precision of a day.
const dayLayout = "2006-01-02"

// weekConds is the SQL condition on the date column col and the week
// column weekCol of the events a reader's range of days holds by their
// week although it does not hold the period they are dated by: "week of
// 10 Aug 2026", dated Aug 2026, is in 2026-08-10 to 2026-08-16 as a month
// row is in a range holding the month. "" when FROM or TO cut no month short or no
// week lies wholly in the range.
func weekConds(col, weekCol, from, to string) (string, []any) {
	weeks, periods := edgeWeeks(from, to)
	if len(weeks) == 0 {
		return "", nil
	}
	var args []any
	for _, p := range periods {
		args = append(args, p)
	}
	for _, w := range weeks {
		args = append(args, w)
	}
	return fmt.Sprintf("(%s IN (%s) AND %s IN (%s))", col, marks(len(periods)), weekCol, marks(len(weeks))), args
}

// marks is n SQL parameters, comma-separated.
func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

// edgeWeeks returns the ISO weeks ("2026-W33") lying wholly within FROM
// to TO in the months a day FROM or TO cuts short, and the periods a row
// of such a week may be dated by (its month; its year, for a week across
// two months): the weeks a range of days holds that rangeConds, reading
// the period a week row is dated by, does not.
func edgeWeeks(from, to string) (weeks, periods []string) {
	lo, _, ok := parsePeriod(from)
	if !ok {
		lo = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	_, hi, ok := parsePeriod(to)
	if !ok {
		hi = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	var spans [][2]time.Time
	if len(from) == len(dayLayout) && lo.Day() != 1 {
		// The rest of FROM's month, and the days of a week it starts.
		spans = append(spans, [2]time.Time{lo, monthOf(lo).AddDate(0, 1, 5)})
	}
	if len(to) == len(dayLayout) && hi.AddDate(0, 0, 1).Day() != 1 {
		spans = append(spans, [2]time.Time{monthOf(hi).AddDate(0, 0, -6), hi})
	}
	for _, sp := range spans {
		start, end := later(sp[0], lo), earlier(sp[1], hi)
		for mon := start.AddDate(0, 0, (8-int(start.Weekday()))%7); !mon.AddDate(0, 0, 6).After(end); mon = mon.AddDate(0, 0, 7) {
			y, w := mon.ISOWeek()
			weeks = appendNew(weeks, fmt.Sprintf("%04d-W%02d", y, w))
			for _, d := range []time.Time{mon, mon.AddDate(0, 0, 6)} {
				periods = appendNew(periods, d.Format("2006-01"))
				if mon.Month() != mon.AddDate(0, 0, 6).Month() {
					// A week across two months is dated by its year.
					periods = appendNew(periods, d.Format("2006"))
				}
			}
		}
	}
	return weeks, periods
}

// parsePeriod returns the first and last days of an ISO date at its
// precision: 2026, 2026-08 or 2026-08-10.
func parsePeriod(d string) (first, last time.Time, ok bool) {
	for _, p := range []struct {
		layout        string
		years, months int
	}{{dayLayout, 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		if t, err := time.Parse(p.layout, d); err == nil {
			if p.layout == dayLayout {
				return t, t, true
			}
			return t, t.AddDate(p.years, p.months, -1), true
		}
	}
	return time.Time{}, time.Time{}, false
}

// monthOf is the first day of t's month.
func monthOf(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// appendNew appends s to list unless list holds it.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
