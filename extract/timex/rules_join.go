package timex

import (
	"fmt"
	"regexp"
	"strings"
)

// Passes over one sentence's chosen candidates that join or add
// expressions the patterns see only in part.

// yearGap is what may stand between a month or season and a year the
// patterns did not join: "January nineteen ninety-seven", "the winter of
// nineteen ninety-four".
var yearGap = regexp.MustCompile(`^(?i),?\s+(?:of\s+)?$`)

// joinYears gives a month or season whose year was guessed the year that
// follows it.
func joinYears(s string, cs []cand) []cand {
	out := cs[:0] // in place: out never overtakes the candidate read
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if i+1 < len(cs) && c.typ == "DATE" && len(c.value) == 7 && precisionOf(cs[i+1].value) == "year" &&
			(precisionOf(c.value) == "month" || seasonStart[c.value[4:]] != 0) && yearGap.MatchString(s[c.end:cs[i+1].start]) {
			n := cs[i+1]
			out = append(out, cand{c.start, n.end, "DATE", n.value + c.value[4:], c.future, c.rule})
			i++
			continue
		}
		out = append(out, c)
	}
	return out
}

// weekOf matches the words that make a day stand for its week.
var weekOf = regexp.MustCompile(`(?i)\b(?:the\s+)?week\s+(?:of|beginning|starting)\s+$`)

// weekOfIndex returns weekOf.FindStringIndex(s). A match ends in an
// ASCII space and holds "wee", whose letters fold to no letter beyond
// ASCII (the "k" does: U+212A), so a text without both has none.
func weekOfIndex(s string) []int {
	if s == "" || !isSpaceClass(s[len(s)-1]) || !containsFoldASCII(s, "wee") {
		return nil
	}
	return weekOf.FindStringIndex(s)
}

