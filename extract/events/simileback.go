package events

import (
	"strings"

	"newsbot/extract/doc"
)

// maxSimileReach is the most words between the likeness word and the
// "back" of the time it sets out: "like going back to".
const maxSimileReach = 3

// simileBack reports whether the expression at t ends a likeness to an
// earlier time, "back to" or "back in" after "like", "as if" or "as
// though" close before: "described the ward as like going back to
// 1995", "it felt as if we were back in 1970". A figure of speech dates
// nothing.
func simileBack(text string, sent, t doc.Span) bool {
	lead := leadUp(text, sent, t)
	if !strings.Contains(lead, "back") {
		return false // a cheap test before the words are split
	}
	ws := lowerWords(lead)
	n := len(ws)
	if n < 3 || ws[n-2] != "back" || ws[n-1] != "to" && ws[n-1] != "in" {
		return false
	}
	near := ws[max(0, n-3-maxSimileReach) : n-2]
	for i, w := range near {
		if w == "like" || w == "as" && i+1 < len(near) && (near[i+1] == "if" || near[i+1] == "though") {
			return true
		}
	}
	return false
}
