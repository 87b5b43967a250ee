package events

import (
	"strings"

	"newsbot/extract/doc"
)

// aheadOfOnly reports whether the time at t is a possessive weekday
// after "ahead of": "Speaking ahead of Saturday's trip, the manager
// confirmed …", "shares were flat ahead of Friday's jobs report". The
// occasion's day dates what is done before it only as a bound, not the
// act the sentence reports.
func aheadOfOnly(low *lowText, sent, t doc.Span) bool {
	ws := conditionLead(low, sent, t, 2)
	n := len(ws)
	if n < 2 || ws[n-1] != "of" || ws[n-2] != "ahead" {
		return false
	}
	day := strings.ToLower(low.text[t.Start:t.End])
	for _, s := range []string{"'s", "’s"} {
		if name, ok := strings.CutSuffix(day, s); ok {
			return weekdayNames[name]
		}
	}
	return false
}

// maxOfSubjectWords bounds the words of the head noun phrase before the
// "of" that a possessive time follows in a subject: "The minutes of".
const maxOfSubjectWords = 3

// ofSubjectPossessive reports whether the expression at t is a
// possessive in an "of" phrase that opens the subject of a clause
// announcing what is to happen: in "Minutes of Thursday's meeting will
// be published in two weeks" Thursday is the meeting's day, and the
// publishing is yet to come.
func ofSubjectPossessive(text string, sum, t doc.Span) bool {
	if !sum.Contains(t) || !possessive(text, t) {
		return false
	}
	ws := lowerWords(text[sum.Start:t.Start])
	n := len(ws)
	if n < 2 || n > maxOfSubjectWords+1 || ws[n-1] != "of" || strings.TrimSpace(text[sum.Start:t.Start])[0] == '"' {
		return false
	}
	for _, w := range ws[:n-1] {
		if stopWords[w] && !determiners[w] || reportingVerbs[w] || strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return announces(text[t.End:sum.End])
}

// planNouns name a plan whose content "is that …" or "is to …" gives:
// "The plan is that he flies in over the weekend".
var planNouns = map[string]bool{"plan": true, "idea": true, "intention": true, "aim": true}

// planComplementAt reports whether ws[i] is the "is" of "the plan is
// that", "the idea is to": what follows is planned.
func planComplementAt(ws []string, i int) bool {
	if ws[i] != "is" || i == 0 || i+1 >= len(ws) || !planNouns[ws[i-1]] {
		return false
	}
	return ws[i+1] == "that" || ws[i+1] == "to" || ws[i+1] == "for"
}