// isSpaceClass reports whether c is in the regexp class \s.
func isSpaceClass(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// joinWeekOf reads "the week of March 6" as the ISO week of that day.
func joinWeekOf(s string, cs []cand) []cand {
	prev := 0
	for i, c := range cs {
		if c.typ == "DATE" && precisionOf(c.value) == "day" && len(c.value) == 10 {
			lo := max(prev, c.start-24)
			if loc := weekOfIndex(s[lo:c.start]); loc != nil {
				if t, ok := startOf(c.value); ok {
					cs[i].start, cs[i].value = lo+loc[0], weekValue(t)
				}
			}
		}
		prev = c.end
	}
	return cs
}

// dayBefore matches "the day before", "the day after", "the week
// before" and "the week after" just before a date.
var dayBefore = regexp.MustCompile(`(?i)\bthe\s+(day|week)\s+(before|after)\s+$`)

// mayDayBefore reports whether dayBefore may match s: it needs "before"
// or "after", whose letters fold to no letter beyond ASCII, so an ASCII
// case-insensitive search settles it.
func mayDayBefore(s string) bool {
	return containsFoldASCII(s, "before") || containsFoldASCII(s, "after")
}

// containsFoldASCII reports whether s contains the lower-case ASCII word
// w, ASCII letters compared without regard to case.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		k := 0
		for k < len(w) && s[i+k]|0x20 == w[k] {
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

// joinDayBefore reads "the day before last Tuesday" as one date: the day
// before the one named next, not the one named last; "the week before
// Christmas" is the week of the day seven days before it.
func joinDayBefore(s string, cs []cand) []cand {
	out := cs[:0] // in place: out never overtakes the candidate read
	for _, c := range cs {
		if precisionOf(c.value) != "day" || len(c.value) != 10 {
			out = append(out, c)
			continue
		}
		lo := max(0, c.start-24)
		var loc []int
		if mayDayBefore(s[lo:c.start]) {
			loc = dayBefore.FindStringSubmatchIndex(s[lo:c.start])
		}
		t, ok := startOf(c.value)
		if loc == nil || !ok {
			out = append(out, c)
			continue
		}
		st := lo + loc[0]
		for len(out) > 0 && out[len(out)-1].end > st {
			out = out[:len(out)-1] // the anaphoric "the day before"
		}
		d := -1
		if strings.EqualFold(s[lo+loc[4]:lo+loc[5]], "after") {
			d = 1
		}
		value := dayValue(t.AddDate(0, 0, d))
		if strings.EqualFold(s[lo+loc[2]:lo+loc[3]], "week") {
			value = weekValue(t.AddDate(0, 0, 7*d))
		}
		out = append(out, cand{st, c.end, "DATE", value, c.future, c.rule})
	}
	return out
}

// overnightInto matches what joins a night to the day it runs into or
// belongs to: "overnight into Tuesday", "overnight to Sunday", "overnight
// on Sunday".
var overnightInto = regexp.MustCompile(`^(?i)\s+(?:into|to|until|till|on)\s+$`)

// overnightFrom matches what joins "overnight" to the evening's day of
// a night named by both its days: "overnight Saturday into Sunday",
// "overnight from Saturday to Sunday".
var overnightFrom = regexp.MustCompile(`^(?i)\s+(?:from\s+|on\s+)?$`)

// nightInto matches what joins a night to the next day it runs into:
// "Saturday night into Sunday".
var nightInto = regexp.MustCompile(`^(?i)\s+(?:into|to|until|till)\s+$`)

// joinOvernight reads "overnight into Tuesday" as one date, the day the
// night ran into: what happened overnight is reported on that day. The
// night "overnight on Sunday" is that day's, as "Sunday night" is. A
// night named by both its days ("overnight Saturday into Sunday",
// "Saturday night into Sunday") is the second day's.
func joinOvernight(s string, cs []cand) []cand {
	out := cs[:0] // in place: out never overtakes the candidate read
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if n := nightSpan(s, cs[i:]); n > 0 {
			last := cs[i+n]
			out = append(out, cand{c.start, last.end, "DATE", last.value, last.future, last.rule})
			i += n
			continue
		}
		out = append(out, c)
	}
	return out
}

// nightSpan returns how many candidates after cs[0] join it into one
// night dated by the day it runs into, or 0.
func nightSpan(s string, cs []cand) int {
	isDay := func(c cand) bool { return precisionOf(c.value) == "day" && len(c.value) == 10 }
	if len(cs) < 2 || !isDay(cs[1]) {
		return 0
	}
	c, n := cs[0], cs[1]
	overnight := strings.EqualFold(s[c.start:c.end], "overnight")
	switch {
	case overnight && len(cs) > 2 && isDay(cs[2]) && overnightFrom.MatchString(s[c.end:n.start]) &&
		nightInto.MatchString(s[n.end:cs[2].start]) && nextDay(n.value, cs[2].value):
		return 2
	case overnight && overnightInto.MatchString(s[c.end:n.start]):
		return 1
	case isDay(c) && strings.HasSuffix(strings.ToLower(s[c.start:c.end]), "night") &&
		strings.EqualFold(strings.TrimSpace(s[c.end:n.start]), "into") && nextDay(c.value, n.value):
		return 1
	}
	return 0
}

// nextDay reports whether day value b is the day after a.
func nextDay(a, b string) bool {
	t, ok := startOf(a)
	return ok && dayValue(t.AddDate(0, 0, 1)) == b
}

// rangeGap is what joins the two ends of a range of dates.
var rangeGap = regexp.MustCompile(`^(?i)\s*(?:-|–|—|to|and|or|through|until|till)\s*$`)

// yearIn matches a year written out.
var yearIn = regexp.MustCompile(`\b(?:1[0-9]|20)\d\d\b`)

// hasYear reports whether yearIn matches s: four digits from 1000 to
// 2099 with a word boundary on each side, where a word byte is an ASCII
// letter, digit or underscore, as for \b.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && isDigitByte(s[i+1]) || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) &&
			(i == 0 || !isWordByte(s[i-1])) && (i+4 == len(s) || !isWordByte(s[i+4])) {
			return true
		}
	}
	return false
}

// joinRangeYears gives the first end of a range the year written only
// at its second: "from June 10 to June 12, 1986", "March 3 and 5, 2019".
// The first end names its day ("Friday to December's figures" is no
// range), the second its month and year ("1986 ended Dec 31 and 1985
// ended Nov 30" is none).
// It runs after joinDayRange, so the second day of "June 10-12, 1986"
// takes the year first.
func joinRangeYears(s string, cs []cand) []cand {
	for i := len(cs) - 2; i >= 0; i-- {
		c, n := cs[i], cs[i+1]
		if c.typ != "DATE" || len(c.value) != 10 || precisionOf(c.value) != "day" || !strings.ContainsAny(s[c.start:c.end], "0123456789") || hasYear(s[c.start:c.end]) ||
			n.typ != "DATE" || len(n.value) < 7 || !hasYear(s[n.start:n.end]) || !rangeGap.MatchString(s[c.end:n.start]) {
			continue
		}
		y := n.value[:4]
		if v := y + c.value[4:]; y != c.value[:4] && atoi(y) > 0 && validDay(atoi(y), atoi(v[5:7]), atoi(v[8:10])) && v[:len(n.value)] <= n.value {
			cs[i].value = v
			cs[i].future = n.future
		}
	}
	return cs
}

