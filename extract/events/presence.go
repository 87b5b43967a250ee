package events

import (
	"strings"

	"newsbot/extract/doc"
)

// presenceWords tell where someone is, after a present "be": "is not here
// today", "are absent today".
var presenceWords = map[string]bool{"here": true, "there": true, "present": true, "absent": true, "away": true}

// presentBeing are the present forms of "be".
var presentBeing = map[string]bool{"is": true, "are": true, "am": true, "isn't": true, "aren't": true, "isn": true, "aren": true}

// presenceToday reports whether the clause sum, dated by the "today" at
// t, only tells whether someone is present, in the present tense, the
// word of place right before the day and nothing after it: "Marquardt is not here today.", "The minister
// is absent today." It is the writer's aside on the scene, no event.
func presenceToday(text string, sum, t doc.Span) bool {
	if !sum.Contains(t) || t.End > len(text) || !strings.EqualFold(text[t.Start:t.End], "today") ||
		strings.Trim(text[t.End:sum.End], " .!\"'”’") != "" {
		return false
	}
	lead := strings.TrimRight(text[sum.Start:t.Start], " ")
	if strings.ContainsFunc(lead[spaceNewlineMarks.lastIn(lead)+1:], notLetter) {
		return false // "is around 2380 today": a figure, no place
	}
	ws := lowerWords(lead)
	n := len(ws)
	if n < 3 || !presenceWords[ws[n-1]] {
		return false
	}
	i := n - 2
	if ws[i] == "not" || ws[i] == "t" {
		i-- // "is not", "isn't" split at its apostrophe
	}
	return i >= 1 && presentBeing[ws[i]]
}
