package events

import (
	"newsbot/extract/doc"
)

// levelMovers are the words before "from" that measure a change from a
// starting level: "up from", "revised from".
var levelMovers = toSet(`up down higher lower rose risen fell fallen raised lowered revised cut increased reduced`)

// levelOwners open the noun phrase of a starting level: "from its
// December forecast", "from the January peak".
var levelOwners = toSet(`its their his her our the`)

// levelMeasuredFrom reports whether the time at t modifies the noun of
// the level a change is measured from, the words before it (ws, in
// lower case) ending in a mover, "from" and an owner: "expects 6% this
// year, up from its December forecast", "down from the bank's March
// estimate". The time dates the old level, not what the clause reports.
func levelMeasuredFrom(text string, t doc.Span, ws []string) bool {
	n := len(ws)
	switch {
	case n >= 3 && ws[n-1] == "s": // "the bank's"
		n -= 2
		if levelOwners[ws[n-1]] {
			n--
		}
	case n >= 1 && levelOwners[ws[n-1]]:
		n--
	default:
		return false
	}
	if n < 2 || ws[n-1] != "from" || !levelMovers[ws[n-2]] || t.End+1 >= len(text) {
		return false
	}
	if text[t.End] != ' ' || text[t.End+1] < 'a' || text[t.End+1] > 'z' {
		return false
	}
	next := lowerWords(text[t.End:min(len(text), t.End+16)])
	return len(next) > 0 && !levelNounStops[next[0]]
}

// levelNounStops after the time show it names no noun's level but ends
// its phrase: "down 4% from the previous Friday and 6% from".
var levelNounStops = toSet(`and or but nor to of in on at by with when while as than after before for from since until`)
