package timex

import (
	"strings"
	"time"
)

// A clock time given in two zones, "at 15:42 local time (0142 GMT
// Sunday)", names one moment: the weekday of the conversion is at most a
// day from the local day, whatever the tense around it, and the local
// clock time keeps its own day, not the conversion's.

// zoneConversionOpen matches the text before a weekday that opens a
// conversion of a clock time into another zone: a clock time, the
// bracket, a clock time and its zone ("15:42 local time (0142 GMT ",
// "10 p.m. on Friday (0300 GMT on ").
var zoneConversionOpen = expand(`(?i)(?:\d[:.]?[0-5]\d|[ap]\.?\s?m\.?)\s*(?:(?:hrs|hours)\s*)?(?:{TZ})?(?:,?\s+(?:on\s+)?{WDF})?\s*\(\s*(?:[01]?\d|2[0-3])[:.h]?[0-5]\d\s*(?:[ap]\.?\s?m\.?\s*)?(?:{TZ})\s*,?\s*(?:on\s+)?$`)

// joinZoneConversions resolves each weekday inside a zone conversion to
// the day of that weekday nearest the local day, and gives a bare clock
// time right before the bracket the local day.
func joinZoneConversions(f *finder, s string, cs []cand) []cand {
	for i, c := range cs {
		if !conversionWeekday(s, c) {
			continue
		}
		local, ok := f.localDay(s, cs, i)
		if !ok {
			continue
		}
		if d, ok := weekdayNear(local, weekdays[strings.ToLower(s[c.start:c.end])]); ok {
			cs[i].value = dayValue(d)
			cs[i].future = false
		}
		if j := clockBefore(s, cs, i); j >= 0 {
			cs[j].value = dayValue(local) + cs[j].value
		}
	}
	return cs
}

// conversionWeekday reports whether c is a bare weekday, dated to the
// day, that stands in a zone conversion.
func conversionWeekday(s string, c cand) bool {
	if c.typ != "DATE" || len(c.value) != len("2006-01-02") {
		return false
	}
	if _, ok := weekdays[strings.ToLower(s[c.start:c.end])]; !ok {
		return false
	}
	return inZoneConversion(s, c.start)
}

// inZoneConversion reports whether the expression at s[i:] is the day of
// a zone conversion: the narrative stays on the local day, which later
// bare clock times continue ("at 16:51 local time").
func inZoneConversion(s string, i int) bool {
	w := s[max(0, i-80):i]
	return digitAfterLastBracket(w) && zoneConversionOpen.MatchString(w)
}

// digitAfterLastBracket reports whether w has a bracket and the last one
// is followed by a digit, perhaps after white space (\s): so is every
// match of zoneConversionOpen, whose bracket opens the last stretch, of
// clock times, zones and "on", which holds no other. Most times stand
// after no bracket, or after one of another kind ("(Reuters)").
func digitAfterLastBracket(w string) bool {
	j := strings.LastIndexByte(w, '(')
	if j < 0 {
		return false
	}
	rest := strings.TrimLeft(w[j+1:], " \t\n\f\r")
	return rest != "" && '0' <= rest[0] && rest[0] <= '9'
}

// clockBefore returns the index of the bare clock time ("T15:42") that
// ends right before the bracket of the conversion holding cs[i], or -1.
func clockBefore(s string, cs []cand, i int) int {
	open := strings.LastIndexByte(s[:cs[i].start], '(')
	for j := i - 1; j >= 0; j-- {
		c := cs[j]
		if c.end > open {
			continue // the clock time inside the bracket
		}
		if c.typ == "TIME" && strings.HasPrefix(c.value, "T") && strings.TrimSpace(s[c.end:open]) == "" {
			return j
		}
		return -1
	}
	return -1
}

// localDay returns the day the clock time before the conversion at
// cs[i] belongs to: the first other day the sentence names, else the day
// the text last named, else the publication day.
func (f *finder) localDay(s string, cs []cand, i int) (time.Time, bool) {
	for j, c := range cs {
		if j == i || conversionWeekday(s, c) || precisionOf(c.value) != "day" {
			continue
		}
		if t, ok := startOf(c.value[:len("2006-01-02")]); ok {
			return t, true
		}
	}
	if f.anchorPrec == "day" {
		if j := clockBefore(s, cs, i); j >= 0 {
			return anchorDayOf(f, s, cs[j]), true
		}
		return f.anchor, true
	}
	return f.ref, f.hasRef
}

// weekdayNear returns the day of weekday wd that is local or a day either
// side of it, the later first.
func weekdayNear(local time.Time, wd int) (time.Time, bool) {
	for _, n := range []int{0, 1, -1} {
		if d := local.AddDate(0, 0, n); int(d.Weekday()) == wd {
			return d, true
		}
	}
	return time.Time{}, false
}
