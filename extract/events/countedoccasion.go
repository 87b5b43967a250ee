package events

import "strings"

// maxOccasionWords is the most words of a day named as an occasion after
// "after" or "before": "polling day", "the budget day".
const maxOccasionWords = 3

// countedFromOccasionDay reports whether the text after a stretch (rest,
// from its end to the end of the sentence) counts from a day named as an
// occasion, up to a comma or the end: "on Monday, four days after
// polling day, but …". The occasion is a day, not something done that
// the count could date; the stretch is an aside to the day before it.
func countedFromOccasionDay(rest string) bool {
	l := strings.ToLower(strings.TrimSpace(rest))
	for _, w := range []string{"after ", "before "} {
		if p, ok := strings.CutPrefix(l, w); ok {
			if i := stopCommaSemicolonColonParensMarks.firstIn(p); i >= 0 {
				p = p[:i]
			}
			ws := strings.Fields(p)
			return len(ws) >= 2 && len(ws) <= maxOccasionWords && ws[len(ws)-1] == "day"
		}
	}
	return false
}
