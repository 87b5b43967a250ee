package events

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// seasonNames are the seasons a bare "the winter" names.
var seasonNames = map[string]bool{"winter": true, "spring": true, "summer": true, "autumn": true, "fall": true}

// habitualSeason reports whether a bare season ("the winter") lies in a
// relative clause whose verb is in the present simple, which tells what
// someone does every year: in "Savchenko, who trains in Chisinau and in
// Iten, Kenya, for part of the winter, had been one of the favourites"
// the winter is no winter in particular. A schedule verb in the present
// ("who travels to Paris in the spring") may tell a plan and is left alone.
func habitualSeason(low *lowText, sent doc.Span, t timex.Expr) bool {
	ws := low.exprWords(t)
	if len(ws) != 2 || ws[0] != "the" || !seasonNames[ws[1]] {
		return false
	}
	before := low.wordsOf(sent.Start, t.Start)
	for i := len(before) - 2; i >= 0; i-- {
		w, v := before[i], before[i+1]
		if w == "who" || w == "which" {
			return len(v) > 3 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !auxiliaries[v] && !timex.IsScheduleVerb(v) && v != "says"
		}
		if auxiliaries[v] || strings.HasSuffix(v, "ed") || attributionVerbs[v] {
			return false
		}
	}
	return false
}
