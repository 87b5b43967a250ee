package quotes

import "strings"

// tellVerbs are the verbs whose object is who heard the words: "she told
// reporters", "telling the BBC".
var tellVerbs = wordSet(`told tell tells telling`)

// hearer reports whether an event's subject is the object of a verb of
// telling ("she told reporters at a briefing"): someone told, not a
// speaker. A named hearer ("told Reuters") is no speaker either.
func (a *analysis) hearer(e *event) bool {
	before := strings.TrimRight(a.text[:min(e.span.Start, len(a.text))], " ")
	if i := strings.LastIndexAny(before, " \t\r\n"); i >= 0 {
		before = before[i+1:]
	}
	return tellVerbs[strings.ToLower(before)]
}
