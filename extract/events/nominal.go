package events

import (
	"strings"

	"newsbot/extract/doc"
)

// eventNouns name happenings a time after them may date on their own:
// "an attack on its online ordering system last month".
var eventNouns = map[string]bool{
	"attack": true, "breach": true, "raid": true, "strike": true, "crash": true, "fire": true,
	"flood": true, "explosion": true, "blast": true, "arrest": true, "death": true, "killing": true,
	"shooting": true, "protest": true, "merger": true, "takeover": true, "visit": true,
	"meeting": true, "summit": true, "vote": true, "election": true, "hack": true, "cyberattack": true,
	"outage": true, "collapse": true, "storm": true, "earthquake": true, "resignation": true,
	"launch": true, "ruling": true, "verdict": true, "trial": true, "hearing": true, "deal": true,
}

// nounLinks join an event noun to the phrase after it: "an attack on
// its website", "the resignation of the minister".
var nounLinks = map[string]bool{"on": true, "of": true, "in": true, "at": true, "against": true, "by": true}

// nominalEvent reports whether the expression at t dates a happening the
// clause names with a noun rather than its verb: a determiner, an event
// noun and the phrases after it, then the time ("hackers had accessed
// the details in an attack on its online ordering system last month").
// No verb, comma or clause opener stands between the noun and the time,
// and a possessive time ("Sunday's floods") names a thing, not a date.
func nominalEvent(text string, sum, t doc.Span) bool {
	if !sum.Contains(t) || possessive(text, t) {
		return false
	}
	before := text[sum.Start:t.Start]
	if i := strings.LastIndexAny(before, ",;:—–\"“”"); i >= 0 {
		before = before[i+1:]
	}
	ws := lowerWords(before)
	const reach = 8 // words from the noun to the time
	for i := len(ws) - 1; i >= 1 && i >= len(ws)-reach; i-- {
		w := ws[i]
		if eventNouns[w] || eventNouns[strings.TrimSuffix(w, "s")] {
			// The noun heads its phrase: "the attack on", not "the
			// death toll".
			return determiners[ws[i-1]] && (i == len(ws)-1 || nounLinks[ws[i+1]])
		}
		if auxiliaries[w] || forecastBreaks[w] || strings.HasSuffix(w, "ed") || w == "and" || w == "to" {
			return false
		}
	}
	return false
}
