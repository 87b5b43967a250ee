package timex

import "strings"

// dayOpensClause reports whether a bare weekday is the whole subject of
// a copula in the present that opens its clause: "Friday is the last
// day to register", "Monday is a public holiday". A day said to be
// something in the present is still to come; a possessive ("Tuesday's
// vote is a blow") names a known event and is left alone.
func dayOpensClause(m *match) bool {
	if m.has("poss") || m.has("pl") || m.lower("rel") != "" || m.lower("part") != "" {
		return false
	}
	if lead := leadWords(m); len(lead) > 1 || len(lead) == 1 && lead[0].text != "and" && lead[0].text != "but" {
		return false
	}
	after := followWords(m)
	return len(after) > 1 && (after[0].text == "is" || after[0].text == "are") && after[1].text != "over" && after[1].text != "gone"
}

// stretchAheadWords, before a stretch's "through" or "until", give it as
// a forecast or an extension, which run on to a day still to come:
// "gusts were possible through Friday", "extended the warning until
// 6 p.m. Sunday".
var stretchAheadWords = map[string]bool{
	"possible": true, "likely": true, "expected": true, "forecast": true, "predicted": true,
	"extend": true, "extends": true, "extended": true, "extending": true,
}

// maxStretchWords bounds how many words before "through" or "until" are
// read for a word of stretchAheadWords.
const maxStretchWords = 12

// stretchAhead reports whether the match ends a stretch ("through
// Friday", "until 8 p.m. Monday") that the words before it give as a
// forecast or an extension: the day it runs to is still to come.
func stretchAhead(m *match) bool {
	ws := leadWords(m)
	k := len(ws) - 1
	for k >= 0 && (clockWords[ws[k].text] || isNumber(ws[k].text) || clockFigure(ws[k].text)) {
		k--
	}
	if k < 1 || !boundWordsAhead[ws[k].text] {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= maxStretchWords; j-- {
		if stretchAheadWords[ws[j].text] {
			return true
		}
	}
	return false
}

// boundWordsAhead open the end of a stretch.
var boundWordsAhead = map[string]bool{"through": true, "thru": true, "until": true, "till": true}

// frontedModal reports whether a weekday fronted at the opening of its
// sentence or quotation ("On Tuesday, in the time trial, he can take two
// minutes") heads a main clause whose first finite verb is a modal of
// what is still possible or to come.
func frontedModal(m *match) bool {
	lead := strings.TrimRight(m.s[:m.idx[0]], " ")
	lead = strings.TrimSuffix(strings.TrimSuffix(lead, "On"), "on")
	if i := strings.LastIndexAny(lead, ".!?\"“"); i >= 0 {
		lead = lead[i+1:]
	}
	if strings.TrimSpace(lead) != "" || !strings.HasPrefix(m.s[m.idx[1]:], ",") {
		return false
	}
	rest := m.s[m.idx[1]:]
	if i := strings.IndexAny(rest, ".!?\"”;"); i >= 0 {
		rest = rest[:i]
	}
	for _, w := range words(rest) {
		switch {
		case w.text == "can" || w.text == "will" || w.text == "shall" || strings.HasSuffix(w.text, "'ll"):
			return true
		case markerOf(w.text) != unknownTense || beForms[w.text] || w.text == "had" || w.text == "did" || w.text == "could" || w.text == "would":
			return false
		}
	}
	return false
}

// resetForToday reports whether the words before a weekday (ws) close a
// future clause that moves something ("will now open on Monday"): a day
// a plan is moved to is said by its name only when it is not today, so
// one naming the publication's own day is the day a week on.
func resetForToday(ws []word) bool {
	for k := len(ws) - 1; k >= 1 && len(ws)-k <= 4; k-- {
		if ws[k].text == "now" && modalFuture(ws[k-1].text) {
			return true
		}
	}
	return false
}

// maxFollowedBytes bounds how far before a weekday the "followed by"
// that lists it is looked for.
const maxFollowedBytes = 120

// followedInPresent reports whether a weekday closes a "followed by" list
// hung on a clause in the present ("Saturday's leg is a short climb,
// followed by a rest day on Sunday"): what follows a stage told in the
// present is still to come. The clause before "followed" has "is" or
// "are" and no verb in the past.
func followedInPresent(m *match) bool {
	before := m.s[:m.idx[0]]
	i := strings.LastIndex(before, "followed by ")
	if i < 0 || len(before)-i > maxFollowedBytes || strings.ContainsAny(before[i:], ".;!?") {
		return false
	}
	head := before[:i]
	if j := strings.LastIndexAny(head, ".;!?"); j >= 0 {
		head = head[j+1:]
	}
	present := false
	for _, w := range words(head) {
		switch {
		case w.text == "is" || w.text == "are":
			present = true
		case markerOf(w.text) == past || w.text == "was" || w.text == "were" || w.text == "had":
			return false
		}
	}
	return present
}

// activeSchedulePast reports whether word k is "scheduled" or "planned"
// in the active past after its subject and before its object: "the
// judge scheduled the trial", not "a hearing scheduled for Friday",
// "was planned", "the planned strike".
func activeSchedulePast(ws []word, k int) bool {
	if w := ws[k].text; w != "scheduled" && w != "planned" || k == 0 || k+1 >= len(ws) {
		return false
	}
	prev, next := ws[k-1].text, ws[k+1].text
	if beForms[prev] || prev == "had" || prev == "has" || prev == "have" || modifierWords[prev] || strings.HasSuffix(prev, "ly") || !isLetters(prev) {
		return false
	}
	return !afterPreps[next] && next != "to" && next != "for" && next != "on" && next != "in" && next != "at" && isLetters(strings.TrimSuffix(next, "'s"))
}

// arrivingInPresent reports whether a bare weekday follows "arriving" in
// a clause with no verb in the past, as a forecast gives what comes: "a
// cold front arriving Friday". "Have got" is a present; "troops voted
// in, with the vanguard arriving Tuesday" looks back.
func arrivingInPresent(m *match) bool {
	before := m.s[:m.idx[0]]
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	ws := words(before)
	n := len(ws)
	if n < 2 || ws[n-1].text != "arriving" || m.has("poss") {
		return false
	}
	for k, w := range ws[:n-1] {
		gotPresent := w.text == "got" && k > 0 && (strings.HasSuffix(ws[k-1].text, "'ve") || ws[k-1].text == "have" || ws[k-1].text == "has")
		if !gotPresent && (markerOf(w.text) == past || w.text == "was" || w.text == "were" || w.text == "had") {
			return false
		}
	}
	return true
}
