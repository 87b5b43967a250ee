package events

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// An apposition that ranks the clause's event within a stretch, "…
// expect the bank to cut the rate by 25 basis points, the first cut this
// year", "…, its third such attack this month", counts within the
// stretch like "the first since 1998": the year or month is the span
// counted over, not the date of what the clause reports.

// ordinals rank an event among others of a stretch.
var ordinals = toSet("first second third fourth fifth sixth seventh eighth ninth tenth")

// maxRankedNounWords is the most words between the ranking word and the
// time: "the first interest-rate cut this year", "its third such attack
// in".
const maxRankedNounWords = 4

// rankedSpanLinks may stand between the ranked noun and the time: "the
// first cut in 2026".
var rankedSpanLinks = map[string]bool{"in": true, "of": true, "during": true}

// countedInSpan reports whether the expression at t, a year, month or
// week, closes an apposition opened by a comma, a determiner and a
// ranking word (an ordinal or a record word) and at most
// maxRankedNounWords more: ", the first cut this year". It reads at most
// the leadWindow bytes before t.
func countedInSpan(text string, sent doc.Span, t timex.Expr) bool {
	if t.Type != "DATE" || isDay(t) || strings.HasPrefix(t.Value, "P") || pastTime(t.Text) {
		return false
	}
	lead := leadUp(text, sent, t.Span)
	c := strings.LastIndexByte(lead, ',')
	if c < 0 || semicolonColonQuoteCurlyQuotesParensDashesMarks.in(lead[c+1:]) {
		return false
	}
	ws := lowerWords(lead[c+1:])
	if len(ws) < 3 || !determiners[ws[0]] || !ordinals[ws[1]] && !records[ws[1]] {
		return false
	}
	rest := ws[2:]
	if n := len(rest); rankedSpanLinks[rest[n-1]] {
		rest = rest[:n-1]
	}
	if len(rest) == 0 || len(rest) > maxRankedNounWords || rankedSpanLinks[rest[0]] || partNouns[rest[0]] {
		return false
	}
	for _, w := range rest {
		if rankedClauseWords[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false // "the biggest since the reforms began in 1979", "the most recent launched two months ago"
		}
	}
	return true
}

// rankedClauseWords open a clause of its own after a ranking word, which
// the time then dates: "the biggest since the reforms began in 1979".
var rankedClauseWords = toSet("since that which who when where than as after before")

// partNouns after an ordinal name a part of the time itself, not an
// event ranked in it: "the first half of 2026", "the second quarter".
var partNouns = toSet("half quarter week weeks month months day days year years")
