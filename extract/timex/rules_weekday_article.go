package timex

import (
	"regexp"
	"strings"
	"time"
)

// Weekdays after an article. "A Sunday late last month" is some Sunday
// the text does not fix, and "on the Monday morning" the Monday of a
// story the text tells, not the last Monday before publication. Used as
// a modifier ("a Sunday night vigil", "the Tuesday deadline") the
// weekday is the usual one.

// articleWeekday reports whether the weekday of m follows "a", "an" or
// "the" and stands as a day of its own rather than modifying the noun
// after it; when it does, day is the date it names and ok whether it
// names one: the first such weekday after a day named in its sentence or
// the one before, for "the"; none for "a" or "an" followed by the period
// it falls in ("a Sunday late last month", "a Friday in March").
func articleWeekday(f *finder, m *match, wd int) (day time.Time, ok, applies bool) {
	det := m.prevWord()
	if det != "a" && det != "an" && det != "the" || m.lower("rel") != "" || m.has("poss") || !weekdayStandsAlone(m) {
		return time.Time{}, false, false
	}
	if det != "the" {
		// Only a period after it shows "a Sunday" to be one the text
		// leaves open; "sales on a Friday afternoon" may be the last one.
		return time.Time{}, false, periodFollows(m.s[m.idx[1]:])
	}
	if !f.hasRef {
		return time.Time{}, false, true
	}
	if w, ok := firstWord(m.s[m.idx[1]:]); ok && strings.TrimSpace(m.s[m.idx[1]:m.idx[1]+w.start]) == "" && (w.text == "before" || w.text == "after" || w.text == "of") {
		// "the Monday after the vote" counts from an event, which
		// the reader of the events sets aside.
		return time.Time{}, false, false
	}
	a, prec := f.anchorBefore(m.idx[0])
	if a.IsZero() || prec != "day" || !f.anchorNear(m) {
		return time.Time{}, false, true
	}
	d := weekdayDate(a, wd, future, true)
	if d.After(midnight(f.ref)) && m.clauseTense() == past {
		return time.Time{}, false, true
	}
	return d, true, true
}

// weekdayStandsAlone reports whether the weekday of m (with its part of
// the day) is followed by punctuation, the end of the sentence or a word
// that does not make it the modifier of a noun: "on a Sunday late last
// month", "on the Monday, …", but not "a Sunday night memorial service".
func weekdayStandsAlone(m *match) bool {
	rest := m.s[m.idx[1]:]
	w, ok := firstWord(rest)
	if !ok || strings.TrimSpace(rest[:w.start]) != "" {
		return true
	}
	return weekdayFollowers[w.text]
}

// weekdayFollowers are words after which a weekday before them is no
// noun's modifier.
var weekdayFollowers = map[string]bool{
	"in": true, "of": true, "late": true, "early": true, "last": true, "this": true,
	"before": true, "after": true, "at": true, "when": true,
	"but": true, "as": true, "that": true, "which": true, "to": true, "i": true,
	"he": true, "she": true, "we": true, "they": true, "it": true, "you": true,
	"was": true, "were": true, "during": true, "earlier": true, "following": true,
}

// periodAfter matches the period a weekday after "a" falls in: "late
// last month", "in March", "earlier this year", "of last week".
var periodAfter = regexp.MustCompile(`^,?\s+(?:(?:late|early|earlier|later)\s+)?(?:(?:in|during|of)\s+)?(?:(?:late|early|mid)[\s-]+)?(?:(?:last|this|next|that)\s+(?:week|month|year|spring|summer|autumn|winter)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4}\b)`)

// periodFollows reports whether rest, the text after a weekday, opens
// with the period the day falls in.
func periodFollows(rest string) bool {
	return periodAfter.MatchString(rest)
}
