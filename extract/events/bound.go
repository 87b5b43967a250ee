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
func boundOnly(text string, sent doc.Span, t timex.Expr, lw *leadIn) bool {
	if !sent.Contains(t.Span) || sent.End > len(text) {
		return false
	}
	lead, _, ws := lw.get()
	the := len(ws) > 0 && ws[len(ws)-1] == "the"
	if the {
		ws = ws[:len(ws)-1]
	}
	n := len(ws)
	switch {
	case n == 0:
		return false
	case the && stretchBack(ws, t):
		return true
	case comparedYear(ws, t):
		return true
	case ws[n-1] == "since":
		return sinceTotal(lead, t.Precision == "day")
	case ws[n-1] == "beyond":
		return true // "a government that can plan beyond next month"
	case ws[n-1] == "until" || ws[n-1] == "till":
		return stateUntil(ws[:n-1]) && timex.Quoted(text, sent, t.Span) || notObligedUntil(ws[:n-1])
	case ws[n-1] == "before":
		// "before the end of the year" falls inside the year, "before
		// dawn on Sunday" on the Sunday.
		return t.Type == "DATE" && !strings.HasPrefix(strings.ToLower(t.Text), "the end") && !strings.HasPrefix(strings.ToLower(t.Text), "end") &&
			(n == 1 || !closeBefore[ws[n-2]])
	}
	return false
}

// backWords open a time counted back from now: "the past year".
var backWords = []string{"past ", "last ", "previous "}

// shares are the words of a share of a stretch: "for most of the past
// year".
var shares = map[string]bool{"most": true, "much": true, "all": true, "part": true, "some": true}

// stretchBack reports whether a time counted back from now follows "for"
// or "throughout", at most with a share of it between ("held for most of
// the past year"): the words before its "the" (ws) make it the length
// of a state up to now, which dates nothing that happened.
func stretchBack(ws []string, t timex.Expr) bool {
	lower := strings.ToLower(t.Text)
	if !slices.ContainsFunc(backWords, func(w string) bool { return strings.HasPrefix(lower, w) }) {
		return false
	}
	if n := len(ws); n >= 3 && ws[n-1] == "of" && shares[ws[n-2]] {
		ws = ws[:n-2]
	}
	n := len(ws)
	return n > 0 && (ws[n-1] == "for" || ws[n-1] == "throughout")
}

// beForms are the forms of "be" a denial of a year follows; "s" is what
// is left of "it's" split at the apostrophe.
var beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "s": true, "be": true}

// deniedBe are what is left of the negated forms of "be" split at the
// apostrophe ("isn't").
var deniedBe = map[string]bool{"isn": true, "wasn": true, "aren": true, "weren": true}

// comparedYear reports whether a bare year is what a moment is likened
// to or denied to be ("This is not 2008", "unlike 1929"): the year names
// an era for comparison and dates nothing that happened.
func comparedYear(ws []string, t timex.Expr) bool {
	if !bareYear(t.Text) {
		return false
	}
	n := len(ws)
	switch {
	case ws[n-1] == "like" || ws[n-1] == "unlike":
		return true
	case ws[n-1] == "not" || ws[n-1] == "no":
		return n > 1 && beForms[ws[n-2]]
	case ws[n-1] == "t":
		return n > 1 && deniedBe[ws[n-2]]
	}
	return false
}

