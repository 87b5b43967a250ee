package timex

import (
	"fmt"
	"strings"
	"time"
)

// weekdayOrdinalRules read a weekday with the day of the month after it:
// "on Friday the 27th" is the day 27 nearest publication that falls on a
// Friday, not the Friday of the week of publication.
var weekdayOrdinalRules = []rule{
	{expand(`\b(?P<wd>{WDF}),?\s+the\s+(?P<day>[0-3]?\d)(?P<suf>st|nd|rd|th)\b`), weekdayOrdinal, trig("#")},
}

// weekdayOrdinalMonths is how many months either side of publication a
// weekday with its day of the month is looked for.
const weekdayOrdinalMonths = 14

// weekdayOrdinal reads "Friday the 27th" as the last day 27 on a Friday up
// to publication in a past clause, the next one from publication in a
// future clause, and the nearer of the two otherwise. A hyphen after it
// ("the 3rd-round tie") or no such day within a year or so leaves it.
func weekdayOrdinal(f *finder, m *match) (result, bool) {
	d := atoi(m.get("day"))
	wd, ok := weekdays[m.lower("wd")]
	if d < 1 || d > 31 || !ok || m.lower("suf") != ordinalSuffix(d) || strings.HasPrefix(m.s[m.idx[1]:], "-") {
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "DATE", value: fmt.Sprintf("XXXX-XX-%02d", d)}, true
	}
	ref := midnight(f.ref)
	back, fwd := weekdayOrdinalSearch(ref, d, wd, -1), weekdayOrdinalSearch(ref, d, wd, 1)
	var day time.Time
	switch t := m.clauseTense(); {
	case t == past:
		day = back
	case t == future:
		day = fwd
	case back.IsZero():
		day = fwd
	case fwd.IsZero() || ref.Sub(back) <= fwd.Sub(ref):
		day = back
	default:
		day = fwd
	}
	if day.IsZero() {
		return result{}, false
	}
	return result{typ: "DATE", value: dayValue(day)}, true
}

// weekdayOrdinalSearch returns the first day d of a month, going from the
// month of ref back (step -1) or forward (step 1), that falls on weekday
// wd and is not after ref going back nor before it going forward; the
// zero time when none does within weekdayOrdinalMonths.
func weekdayOrdinalSearch(ref time.Time, d, wd, step int) time.Time {
	y, mo, _ := ref.Date()
	for i := 0; i <= weekdayOrdinalMonths; i++ {
		day := time.Date(y, mo+time.Month(i*step), d, 0, 0, 0, 0, time.UTC)
		if day.Day() != d || int(day.Weekday()) != wd {
			continue
		}
		if step < 0 && !day.After(ref) || step > 0 && !day.Before(ref) {
			return day
		}
	}
	return time.Time{}
}
