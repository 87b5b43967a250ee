package events

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// Later dates a clause gives as still to come by words the other plan
// cues do not read (a day as the subject of "is", a forecast's stretch,
// what is awaited, a state that runs until a time), a year that only
// qualifies a record, and quotations a relative clause may hold.

// toldAhead reports whether the later date at t is presented as still to
// come: "Monday is a public holiday", "showers were possible through
// Friday", "a storm arriving Friday", "ahead of the finals in August",
// "the target was now the final in July", "a climb, followed by a rest
// day on Sunday", "On Saturday, she can win it". lead are the lower-case
// words before t in its segment of the summary.
func toldAhead(text string, sent doc.Span, t timex.Expr, lead []string) bool {
	if t.End > sent.End || sent.End > len(text) || t.Start < sent.Start {
		return false
	}
	after := lowerWords(text[t.End:sent.End])
	return bareDaySubject(t, lead, after) || awaitedInLead(lead) || stretchForecast(lead) ||
		followedPresent(text[sent.Start:t.Start]) || frontedCan(text, t, lead, after)
}

// bareDaySubject reports whether a one-word time with no possessive
// opens its segment as the subject of "is" or "are".
func bareDaySubject(t timex.Expr, lead, after []string) bool {
	return len(lead) == 0 && len(after) > 0 && (after[0] == "is" || after[0] == "are") &&
		!strings.Contains(t.Text, " ") && !possessiveText(t.Text) && !(len(after) > 1 && judgedWords[after[1]])
}

// judgedWords, after "<day> is", judge a time rather than say what
// happens then: "December is too early" rules December out.
var judgedWords = map[string]bool{"too": true, "over": true, "gone": true, "past": true, "early": true, "late": true, "soon": true, "unlikely": true, "off": true}

// possessiveText reports whether s ends in a possessive "'s".
func possessiveText(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s")
}

// goalWords name what someone works towards: "the target was now".
var goalWords = map[string]bool{
	"goal": true, "goals": true, "target": true, "targets": true, "aim": true, "focus": true,
	"priority": true, "objective": true, "ambition": true,
}

// awaitedInLead reports whether the words before a date give it as
// awaited: "arriving Friday", "ahead of the finals in August", "the
// target was now the final in July".
func awaitedInLead(lead []string) bool {
	n := len(lead)
	if n > 0 && lead[n-1] == "arriving" {
		return true
	}
	for k := n - 2; k >= 1 && n-k <= 10; k-- {
		switch {
		case lead[k] == "ahead" && lead[k+1] == "of":
			return true
		case lead[k] == "now" && (lead[k-1] == "was" || lead[k-1] == "is") && k >= 2 && slices.ContainsFunc(lead[max(0, k-4):k-1], func(w string) bool { return goalWords[w] }):
			return true
		}
	}
	return false
}

// forecastStretch are the words before "through" or "until" that give a
// stretch as a forecast or an extension.
var forecastStretch = map[string]bool{
	"possible": true, "likely": true, "expected": true, "forecast": true, "predicted": true,
	"extend": true, "extends": true, "extended": true, "extending": true,
}

// stretchForecast reports whether the date ends a stretch ("through
// Friday", "until 8 p.m. Monday") that a forecast or an extension opens.
func stretchForecast(lead []string) bool {
	k := len(lead) - 1
	for k >= 0 && (lead[k] == "p" || lead[k] == "a" || lead[k] == "m" || lead[k] == "pm" || lead[k] == "am" || lead[k] == "noon" || lead[k] == "midnight") {
		k--
	}
	if k < 1 || !boundWords[lead[k]] {
		return false
	}
	return slices.ContainsFunc(lead[max(0, k-12):k], func(w string) bool { return forecastStretch[w] })
}

// followedPresent reports whether the text before a date holds a
// "followed by" hung on a clause in the present with no past in it:
// "Saturday's leg is a short climb, followed by a rest day on Sunday".
func followedPresent(before string) bool {
	i := strings.LastIndex(before, "followed by ")
	if i < 0 || semicolonMarks.in(before[i:]) {
		return false
	}
	ws := lowerWords(before[:i])
	return (slices.Contains(ws, "is") || slices.Contains(ws, "are")) &&
		!slices.ContainsFunc(ws, func(w string) bool { return w == "was" || w == "were" || w == "had" || strings.HasSuffix(w, "ed") })
}

