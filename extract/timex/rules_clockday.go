package timex

import "strings"

// standingNouns are what a clock time before them sets as a standing
// hour rather than the time of an event: "the 10pm deadline", "a
// midnight curfew", "the 6am cut-off".
var standingNouns = map[string]bool{
	"deadline": true, "curfew": true, "cut-off": true, "cutoff": true,
	"watershed": true, "limit": true,
}

// standingClock reports whether the clock time c modifies a noun of
// standingNouns after an article or possessive: "ballots that arrived
// after the 10pm deadline" name the hour polls close, on no day the text
// last told of.
func standingClock(s string, c cand) bool {
	lead := strings.ToLower(strings.TrimRight(s[:c.start], " "))
	ok := false
	for _, d := range []string{" the", " a", " its", " their"} {
		if strings.HasSuffix(" "+lead, d) {
			ok = true
		}
	}
	if !ok {
		return false
	}
	rest := strings.ToLower(strings.TrimLeft(s[c.end:], " "))
	i := strings.IndexFunc(rest, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') })
	if i >= 0 {
		rest = rest[:i]
	}
	return standingNouns[rest]
}

// aheadClock reports whether a clock time with no day in its sentence
// belongs to an occasion the text has placed ahead of publication: "The
// hearing will be next Thursday. … The session will begin at 10am" is
// the hearing's 10am, not the publication day's nor that of a day told
// of since. Such a clock time is left without a day when the day last
// named is not ahead.
func aheadClock(f *finder, s string, c cand) bool {
	if !f.hasRef || !f.aheadNamed || f.anchorPrec == "day" && f.anchor.After(f.ref) {
		return false
	}
	return f.clauseTense(s, c.start, c.end) == future
}
