package timex

import "strings"

// dayWindow bounds how many bytes before or after a weekday the rules
// reading the words around it look at.
const dayWindow = 80

// clauseCuts are the marks that end the stretch of words read around a
// weekday.
const clauseCuts = ",;:()\"“”—"

// followWords returns the words after the match, within dayWindow bytes
// and up to the first mark of clauseCuts.
func followWords(m *match) []word {
	rest := m.s[m.idx[1]:]
	if len(rest) > dayWindow {
		rest = rest[:dayWindow]
		if i := strings.LastIndexByte(rest, ' '); i >= 0 {
			rest = rest[:i]
		}
	}
	if i := strings.IndexAny(rest, clauseCuts); i >= 0 {
		rest = rest[:i]
	}
	return words(rest)
}

// leadWords returns the words before the match, within dayWindow bytes
// and after the last mark of clauseCuts.
func leadWords(m *match) []word {
	lead := m.s[:m.idx[0]]
	if len(lead) > dayWindow {
		lead = lead[len(lead)-dayWindow:]
		if i := strings.IndexByte(lead, ' '); i >= 0 {
			lead = lead[i+1:]
		}
	}
	if i := strings.LastIndexAny(lead, clauseCuts); i >= 0 {
		lead = lead[i+1:]
	}
	return words(lead)
}

// maxSubjectNouns bounds how many words of a noun phrase may stand
// between a weekday and the verb the phrase is the subject of:
// "Saturday's walkout", "Thursday rail strike".
const maxSubjectNouns = 3

// subjectVerbAt returns the index in ws of the first word, within
// maxSubjectNouns+1 words, for which at reports a verb; the words before
// it must be plain lower-case words of the noun phrase.
func subjectVerbAt(ws []word, at func([]word, int) bool) bool {
	for k := 0; k < len(ws) && k <= maxSubjectNouns; k++ {
		if at(ws, k) {
			return true
		}
		if !isLetters(ws[k].text) || clauseJoiners[ws[k].text] {
			return false
		}
	}
	return false
}

// clauseJoiners are words that end a weekday's noun phrase without being
// the verb looked for: "Saturday and Sunday", "Friday that", "Wednesday's
// attempt should be called off" (a modal's wish, no call-off).
var clauseJoiners = map[string]bool{
	"and": true, "or": true, "but": true, "that": true, "which": true, "who": true,
	"was": true, "were": true, "had": true, "did": true, "said": true,
	"is": true, "are": true, "has": true, "have": true, "be": true, "been": true,
	"should": true, "would": true, "could": true, "might": true, "may": true, "must": true, "can": true,
}

// futureAt reports whether ws[k:] opens with a verb that puts its
// subject ahead: "will (still) go ahead", "is set to", "are due to",
// "goes ahead", "is going ahead".
func futureAt(ws []word, k int) bool {
	at := func(i int, w ...string) bool {
		return i < len(ws) && contains(w, ws[i].text)
	}
	switch {
	case at(k, "will", "won't", "shall", "'ll"):
		return true
	case at(k, "goes", "go") && at(k+1, "ahead"):
		return true
	case at(k, "is", "are"):
		j := k + 1
		if at(j, "still") {
			j++
		}
		return at(j, "set", "due", "scheduled") && at(j+1, "to") || at(j, "going") && at(j+1, "ahead")
	}
	return false
}

// subjectAhead reports whether a possessive weekday stands in the
// subject of a verb that looks ahead: "Saturday's walkout will still go
// ahead", "Friday's vote is set to pass". Its event is still to come.
func subjectAhead(m *match) bool {
	return m.has("poss") && subjectVerbAt(followWords(m), futureAt)
}

// calledOffAt reports whether ws[k:] opens with a participle calling its
// subject off, bare as in a headline or after "is" or "has been":
// "called off", "is cancelled", "has been postponed".
func calledOffAt(ws []word, k int) bool {
	if k < len(ws) && (ws[k].text == "is" || ws[k].text == "are") {
		k++
	} else if k+1 < len(ws) && (ws[k].text == "has" || ws[k].text == "have") && ws[k+1].text == "been" {
		k += 2
	}
	if k >= len(ws) {
		return false
	}
	if ws[k].text == "called" {
		return k+1 < len(ws) && ws[k+1].text == "off"
	}
	return ws[k].text != "off" && callsOff(ws[k].text)
}

// calledOffAfter reports whether a weekday stands in the subject of a
// participle calling the day's event off in the present: "Thursday rail
// strike called off", "Sunday's match is postponed". What is called off
// had not happened when it was, so the day is the nearest of its name.
func calledOffAfter(m *match) bool {
	return subjectVerbAt(followWords(m), calledOffAt)
}

// sessionNouns name the sittings of a timetable or a fixture list that
// are called off ahead of their day: "cancelled all Saturday sailings".
var sessionNouns = map[string]bool{
	"sailing": true, "flight": true, "service": true, "train": true, "departure": true,
	"crossing": true, "fixture": true, "match": true, "game": true, "race": true,
	"show": true, "performance": true, "concert": true, "class": true, "lesson": true,
	"meeting": true, "session": true, "event": true, "trip": true,
}

// sessionNoun reports whether w is a noun of sessionNouns or its plural.
func sessionNoun(w string) bool {
	return sessionNouns[w] || sessionNouns[strings.TrimSuffix(w, "s")] || sessionNouns[strings.TrimSuffix(w, "es")]
}

// quantifiers may stand between a verb and the weekday before its noun:
// "cancelled all Saturday sailings".
var quantifiers = map[string]bool{
	"all": true, "its": true, "their": true, "the": true, "some": true, "most": true,
	"many": true, "several": true, "his": true, "her": true, "our": true, "two": true, "three": true,
}

// cancelledSessions reports whether a bare weekday qualifies the
// sittings a verb calls off: "cancelled all Saturday sailings",
// "postponed Sunday fixtures". Sailings are called off ahead of their
// day, so the day is the nearest of its name.
func cancelledSessions(m *match) bool {
	if m.has("poss") || m.has("pl") {
		return false
	}
	after := followWords(m)
	if len(after) == 0 || !sessionNoun(after[0].text) {
		return false
	}
	ws := leadWords(m)
	k := len(ws) - 1
	if k >= 0 && quantifiers[ws[k].text] {
		k--
	}
	return k >= 0 && ws[k].text != "off" && callsOff(ws[k].text)
}

// plannedAdjectives put the noun they qualify ahead: "a planned strike".
var plannedAdjectives = map[string]bool{
	"planned": true, "scheduled": true, "proposed": true, "threatened": true, "upcoming": true,
}

// plannedOn reports whether the match closes "a planned X on": "coincides
// with a planned rail strike on Saturday". The noun phrase must open
// with an article or a possessive and be at most maxSubjectNouns words
// after its adjective.
func plannedOn(m *match) bool {
	ws := leadWords(m)
	n := len(ws)
	if n < 3 || ws[n-1].text != "on" {
		return false
	}
	for k := n - 2; k >= 1 && n-2-k <= maxSubjectNouns; k-- {
		if plannedAdjectives[ws[k].text] {
			return k < n-2 && (contains(determiners, ws[k-1].text))
		}
		if !isLetters(ws[k].text) {
			return false
		}
	}
	return false
}

// determiners open the noun phrase of plannedOn.
var determiners = []string{"a", "an", "the", "its", "their", "his", "her", "our", "this"}