// frontedCan reports whether a day fronted before a comma ("On
// Saturday, in the final, she can win it") heads a clause whose first
// modal or past is "can" or "will".
func frontedCan(text string, t timex.Expr, lead, after []string) bool {
	if len(lead) > 1 || len(lead) == 1 && lead[0] != "on" || !strings.HasPrefix(text[t.End:], ",") {
		return false
	}
	for _, w := range after {
		switch {
		case w == "can" || w == "will":
			return true
		case w == "was" || w == "were" || w == "had" || w == "did" || w == "could" || w == "would" || strings.HasSuffix(w, "ed"):
			return false
		}
	}
	return false
}

// closedQuotes reports whether s holds no quotation mark or only whole
// quotations after a "that" ("who had insisted that \"funds are safe\""):
// a relative clause quoting a few words is still a clause of its own.
func closedQuotes(s string) bool {
	straight, open, closing := strings.Count(s, "\""), strings.Count(s, "“"), strings.Count(s, "”")
	if straight+open+closing == 0 {
		return true
	}
	i := quoteOpenQuoteMarks.firstIn(s)
	return straight%2 == 0 && open == closing && i >= 0 && strings.HasSuffix(strings.TrimRight(s[:i], " "), " that")
}

// stateVerbsPresent hold a state in the present that runs on to a time
// ahead: "remains open until the end of the month".
var stateVerbsPresent = map[string]bool{
	"remains": true, "remain": true, "stays": true, "stay": true, "runs": true, "lasts": true,
}

// openUntil reports whether the words before a time (lead, lower case)
// close a state in the present that runs until it: "The letter remains
// open for signatures until the end of the month". The end of the
// state lies ahead.
func openUntil(lead []string) bool {
	n := len(lead)
	if n < 2 || lead[n-1] != "until" && lead[n-1] != "through" && lead[n-1] != "till" {
		return false
	}
	return slices.ContainsFunc(lead[:n-1], func(w string) bool { return stateVerbsPresent[w] })
}

// objectDeterminers open the noun phrase a year qualifies.
var objectDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true, "our": true,
}

// maxYearAdjectives bounds how many words may stand between the
// determiner and the year it qualifies: "a high-profile 2024 paper".
const maxYearAdjectives = 2

// objectYear reports whether a bare year qualifies the noun of the
// object of a verb that undoes or confirms a record: "has retracted a
// high-profile 2024 paper", "overturned the 2019 ruling". The year is
// the record's, not the date of what is done to it; "reported a 2025
// loss" keeps the year, which dates the loss.
func objectYear(text string, sent doc.Span, t timex.Expr) bool {
	if len(t.Text) != 4 || strings.Trim(t.Text, "0123456789") != "" || !nounFollows(text[t.End:sent.End]) {
		return false
	}
	ws := lowerWords(text[sent.Start:t.Start])
	n := len(ws)
	for k := n - 1; k >= 1 && n-1-k <= maxYearAdjectives; k-- {
		if yearPrepositions[ws[k]] {
			return false // "joined the chain in 2017"
		}
		if objectDeterminers[ws[k]] {
			return recordActs[ws[k-1]]
		}
	}
	return false
}

// recordActs are verbs in the past that undo or confirm a record or a
// ruling someone made before: what the year before its noun dates is
// the record, not the act.
var recordActs = map[string]bool{
	"retracted": true, "overturned": true, "reinstated": true, "affirmed": true, "upheld": true,
	"revoked": true, "rescinded": true, "repealed": true, "reversed": true, "quashed": true,
	"vacated": true, "annulled": true, "withdrawn": true, "withdrew": true,
}

// yearPrepositions put a year after them as a time, not a qualifier.
var yearPrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "of": true, "for": true, "by": true, "since": true, "from": true,
	"to": true, "until": true, "till": true, "during": true, "before": true, "after": true, "through": true,
	"between": true, "and": true, "or": true, "early": true, "late": true, "mid": true,
}

// nounFollows reports whether rest opens with a space and a lower-case
// word of letters: the noun a year qualifies.
func nounFollows(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
	w = strings.TrimRight(w, ".,;:")
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return strings.Trim(w, "abcdefghijklmnopqrstuvwxyz-") == ""
}
