package events

import (
	"slices"
	"strings"
	"unicode"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// Times that only bound a stretch of time: the clause reports nothing
// that happened on them.

// closeBefore are the words before "before" that keep the time close to
// what happened: "shortly before midnight", "two days before the vote".
var closeBefore = map[string]bool{
	"shortly": true, "just": true, "right": true, "immediately": true, "moments": true, "minutes": true,
	"hours": true, "hour": true, "day": true, "days": true, "night": true, "eve": true, "week": true, "weeks": true,
}

// boundOnly reports whether the expression at t, in sentence sent, is
// the edge of a stretch rather than the time of an event: "rates could
// fall again before Christmas" is due some time before the day, not on
// it; "the highest since 1990" and "had spent 410 million euros since
// 2020" report a record or a running total (sinceTotal). "who has led
// the opposition since 2020" keeps the year the leading began. "Plan
// beyond next month" passes the time by, and a quoted "We are booked
// until 2029" ends a state (stateUntil).
func boundOnly(text string, sent doc.Span, t timex.Expr) bool {
	if !sent.Contains(t.Span) || sent.End > len(text) {
		return false
	}
	lead := leadUp(text, sent, t.Span)
	ws := lowerWords(lead)
	if n := len(ws); n > 0 && ws[n-1] == "the" {
		ws = ws[:n-1]
	}
	n := len(ws)
	switch {
	case n == 0:
		return false
	case ws[n-1] == "since":
		return sinceTotal(lead, t.Precision == "day")
	case ws[n-1] == "beyond":
		return true // "a government that can plan beyond next month"
	case ws[n-1] == "until" || ws[n-1] == "till":
		return stateUntil(ws[:n-1]) && timex.Quoted(text, sent, t.Span)
	case ws[n-1] == "before":
		// "before the end of the year" falls inside the year, "before
		// dawn on Sunday" on the Sunday.
		return t.Type == "DATE" && !strings.HasPrefix(strings.ToLower(t.Text), "the end") && !strings.HasPrefix(strings.ToLower(t.Text), "end") &&
			(n == 1 || !closeBefore[ws[n-2]])
	}
	return false
}

// presentBe are the forms of "be" of a state that holds now.
var presentBe = map[string]bool{"is": true, "are": true, "am": true}

// stateUntil reports whether the words before an "until" end in a
// present "be", at most one adverb and one word of state, so that the
// time only ends a state a speaker reports ("We are booked until 2029",
// "the line is fully closed until"), which dates nothing that happens.
// A move to the date ("is postponed until Friday") is a plan.
func stateUntil(ws []string) bool {
	n := len(ws)
	if n < 2 || rescheduling[ws[n-1]] {
		return false
	}
	return presentBe[ws[n-2]] || n >= 3 && presentBe[ws[n-3]] && strings.HasSuffix(ws[n-2], "ly")
}

// records are the words of a record or a first, which a "since" after
// them measures: "the highest since 1990", "for the first time since
// August".
var records = map[string]bool{
	"first": true, "highest": true, "lowest": true, "best": true, "worst": true, "most": true, "least": true,
	"biggest": true, "largest": true, "smallest": true, "longest": true, "shortest": true, "record": true,
	"strongest": true, "weakest": true, "fastest": true, "slowest": true, "deadliest": true, "only": true,
}

// maxRecordWords is the most words from a record to its "since": "the
// first Japanese state visit to Britain since 1998".
const maxRecordWords = 7

// changes are the verbs of a change a "since" measures from its start:
// "pay has fallen by a quarter since 2009", "the outlook has changed
// since May".
var changes = map[string]bool{
	"changed": true, "risen": true, "rose": true, "fallen": true, "fell": true, "grown": true, "grew": true,
	"increased": true, "decreased": true, "declined": true, "doubled": true, "tripled": true, "halved": true,
	"climbed": true, "dropped": true, "soared": true, "slumped": true, "improved": true, "worsened": true,
}

// amounts are the words of a figure a "since" sums up to: "has toppled
// two presidents since 2023".
var amounts = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true,
	"million": true, "billion": true, "half": true, "quarter": true, "third": true, "twice": true, "times": true,
}

// sinceTotal reports whether the clause before a "since" (lead, up to
// the time) reports a record, or a change or running total over months
// or years, which the time it counts from does not date: "had spent 410
// million euros on the programme since 2020". A state it only starts
// ("has run the trust since 2021") is dated by its start, and so is what
// a day starts ("an attack has forced the cancellation of 400
// operations since Saturday": the attack's day).
func sinceTotal(lead string, day bool) bool {
	if i := strings.LastIndexAny(lead, ",;:—–"); i >= 0 {
		lead = lead[i+1:]
	}
	ws := lowerWords(lead)
	if slices.ContainsFunc(ws[max(0, len(ws)-maxRecordWords):], func(w string) bool { return records[w] }) {
		return true
	}
	if day {
		return false
	}
	return strings.ContainsFunc(strings.TrimSuffix(strings.TrimRight(lead, " "), "since"), unicode.IsDigit) ||
		slices.ContainsFunc(ws, func(w string) bool { return changes[w] || amounts[w] })
}