// bareYear reports whether s is a year in four digits alone.
func bareYear(s string) bool {
	return len(s) == 4 && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
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

// maxFirstToWords is the most words from a first to its "since" when an
// infinitive tells what the first did: "the first sitting mayor to be
// voted out by a recall petition since 1994" still compares, the year
// the last one's.
const maxFirstToWords = 14

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

// firstToSince reports whether the words before a "since" (ws, the
// "since" last) hold a record word followed by an infinitive "to": "the
// first Spanish leader to be removed by a no-confidence vote since
// 2018" likens the subject to whoever came before, and the year is not
// his.
func firstToSince(ws []string) bool {
	from := max(0, len(ws)-maxFirstToWords)
	for i := len(ws) - 1; i >= from; i-- {
		if records[ws[i]] {
			// The "to" must follow the first's noun, no verb between:
			// "her first task would be to publish every contract signed
			// since 2015" is dated by its year; "the first woman to lead
			// the party, and has chaired it since 2021" starts a state
			// of her own.
			to := slices.Index(ws[i+1:], "to")
			return to >= 0 && !slices.ContainsFunc(ws[i+1:i+1+to], func(w string) bool { return auxiliaries[w] || w == "be" }) &&
				!slices.Contains(ws[i+1:], "and")
		}
	}
	return false
}

// sinceTotal reports whether the clause before a "since" (lead, up to
// the time) reports a record, or a change or running total over months
// or years, which the time it counts from does not date: "had spent 410
// million euros on the programme since 2020". A state it only starts
// ("has run the trust since 2021") is dated by its start, and so is what
// a day starts ("an attack has forced the cancellation of 400
// operations since Saturday": the attack's day).
func sinceTotal(lead string, day bool) bool {
	if i := dashMarks.lastIn(lead); i >= 0 {
		lead = lead[i+1:]
	}
	ws := lowerWords(lead)
	if slices.ContainsFunc(ws[max(0, len(ws)-maxRecordWords):], func(w string) bool { return records[w] }) {
		return true
	}
	if firstToSince(ws) {
		return true
	}
	if tallySince(lead, ws) {
		return true
	}
	if day {
		return false
	}
	return strings.ContainsFunc(strings.TrimSuffix(strings.TrimRight(lead, " "), "since"), unicode.IsDigit) ||
		slices.ContainsFunc(ws, func(w string) bool { return changes[w] || amounts[w] })
}

// pastVerbs are common irregular pasts that open the predicate of a
// clause after "since": "since fighting broke out in August 2024".
var pastVerbs = toSet("broke began took won came fell went became left lost met held rose set sent ran sold bought made was were seized struck")

// maxSinceWords is the most words from a "since" to the time of the
// clause it opens.
const maxSinceWords = 12

// sinceAdverbs after "since" make it no clause of its own: "since then".
var sinceAdverbs = toSet("then now")

// sinceBreaks show a "since" that opens no dated clause of its own: a
// clause joined to another ("since World War Two that employers have
// proposed …", "since then and car sales have been weaker") or a modal
// of a "since" that means "because" ("since sales probably won't be
// boosted as they were in February").
var sinceBreaks = toSet("that which who and but will would won could may might should must can shall")

// sinceClause returns the clause a mid-sentence "since" opens when it
// holds the expression at t, subject and verb before it: in "… seeking a
// ceasefire in a conflict that has killed 9,000 people since fighting
// broke out in August 2024" the month dates the outbreak, not the
// seeking nor the toll, and the row is "fighting broke out in August
// 2024". "since the start of 2024" (no verb) is no clause.
func sinceClause(low *lowText, sum, t doc.Span) (doc.Span, bool) {
	text := low.text
	if !sum.Contains(t) || sum.End > len(text) {
		return doc.Span{}, false
	}
	i := lastIndexIfAny(low.lowerOf(sum.Start, t.Start), " since ")
	if i < 0 {
		return doc.Span{}, false
	}
	st := sum.Start + i + len(" since ")
	rest := text[st:t.Start]
	if nominalMarks.in(rest) {
		return doc.Span{}, false
	}
	ws := low.wordsOf(st, t.Start)
	if len(ws) < 2 || len(ws) > maxSinceWords || sinceAdverbs[ws[0]] || slices.ContainsFunc(ws, func(w string) bool { return sinceBreaks[w] }) ||
		!slices.ContainsFunc(ws[1:], func(w string) bool {
			return pastVerbs[w] || auxiliaries[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
		}) {
		return doc.Span{}, false
	}
	en := sum.End
	if k := commaSemicolonMarks.firstIn(text[t.End:sum.End]); k >= 0 {
		en = t.End + k
	}
	lo, hi := trim(text, st, en)
	return doc.Span{Start: lo, End: hi}, hi > lo
}

// tallies are the verbs of a count received or kept, which a "since"
// sums up to: "we have had 40 complaints since Monday".
var tallies = toSet("had received recorded logged registered fielded counted")

// perfectAux are the auxiliaries of a present perfect; "ve" is what is
// left of "we've" split at the apostrophe.
var perfectAux = toSet("have has ve")

// tallySince reports whether the clause before a "since" (lead, its
// lower-case words ws) counts what has come in over the stretch, a
// present perfect tally verb with a figure after it ("the council has
// received more than 300 objections since Friday"): a running total,
// which the day it counts from does not date.
func tallySince(lead string, ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if !tallies[ws[i]] || !perfectAux[ws[i-1]] {
			continue
		}
		after := lead[max(0, strings.LastIndex(lead, ws[i])):]
		return slices.ContainsFunc(ws[i+1:], func(w string) bool { return amounts[w] }) || strings.ContainsFunc(after, unicode.IsDigit)
	}
	return false
}
