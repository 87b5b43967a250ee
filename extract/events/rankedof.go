package events

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// maxRankedOfWords is the most words of the partitive after the ranking
// word: "the first of the bank's meetings this year".
const maxRankedOfWords = 6

// rankedOfPeriod reports whether the expression at t, a year, month or
// week, closes a partitive ranked in it after a copula, "the", an
// ordinal, "of" and a plain noun phrase: "It will be the first of the
// board's meetings this year to hear the plan". The time bounds the
// ranking, not the day of what the clause reports. It reads at most the
// leadWindow bytes before t.
func rankedOfPeriod(low *lowText, sent doc.Span, t timex.Expr) bool {
	text := low.text
	if t.Type != "DATE" || isDay(t) || strings.HasPrefix(t.Value, "P") || pastWords(low.exprWords(t)) {
		return false
	}
	lead := leadUp(text, sent, t.Span)
	if c := clauseMarks.lastIn(lead); c >= 0 {
		lead = lead[c+1:]
	}
	ws := low.wordsOf(t.Start-len(lead), t.Start)
	for i := len(ws) - 3; i >= 0 && len(ws)-i-2 <= maxRankedOfWords; i-- {
		if ws[i] != "the" || !ordinals[ws[i+1]] {
			continue
		}
		if i == 0 || !copulas[ws[i-1]] {
			return false // "closed the first of its sessions this month" dates the closing
		}
		rest := ws[i+2:]
		if n := len(rest); n > 2 && rankedSpanLinks[rest[n-1]] {
			rest = rest[:n-1] // "the first of its meetings in 2026"
		}
		if len(rest) < 2 || rest[0] != "of" {
			return false
		}
		for _, w := range rest[1:] {
			if rankedClauseWords[w] || rankedSpanLinks[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
				return false
			}
		}
		return true
	}
	return false
}

// copulas link a subject to the ranking it is given: "will be the first
// of".
var copulas = toSet(`be is was are were been being become becomes became`)
