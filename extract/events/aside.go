package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// Times that stand in a clause without dating what it reports: the end
// a stretch lasts to, a thing's time inside a claim, a night of a
// standing arrangement.

// datesNothing reports whether the expression at t, in sentence sent
// whose expressions are times, only bounds, names or describes: it dates
// no row of its own (endBound, claimedThing, habitualNight).
func datesNothing(text string, sent doc.Span, t timex.Expr, times []timex.Expr, lw *leadIn) bool {
	if !sent.Contains(t.Span) || sent.End > len(text) {
		return false
	}
	return endBound(text, sent, t, times, lw) || claimedThing(lw.low, sent, t, times) || habitualNight(text, sent, t) || baselineOrHolding(text, sent, t, lw) || titleYear(text, t) || objectYear(text, sent, t)
}

// earlierDate returns the calendar date of the first expression of times
// other than t in sentence sent that ends by offset end and is no
// possessive ("on Wednesday", not "last year's budget").
func earlierDate(text string, sent doc.Span, t timex.Expr, times []timex.Expr, end int) (string, bool) {
	for _, u := range times {
		if u.Span == t.Span || !sent.Contains(u.Span) || u.End > end || possessiveTime(text, u.Span) {
			continue
		}
		if d, _, _, ok := calendarDate(text, u); ok {
			return d, true
		}
	}
	return "", false
}

// boundWords open the end of a stretch: "through the end of next year".
var boundWords = map[string]bool{"through": true, "thru": true, "until": true, "till": true}

// holdUntil are the words before "until" of a time one has to act in,
// which dates the deadline: "has until the end of the month to publish".
var holdUntil = map[string]bool{"has": true, "have": true, "had": true, "having": true}

// endBound reports whether the expression at t is the end of a stretch
// something lasts from a time the sentence gives before it: "on Tuesday
// … voted to waive permit fees through the end of next year" waives
// them on the Tuesday and dates nothing at the year's end. A move to the
// end ("postponed until the end of the year"), a deadline ("has until
// the end of the month to file"), what does not happen until then ("will
// not be ready until the end of the month") and a range ("from June
// through the end of the year") are dated by it.
func endBound(text string, sent doc.Span, t timex.Expr, times []timex.Expr, lw *leadIn) bool {
	// The letters of "the end" are lower-cased from their ASCII capitals
	// only (nonASCIILowers): t.Text opens with them in either case.
	if !hasFoldAt(t.Text, 0, "the end") && !hasFoldAt(t.Text, 0, "end") {
		return false
	}
	_, _, ws := lw.get()
	n := len(ws)
	if n == 0 || !boundWords[ws[n-1]] {
		return false
	}
	if n >= 2 && (rescheduling[ws[n-2]] || holdUntil[ws[n-2]]) || slices.ContainsFunc(ws, func(w string) bool { return denials[w] }) ||
		slices.Contains(ws[max(0, n-maxRangeWords):n-1], "from") {
		return false
	}
	_, ok := earlierDate(text, sent, t, times, t.Start)
	return ok
}

// maxRangeWords is the most words from a range's "from" to the word
// that opens its end: "from mid-June through the end of the year".
const maxRangeWords = 6

// claimOpeners open a clause of what someone claims or asks.
var claimOpeners = map[string]bool{"that": true, "whether": true}

// claimedThing reports whether the expression at t is a possessive
// ("last month's election") inside a clause of what is claimed, after
// an earlier time of the sentence dates its main clause: in "the board
// on Wednesday certified a union, rejecting the company's claim that
// organisers had influenced last month's election" the month names the
// election in the rejected claim, and the row is Wednesday's. A thing
// still ahead ("said on Monday that no change is likely at next week's
// meeting") stays a plan.
func claimedThing(low *lowText, sent doc.Span, t timex.Expr, times []timex.Expr) bool {
	text := low.text
	if !possessiveTime(text, t.Span) {
		return false
	}
	ws := low.wordSpans(sent.Start, t.Start)
	open := -1
	for i := len(ws) - 1; i >= 0; i-- {
		if inLower(claimOpeners, text[ws[i].Start:ws[i].End]) {
			open = ws[i].Start
			break
		}
	}
	if open < 0 || semicolonColonQuoteCurlyQuotesMarks.in(text[open:t.Start]) {
		return false
	}
	main, ok := earlierDate(text, sent, t, times, open)
	d, _, _, ok2 := calendarDate(text, t)
	return ok && ok2 && d < main[:min(len(d), len(main))]
}

