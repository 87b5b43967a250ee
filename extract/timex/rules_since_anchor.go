package timex

import "strings"

// sinceBefore reports whether low, the lower-cased text before an
// expression, ends with "since": "more rain has fallen since Thursday"
// counts a stretch up to now, so a bare clock time after it ("be gone by
// 6pm") is not a time of that day.
func sinceBefore(low string) bool {
	return strings.HasSuffix(strings.TrimRight(low, " "), " since") || strings.TrimRight(low, " ") == "since"
}

// conditionAhead reports whether a possessive weekday is the object of
// "subject to": "completion is expected by June, subject to Saturday's
// vote". What a plan waits on is still to come.
func conditionAhead(m *match) bool {
	ws := leadWords(m)
	n := len(ws)
	return m.has("poss") && n >= 2 && ws[n-1].text == "to" && ws[n-2].text == "subject"
}
