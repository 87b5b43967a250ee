package events

import (
	"strings"

	"newsbot/extract/doc"
)

// calledOffSittings name the sittings of a timetable or a fixture list
// that are called off ahead of their day: "cancelled all Saturday
// sailings".
var calledOffSittings = map[string]bool{
	"sailing": true, "flight": true, "service": true, "train": true, "departure": true,
	"crossing": true, "fixture": true, "match": true, "game": true, "race": true,
	"show": true, "performance": true, "concert": true, "class": true, "lesson": true,
	"meeting": true, "session": true, "event": true, "trip": true,
}

// sittingQuantifiers may stand between the verb and the day: "cancelled
// all Saturday sailings".
var sittingQuantifiers = map[string]bool{
	"all": true, "its": true, "their": true, "the": true, "some": true, "most": true, "many": true, "several": true,
}

// sittingsCalledOff reports whether the day t qualifies the sittings a
// verb calls off ahead of their day: "cancelled all Saturday sailings
// from Port Ellan". lead holds the words before t in its segment. The
// row is the day the sittings would have been, planned.
func sittingsCalledOff(text string, lead []string, t doc.Span) bool {
	n := len(lead)
	if n > 0 && sittingQuantifiers[lead[n-1]] {
		n--
	}
	if n == 0 {
		return false
	}
	switch lead[n-1] {
	case "cancelled", "canceled", "scrapped", "axed", "suspended", "postponed":
	default:
		return false
	}
	w := nextWord(text[t.End:min(len(text), t.End+leadWindow)])
	return calledOffSittings[w] || calledOffSittings[strings.TrimSuffix(w, "s")] || calledOffSittings[strings.TrimSuffix(w, "es")]
}