// possessiveTime reports whether the expression at sp is a possessive,
// with its "'s" ("Sunday's") or right before it ("last month" of "last
// month's election").
func possessiveTime(text string, sp doc.Span) bool {
	if possessive(text, sp) {
		return true
	}
	rest := text[min(sp.End, len(text)):]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// quantifiers make a noun phrase a standing arrangement: "guards in
// every gallery".
var quantifiers = map[string]bool{"every": true, "each": true}

// habitualNight reports whether a bare "overnight" closes a verbless
// phrase of a quantified noun, the time of a standing arrangement rather
// than of a happening: "The museum reopened last week with increased
// security, including guards in every first-floor gallery overnight" is
// dated by the week. "Police searched every house overnight" keeps it.
func habitualNight(text string, sent doc.Span, t timex.Expr) bool {
	if !strings.EqualFold(t.Text, "overnight") {
		return false
	}
	phrase := text[sent.Start:t.Start]
	if i := segmentMarks.lastIn(phrase); i >= 0 {
		phrase = phrase[i+1:]
	}
	ws := lowerWords(phrase)
	if !slices.ContainsFunc(ws, func(w string) bool { return quantifiers[w] }) {
		return false
	}
	return !slices.ContainsFunc(ws, func(w string) bool {
		return auxiliaries[w] || pastVerbs[w] || irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
	})
}

// deniableModals are the modals whose denial denies what is to happen.
var deniableModals = map[string]bool{"will": true, "would": true, "shall": true, "won": true, "wouldn": true, "shan": true}

// denialBreaks open a clause a denied future does not reach.
var denialBreaks = toSet("because but while although though since when if as that which who and")

// deniedPlan reports whether the words before a time in its clause
// (lead) deny the future it dates: "We're not going to get everybody
// home by Christmas" and "the plant will not reopen in March" plan
// nothing. What "will not reopen until March" or "not be redeemable
// prior to June 15" does then, a denial of a doubt ("I wouldn't be
// surprised to see a fall in March", "would not rule out a rise by
// spring") and a denial before a clause of its own ("won't comment,
// but expects to sign on Friday") still look ahead.
func deniedPlan(low *lowText, a, b int) bool {
	if i := clauseMarks.lastIn(low.text[a:b]); i >= 0 {
		a += i + 1
	}
	ws := low.wordsOf(a, b)
	if !slices.ContainsFunc(ws, mayDenyFuture) {
		return false
	}
	for i := len(ws) - 1; i >= 0; i-- {
		if denialBreakWords.has(ws[i]) || schedulingWords.has(ws[i]) || ws[i] == "set" || i > 0 && nounParticiple(ws[i-1], ws[i]) {
			ws = ws[i+1:]
			break
		}
	}
	for i := range ws {
		if negatedFuture(ws, i) || negatedSubject(ws, i) {
			return !slices.ContainsFunc(ws[i:], func(w string) bool { return denialTurns[w] })
		}
	}
	return false
}

// mayDenyFuture reports whether w is "going" or one of deniableModals,
// one of which every denial negatedFuture or negatedSubject finds holds:
// a cheap test before them.
func mayDenyFuture(w string) bool {
	if w == "" || w[0] != 'w' && w[0] != 's' && w[0] != 'g' {
		return false // the first bytes of the words below
	}
	return w == "going" || deniableModals[w]
}

// participleLeads are the words after which a participle is a verb's,
// not one on a noun: "will not be forced", "has not ended".
var participleLeads = toSet("be been being is are was were not t never have has had get got")

// nounParticiple reports whether the word w after prev is a participle
// on the noun prev: "a statement made", "a tender being held", "the
// ground lost", "the tariffs Reagan slapped".
func nounParticiple(prev, w string) bool {
	if participleLeads[prev] || deniableModals[prev] || stopWords[prev] {
		return false
	}
	return w == "being" || irregularPast[w] || pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// nounAfter reports whether a lower-case noun follows offset end after
// spaces or a line break, so that the time before it names a thing
// ("the April 1 merger", "a July\nagreement").
func nounAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[min(end, len(text)):], " \n\r")
	if len(rest) == len(text)-min(end, len(text)) {
		return false
	}
	w := nextWord(rest)
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r) && !stopWords[w]
}

// denialTurns after a denied future turn it back into what is ahead:
// "will not lapse until close of business today", "would not be
// surprised".
var denialTurns = toSet("until till before after prior surprised rule only")

// negatedFuture reports whether ws[i] opens a denied future: "not going
// to", "isn't going to" ("t going to"), "will not", "won't", "would
// never".
func negatedFuture(ws []string, i int) bool {
	w, next := ws[i], ""
	if i+1 < len(ws) {
		next = ws[i+1]
	}
	switch {
	case (w == "not" || w == "never" || w == "t") && next == "going":
		return i+2 < len(ws) && ws[i+2] == "to"
	case deniableModals[w]:
		return next == "not" || next == "never" || next == "t"
	}
	return false
}

// namedAlong reports whether the expression at t is a possessive naming
// a thing in the stretch of words of the time before it in its sentence
// (the last of dated), which is none: no comma, semicolon or second
// predicate between. In "supervisors on Tuesday approved a fund to help
// residents who lost homes in last month's fire rebuild, and voted to
// waive fees" the month names the fire, and the sentence is one row of
// the Tuesday; "vetoed the bill last year and would reject this year's
// bill" is cut still.
func namedAlong(text string, t doc.Span, dated []doc.Span) bool {
	if len(dated) == 0 {
		return false
	}
	prev := dated[len(dated)-1]
	if prev.End > t.Start || dashMarks.in(text[prev.End:t.Start]) || ownPredicates(text, prev, t) {
		return false
	}
	return possessiveTime(text, t) && !possessiveTime(text, prev)
}
