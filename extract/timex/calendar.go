package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Calendar arithmetic and TimeML value formatting. All dates are kept as
// UTC midnights so that day arithmetic never meets daylight saving.

func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ymd returns fmt.Sprintf("%04d-%02d-%02d", y, m, d), written by hand
// for the years and the months and days of two digits dates have.
func ymd(y, m, d int) string {
	if y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// dayValue returns t.Format("2006-01-02"), written by ymd for the
// years of four digits.
func dayValue(t time.Time) string {
	if y, m, d := t.Date(); 0 <= y && y <= 9999 {
		return ymd(y, int(m), d)
	}
	return t.Format("2006-01-02")
}

func monthValue(t time.Time) string { return t.Format("2006-01") }
func yearValue(y int) string {
	if y < 0 || y > 9999 {
		return ""
	}
	b := appendDigits(make([]byte, 0, 4), y, 4)
	return string(b)
}

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	if y < 1 || y > 9999 {
		return ""
	}
	b := appendDigits(make([]byte, 0, 8), y, 4)
	b = append(b, '-', 'W')
	return string(appendDigits(b, w, 2))
}

// appendDigits appends the last width digits of n, a number from 0, with
// leading zeros: fmt's %04d and %02d for numbers that fit, without fmt.
func appendDigits(b []byte, n, width int) []byte {
	b = append(b, make([]byte, width)...)
	for i := len(b) - 1; i >= len(b)-width; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return b
}

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// validDay reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// shiftValue moves the reference n units (negative: back) and renders the
// result at the unit's own granularity: "two weeks ago" is a week, "a year
// ago" a year.
func shiftValue(ref time.Time, n int, u unit) string {
	k := n * u.mult
	if abs(k) > 5000 || ref.Year()+k/12 < 1 {
		return ""
	}
	switch u.code {
	case "D":
		return dayValue(ref.AddDate(0, 0, k))
	case "W":
		return weekValue(ref.AddDate(0, 0, 7*k))
	case "M":
		return monthValue(time.Date(ref.Year(), ref.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC))
	case "Q":
		t := time.Date(ref.Year(), ref.Month()+time.Month(3*k), 1, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("%04d-Q%d", t.Year(), quarterOf(t))
	case "Y":
		// A decade or century is named by its leading digits ("199").
		v := yearValue(ref.Year() + k)
		switch {
		case v == "":
			return ""
		case u.mult == 10:
			return v[:3]
		case u.mult == 100:
			return v[:2]
		}
		return v
	}
	return ""
}

// durationValue renders n units as a TimeML duration; n < 0 is unspecified.
func durationValue(n int, u unit) string {
	amount := "X"
	if n >= 0 {
		amount = strconv.Itoa(n * u.mult)
	}
	if u.time {
		return "PT" + amount + u.code
	}
	return "P" + amount + u.code
}

// precisionOf names the calendar granularity of a value that starts with
// a fully specified year: "year", "month" or "day"; "" otherwise.
func precisionOf(v string) string {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return s != ""
	}
	switch {
	case len(v) == 4 && digits(v):
		return "year"
	case len(v) == 7 && digits(v[:4]) && v[4] == '-' && digits(v[5:]):
		return "month"
	case len(v) >= 10 && digits(v[:4]) && digits(v[5:7]) && digits(v[8:10]) && v[4] == '-' && v[7] == '-':
		return "day"
	}
	return ""
}

