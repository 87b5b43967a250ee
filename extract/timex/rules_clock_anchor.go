package timex

import "regexp"

// namedDayAfter matches a day a clock time gives by pointing back to an
// occasion the text named before: "from 8am on the day", "at noon on the
// same day".
var namedDayAfter = regexp.MustCompile(`(?i)^,?\s+on\s+the\s+(?:same\s+|very\s+)?day\b`)

// maxOccasionSents bounds how many sentences back the day of an
// occasion that "on the day" points to may have been named.
const maxOccasionSents = 5

// occasionDay returns the value of the day a clock time followed by "on
// the day" falls on: the day the text last named, when it did so within
// maxOccasionSents sentences, else an unknown day. "The funeral is on
// Thursday. … The road will be closed from 8am on the day" is Thursday's
// 8am, never the publication day's.
func occasionDay(f *finder, s string, c cand) (string, bool) {
	if !namedDayAfter.MatchString(s[c.end:min(len(s), c.end+40)]) {
		return "", false
	}
	if f.anchorPrec == "day" && f.sentIdx-f.anchorSent <= maxOccasionSents {
		return dayValue(f.anchor), true
	}
	return "XXXX-XX-XX", true
}

// maxClockAnchorSents bounds how many sentences back the day a bare
// clock time in the past perfect continues may have been named. Past
// that, the text has moved on ("The treaty was signed on 18 November. …
// The minister told reporters the formula had been agreed at 3 a.m."),
// and the clock time is read as the publication day's.
const maxClockAnchorSents = 2

// staleAnchor reports whether the clock time c of the sentence s is in
// a clause in the past perfect ("had been agreed at 3 a.m.") and the day
// the text last named lies more than maxClockAnchorSents sentences back.
// A clause ahead ("The session will run from 6pm") still continues a day
// named further back, which is often the occasion it tells of.
func staleAnchor(f *finder, s string, c cand) bool {
	if f.sentIdx-f.anchorSent <= maxClockAnchorSents {
		return false
	}
	ws := words(s[max(0, c.start-60):c.start])
	for k := max(0, len(ws)-6); k < len(ws); k++ {
		if ws[k].text == "had" {
			return true
		}
	}
	return false
}
