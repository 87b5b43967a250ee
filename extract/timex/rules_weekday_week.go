package timex

import (
	"regexp"
	"time"
)

// weekdayThenWeek matches what joins a weekday to the week named after
// it: "Thursday next week", "Monday of last week", "Friday, this week".
var weekdayThenWeek = regexp.MustCompile(`^(?i),?\s+(?:of\s+)?$`)

// weekThenWeekday matches what joins a week to the weekday named after
// it: "next week on Thursday", "last week, on Monday".
var weekThenWeekday = regexp.MustCompile(`^(?i),?\s+on\s+$`)

// weekAfterWeekday matches the bare "week" that puts a weekday a week
// on: "Thursday week".
var weekAfterWeekday = regexp.MustCompile(`^(?i)\s+week\b`)

// aWeekOn matches the words before a weekday that put it a week on: "a
// week on Thursday", "a week from Monday".
var aWeekOn = regexp.MustCompile(`(?i)\ba\s+week\s+(?:on|from)\s+$`)

// weekOfRelative matches the text of a week counted from the
// publication date: "next week", "last week", "this week".
var weekOfRelative = regexp.MustCompile(`(?i)^(?:next|last|this|the\s+(?:next|following|coming|past|previous))\s+week$`)

// weekValueRe matches the value of an ISO week: "2026-W42".
var weekValueRe = regexp.MustCompile(`^\d{4}-W\d{2}$`)

// joinWeekdayWeek reads a weekday and the week it falls in as one date,
// the weekday of that week, as TimeML does: "Thursday next week" and
// "next week on Thursday" are the Thursday of next week, "Monday last
// week" the Monday of last week. "Thursday week" and "a week on
// Thursday" are the coming Thursday and seven days, when that lies
// ahead.
func joinWeekdayWeek(f *finder, s string, cs []cand) []cand {
	out := cs[:0] // in place: out never overtakes the candidate read
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if i+1 < len(cs) {
			if j, ok := weekdayInWeek(s, c, cs[i+1]); ok {
				out = append(out, j)
				i++
				continue
			}
		}
		if j, ok := f.weekdayAWeekOn(s, c); ok {
			for len(out) > 0 && out[len(out)-1].end > j.start {
				out = out[:len(out)-1]
			}
			c = j
		}
		out = append(out, c)
	}
	return out
}

// bareWeekday returns the weekday a candidate names by its name alone
// ("Thursday", not "Thursday's" or "next Thursday").
func bareWeekday(s string, c cand) (int, bool) {
	if c.typ != "DATE" || precisionOf(c.value) != "day" || len(c.value) != 10 {
		return 0, false
	}
	return lookup(weekdays, s[c.start:c.end])
}

// relativeWeek returns the Monday of the week a candidate names as
// "next week", "last week" or "this week".
func relativeWeek(s string, c cand) (time.Time, bool) {
	if c.typ != "DATE" || !weekValueRe.MatchString(c.value) || !weekOfRelative.MatchString(s[c.start:c.end]) {
		return time.Time{}, false
	}
	return startOf(c.value)
}

// weekdayInWeek joins a weekday and a relative week next to each other,
// in either order, into the weekday of that week.
func weekdayInWeek(s string, a, b cand) (cand, bool) {
	day, week := a, b
	gap := weekdayThenWeek
	if _, ok := bareWeekday(s, a); !ok {
		day, week, gap = b, a, weekThenWeekday
	}
	wd, ok := bareWeekday(s, day)
	if !ok || !gap.MatchString(s[a.end:b.start]) {
		return cand{}, false
	}
	mon, ok := relativeWeek(s, week)
	if !ok {
		return cand{}, false
	}
	v := dayValue(mon.AddDate(0, 0, (wd+6)%7))
	return cand{a.start, b.end, "DATE", v, day.future || week.future, day.rule}, true
}

// weekdayAWeekOn reads "Thursday week" and "a week on Thursday" as the
// coming Thursday and seven days. A day the clause puts in the past
// stays as it is: "the lowest in a week on Monday" names no later day.
func (f *finder) weekdayAWeekOn(s string, c cand) (cand, bool) {
	wd, ok := bareWeekday(s, c)
	if !ok || !f.hasRef {
		return cand{}, false
	}
	start, end := c.start, c.end
	if loc := aWeekOn.FindStringIndex(s[max(0, c.start-16):c.start]); loc != nil {
		start = max(0, c.start-16) + loc[0]
	} else if loc := weekAfterWeekday.FindStringIndex(s[c.end:min(len(s), c.end+16)]); loc != nil && !possessiveAt(s, c.end+loc[1]) {
		end = c.end + loc[1]
	} else {
		return cand{}, false
	}
	coming := weekdayDate(f.ref, wd, future, false)
	if d, ok := startOf(c.value); !ok || !d.Equal(coming) {
		return cand{}, false
	}
	return cand{start, end, "DATE", dayValue(coming.AddDate(0, 0, 7)), true, c.rule}, true
}

// possessiveAt reports whether s has a possessive or plural ending at i:
// "Thursday week's" or "Thursday weeks".
func possessiveAt(s string, i int) bool {
	return i < len(s) && (s[i] == '\'' || s[i] == 's' || s[i] == 0xE2)
}

// weekOnAnchor returns the day a candidate joined by weekdayAWeekOn
// names, as an anchor for the anaphora after it.
func weekOnAnchor(c cand) (time.Time, string) {
	t, _ := startOf(c.value)
	return t, "day"
}