// startOf returns the first day a calendar value covers, if it has one.
func startOf(v string) (time.Time, bool) {
	if len(v) < 4 {
		return time.Time{}, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return time.Time{}, false
	}
	switch precisionOf(v) {
	case "year":
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
	case "month":
		m, _ := strconv.Atoi(v[5:7])
		return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), true
	case "day":
		if t, ok := plainDay(v[:10]); ok {
			return t, true
		}
		t, err := time.Parse("2006-01-02", v[:10])
		return t, err == nil
	}
	rest := v[4:]
	switch {
	case strings.HasPrefix(rest, "-W") && len(rest) >= 4:
		w, err := strconv.Atoi(rest[2:4])
		if err != nil {
			return time.Time{}, false
		}
		// ISO week 1 holds 4 January.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		return mon.AddDate(0, 0, 7*(w-1)), true
	case strings.HasPrefix(rest, "-Q") && len(rest) >= 3 && rest[2] >= '1' && rest[2] <= '4':
		return time.Date(y, time.Month(3*int(rest[2]-'1')+1), 1, 0, 0, 0, 0, time.UTC), true
	}
	if rest == "-H1" || rest == "-H2" {
		return time.Date(y, time.Month(1+6*int(rest[2]-'1')), 1, 0, 0, 0, 0, time.UTC), true
	}
	if s, ok := seasonStart[rest]; ok {
		return time.Date(y, s, 1, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// plainDay returns what time.Parse("2006-01-02", v) returns for a v of
// ten bytes that names a real day in digits ("2026-11-26"), without its
// parser; false for any other v, which the parser is left to judge.
func plainDay(v string) (time.Time, bool) {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return time.Time{}, false
	}
	n := func(s string) int {
		x := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			x = x*10 + int(s[i]-'0')
		}
		return x
	}
	y, m, d := n(v[:4]), n(v[5:7]), n(v[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	return civilDays(y, m+1, 1) - civilDays(y, m, 1)
}

var seasonStart = map[string]time.Month{"-SP": 3, "-SU": 6, "-FA": 9, "-WI": 12}

// isFuture reports whether a value begins after the reference day.
func isFuture(v string, ref time.Time) bool {
	if v == "FUTURE_REF" {
		return true
	}
	if ref.IsZero() {
		return false
	}
	s, ok := startOf(v)
	return ok && s.After(midnight(ref))
}

// pickYear chooses the year of a month (and day) given without one: the
// reading nearest the publication date, unless the clause's tense points
// the other way and the nearest reading lies more than slack days on the
// wrong side ("in February", said in December, is the past February). A
// month the clause looks ahead to is never one already over.
func pickYear(ref time.Time, month, day int, t tense) int {
	slack, monthOnly := 90, day == 0
	if monthOnly {
		day, slack = 15, 60
	}
	// Day numbers stand for the UTC midnights the calendar keeps dates
	// as: the difference of two is the days time.Date(...).Sub(ref)
	// spans between them, with no time.Time built.
	ry, rm, rd := ref.Date()
	refDay := civilDays(ry, int(rm), rd)
	best, bestDiff := ry, 1<<62
	for y := ry - 1; y <= ry+1; y++ {
		d := civilDays(y, month, day) - refDay
		if abs(d) < bestDiff {
			best, bestDiff = y, abs(d)
		}
	}
	diff := civilDays(best, month, day) - refDay
	switch {
	case t == past && diff > slack:
		return best - 1
	case t == future && diff < -slack,
		t == future && monthOnly && civilDays(best, month+1, 1) <= refDay:
		// A month already over cannot lie ahead: "is expected to rule
		// in June", said in August, is next June.
		return best + 1
	}
	return best
}

// civilDays returns the number of days from 1 January 1970 to the day
// time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) names, negative
// before it: months and days out of range carry over as time.Date
// carries them ("31 June" is 1 July). The proleptic Gregorian calendar
// of package time is counted in eras of 400 years, 146097 days each.
func civilDays(y, m, d int) int {
	m--
	if m < 0 || m >= 12 {
		carry := floorDiv(m, 12)
		y, m = y+carry, m-carry*12 // 0 for January
	}
	if m < 2 {
		y-- // the year is counted from March, its leap day last
	}
	era := y / 400
	if y < 0 {
		era = floorDiv(y, 400)
	}
	yoe := y - era*400               // year of the era, 0..399
	doy := (153*((m+10)%12) + 2) / 5 // day of the year from 1 March of the month's first day
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468 + d - 1
}

// floorDiv is a/b rounded down, for b > 0.
func floorDiv(a, b int) int {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// weekdayDate resolves a weekday against the reference: looking back it is
// the latest such day on or before the reference, looking ahead the first
// on or after it. strict excludes the reference day itself ("last Friday").
func weekdayDate(ref time.Time, wd int, t tense, strict bool) time.Time {
	ref = midnight(ref)
	cur := int(ref.Weekday())
	if t == future {
		d := (wd - cur + 7) % 7
		if d == 0 && strict {
			d = 7
		}
		return ref.AddDate(0, 0, d)
	}
	d := (cur - wd + 7) % 7
	if d == 0 && strict {
		d = 7
	}
	return ref.AddDate(0, 0, -d)
}