// yearAfter matches the year that closes a range: "12, 1986".
var yearAfter = regexp.MustCompile(`^,?\s+((?:1[0-9]|20)\d\d)\b`)

// dayRange matches the second day of "April 24 and 25", "May 5-6".
var dayRange = regexp.MustCompile(`^\s*(?:and|or|to|through|-|–)\s*([0-3]?\d)(?:st|nd|rd|th)?\b`)

// dayRangeIndex returns dayRange.FindStringSubmatchIndex(s), which is
// nil when s holds no digit: every match ends in a day's digits.
func dayRangeIndex(s string) []int {
	if !hasDigit(s) {
		return nil
	}
	return dayRange.FindStringSubmatchIndex(s)
}

// joinDayRange adds the second day of a range whose first day names the
// month: "April 24 and 25" is two dates.
func joinDayRange(s string, cs []cand) []cand {
	var out []cand // cs and the days added, copied at the first
	skip := -1     // a year the added day took in
	for i, c := range cs {
		if i == skip {
			continue
		}
		if out != nil {
			out = append(out, c)
		}
		// "notes due March 1, 1997 and 12 shares": a date that gives
		// its year has closed, and a number after it is no second day.
		if c.typ != "DATE" || precisionOf(c.value) != "day" || len(c.value) != 10 || hasYear(s[c.start:c.end]) {
			continue
		}
		loc := dayRangeIndex(s[c.end:min(len(s), c.end+24)])
		if loc == nil {
			continue
		}
		st, en := c.end+loc[2], c.end+loc[3]
		if i+1 < len(cs) && cs[i+1].start < c.end+loc[1] {
			continue
		}
		// "May 5 and 6 percent", "June 3 to 4,000": a quantity.
		rest := s[c.end+loc[1]:]
		if len(rest) > 0 && (rest[0] == '%' || rest[0] == ',' && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9') || strings.HasPrefix(strings.ToLower(rest), " percent") {
			continue
		}
		d := atoi(s[st:en])
		y, mo := atoi(c.value[:4]), atoi(c.value[5:7])
		// "June 10-12, 1986": the year closes the range.
		if ya := yearAfter.FindStringSubmatchIndex(rest); ya != nil && !hasYear(s[c.start:c.end]) {
			y, en = atoi(rest[ya[2]:ya[3]]), c.end+loc[1]+ya[1]
			if i+1 < len(cs) && cs[i+1].start < en {
				skip = i + 1
			}
		}
		if d <= atoi(c.value[8:10]) || !validDay(y, mo, d) {
			skip = -1
			continue
		}
		if out == nil {
			out = append(make([]cand, 0, len(cs)+1), cs[:i+1]...)
		}
		out = append(out, cand{st, en, "DATE", fmt.Sprintf("%04d-%s-%02d", y, c.value[5:7], d), c.future, c.rule})
	}
	if out == nil {
		return cs
	}
	return out
}

// dayBeforeRange matches the first day of a range or list written before
// a day that names its month: the "25 and " of "25 and 26 March", the
// "25-" of "25-26 March". A figure just before it ("£25 and 26 March",
// "1,25 and") is no day.
var dayBeforeRange = regexp.MustCompile(`(?i)(?:^|[\s(])([0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|or|to|through|-|–)\s*$`)

// joinDayRangeBefore adds the first day of a range or list whose second
// day names the month: "on 25 and 26 March" is two dates, and what
// happened on the first day is found by it.
func joinDayRangeBefore(s string, cs []cand) []cand {
	var out []cand // cs and the days added, copied at the first
	prev := 0
	for i, c := range cs {
		lo := max(prev, c.start-12)
		prev = c.end
		if c.typ != "DATE" || precisionOf(c.value) != "day" || len(c.value) != 10 || c.start == 0 || s[c.start] < '0' || s[c.start] > '9' {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		loc := dayBeforeRange.FindStringSubmatchIndex(s[lo:c.start])
		if loc == nil {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		st, en := lo+loc[2], lo+loc[3]
		if st > 0 && !strings.ContainsRune(" \t\n(", rune(s[st-1])) {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		d := atoi(s[st:en])
		y, mo := atoi(c.value[:4]), atoi(c.value[5:7])
		if d == 0 || d >= atoi(c.value[8:10]) || !validDay(y, mo, d) {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(make([]cand, 0, len(cs)+1), cs[:i]...)
		}
		out = append(out, cand{st, en, "DATE", fmt.Sprintf("%04d-%s-%02d", y, c.value[5:7], d), c.future, c.rule}, c)
	}
	if out == nil {
		return cs
	}
	return out
}
