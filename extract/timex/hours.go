package timex

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Opening hours name no day: "the helpline, open from 8am to 8pm, Monday
// to Saturday" and "call us Monday to Friday, 9am-5pm" say when a service
// runs every week, not that something happens on this Monday or at 8am
// today. Their days and times are read as sets (TimeML SET, "XXXX-WXX-1",
// "XXXX-XX-XXT08:00"), which date nothing.

const (
	// hoursDay is a weekday's name, whole or short.
	hoursDay = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?`
	// hoursDayRange is a range of weekdays: "Monday to Saturday", "Mon-Fri".
	hoursDayRange = hoursDay + `\s*(?:to|through|thru|until|till|-|–|—)\s*` + hoursDay
	// hoursClock is a time of day with am/pm or minutes: "8am", "17:00".
	hoursClock = `\d{1,2}(?:(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|:\d{2})`
	// hoursClockRange is a range of times of day: "8am to 8pm", "9am-5pm".
	hoursClockRange = `(?:from\s+|between\s+)?` + hoursClock + `\s*(?:to|until|till|and|-|–|—)\s*` + hoursClock
	// hoursGap is what may stand between a day range and a clock range.
	hoursGap = `\s*,?\s*(?:on\s+|from\s+)?`
)

// openingHours matches opening hours in a lower-cased sentence: a range
// of weekdays beside a range of times of day, in either order, or a range
// of weekdays after "open" ("lines are open Monday to Friday"). A single
// day ("from 8am to 8pm on Monday") or a range of days alone ("the strike
// runs from Monday to Saturday") dates an event and is left alone.
var openingHours = regexp.MustCompile(`\b(?:` + hoursDayRange + hoursGap + hoursClockRange +
	`|` + hoursClockRange + hoursGap + hoursDayRange +
	`|(?:open|opens|staffed)\s+(?:from\s+)?` + hoursDayRange + `(?:` + hoursGap + hoursClockRange + `)?)\b`)

// markOpeningHours rewrites the candidates of sentence s (low is s in
// lower case) that fall inside opening hours as sets.
func markOpeningHours(s, low string, cs []cand) []cand {
	// The cue is looked for first: strings.Contains and the digits
	// nextDigit skips to pass over most of a sentence in bulk, where
	// hasHoursDay reads it byte by byte.
	if len(cs) < 2 || !hasHoursCue(low) || !hasHoursDay(low) {
		return cs
	}
	for _, m := range openingHours.FindAllStringIndex(low, -1) {
		for i := range cs {
			if cs[i].start >= m[0] && cs[i].end <= m[1] && (cs[i].typ == "DATE" || cs[i].typ == "TIME") {
				if v, ok := recurring(cs[i].value); ok {
					cs[i].typ, cs[i].value, cs[i].future = "SET", v, false
				}
			}
		}
	}
	return cs
}

// hasHoursDay reports whether low holds the starts of two weekdays'
// names, as every match of openingHours does (a range of days), a cheap
// test before the pattern.
func hasHoursDay(low string) bool {
	n := 0
	for i := 0; i+3 <= len(low); i++ {
		if !dayStemFirst[low[i]] {
			continue // most bytes begin no day's name
		}
		if dayStem(low[i : i+3]) {
			if n++; n == 2 {
				return true
			}
			i += 2
		}
	}
	return false
}

// hasHoursCue reports whether low holds what every match of
// openingHours holds besides its days: a time of day (hoursClock) or
// "open" or "staffed". Days named two in a sentence are common ("Monday
// ... a month ..."), opening hours rare.
func hasHoursCue(low string) bool {
	return strings.Contains(low, "open") || strings.Contains(low, "staffed") || hasHoursClock(low)
}

// hasHoursClock reports whether low holds a digit followed by what
// hoursClock reads after its digits: minutes (":15"), or am or pm after
// optional minutes and spaces ("8am", "9.30 p.m.").
func hasHoursClock(low string) bool {
	for i := nextDigit(low, 0); i < len(low); i = nextDigit(low, i+1) {
		j := i + 1
		if j+2 < len(low) && (low[j] == ':' || low[j] == '.') && isDigitByte(low[j+1]) && isDigitByte(low[j+2]) {
			if low[j] == ':' {
				return true
			}
			j += 3
		}
		for j < len(low) && (low[j] == ' ' || low[j] == '\t' || low[j] == '\n' || low[j] == '\f' || low[j] == '\r') {
			j++
		}
		rest := low[j:]
		if strings.HasPrefix(rest, "am") || strings.HasPrefix(rest, "pm") || strings.HasPrefix(rest, "a.m.") || strings.HasPrefix(rest, "p.m.") {
			return true
		}
	}
	return false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// dayStem reports whether w, three lower-case bytes, begins a weekday's
// name, whole or short.
func dayStem(w string) bool {
	switch w {
	case "mon", "tue", "wed", "thu", "fri", "sat", "sun":
		return true
	}
	return false
}

// dayStemFirst marks the first letters of the stems dayStem knows.
var dayStemFirst = func() (t [256]bool) {
	for _, w := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		if !dayStem(w) {
			panic("timex: " + w + " is no day stem")
		}
		t[w[0]] = true
	}
	return t
}()

// recurring returns the set value of a day or a time of day that opening
// hours name: the weekday of a day ("2026-03-14" is "XXXX-WXX-6") and the
// clock of a time ("2026-03-09T08:00" is "XXXX-XX-XXT08:00").
func recurring(v string) (string, bool) {
	if len(v) < 10 {
		return "", false
	}
	d, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return "", false
	}
	if len(v) > 10 && v[10] == 'T' {
		return "XXXX-XX-XX" + v[10:], true
	}
	if len(v) > 10 {
		return "", false
	}
	return fmt.Sprintf("XXXX-WXX-%d", (int(d.Weekday())+6)%7+1), true
}
