package events

import (
	"strings"

	"newsbot/extract/doc"
)

// keyMark opens the word that carries a planned report's key noun
// ("@runoff") among its words.
const keyMark = "@"

// timePrepositions introduce the time of a noun phrase: "a runoff on 3
// April".
var timePrepositions = map[string]bool{"on": true, "for": true, "in": true, "at": true, "by": true}

// isBeVerb reports whether w is a form of "be" that links a subject to
// the participle that schedules it.
func isBeVerb(w string) bool {
	switch w {
	case "is", "are", "was", "were", "been":
		return true
	}
	return false
}

// keyNoun returns the noun naming what a planned report dates, or "": the
// noun phrase the time follows ("will go to a runoff on 3 April") or the
// subject the date is given to ("The runoff is scheduled for April 3").
// The noun must follow a determiner or a possessive, so that a verb
// ("will vote on Friday") or a bare object ("will meet ministers on
// Friday") names nothing.
func keyNoun(text string, sum, t doc.Span) string {
	if !sum.Contains(t) {
		return ""
	}
	return keyNounOf(lowerWords(text[sum.Start:t.Start]))
}

// keyNounOf returns keyNoun's noun from ws, the words of the summary
// before the time (lowerWords); it only reads them.
func keyNounOf(ws []string) string {
	if n := len(ws); n > 0 && timePrepositions[ws[n-1]] {
		ws = ws[:n-1]
	}
	if n := len(ws); n >= 2 && nounAfterDeterminer(ws[n-2], ws[n-1]) {
		return ws[n-1]
	}
	if k := subjectKey(ws); k != "" {
		return k
	}
	for i := 2; i+1 < len(ws); i++ {
		if isBeVerb(ws[i]) && scheduling[ws[i+1]] && nounAfterDeterminer(ws[i-2], ws[i-1]) {
			return ws[i-1]
		}
	}
	return ""
}

// nounAfterDeterminer reports whether w, after the word before, reads as
// the head of a noun phrase: "a runoff", "the vote", "union's meeting"
// ("s" is what lowerWords leaves of a possessive).
func nounAfterDeterminer(before, w string) bool {
	return (determiners[before] || before == "s") && len(w) >= 3 && !stopWords[w] &&
		!scheduling[w] && !isBeVerb(w) && !strings.HasSuffix(w, "ly")
}
