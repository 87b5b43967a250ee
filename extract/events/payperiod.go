package events

import (
	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// payNouns are sums paid for a period of work or of results: the period
// after "for" is what the sum is for, not when anything happens.
var payNouns = toSet(`bonus bonuses salary salaries pay payout payouts dividend dividends remuneration compensation award awards`)

// budgetNouns are sums set aside for a period, which they name right
// after "for": "a budget for the year". "budget deficits for 1987" date
// the deficits.
var budgetNouns = toSet(`budget budgets`)

// periodLinks may stand between "for" and the year of a pay period:
// "for the 2025 financial year", "for 2025 or 2026".
var periodLinks = toSet(`the fiscal financial year or and`)

// maxPayNounGap bounds the words between a pay noun and its "for".
const maxPayNounGap = 3

// payPeriod reports whether the expression t names the period a sum is
// paid for: "will receive no bonus for 2025 or 2026", "a dividend for
// the 2024 financial year".
func payPeriod(low *lowText, sent doc.Span, t timex.Expr) bool {
	text := low.text
	if sent.End > len(text) || !sent.Contains(t.Span) {
		return false
	}
	if !low.containsFold(sent.Start, t.Start, "for") {
		return false // no "for" among the words: a cheap test before they are split
	}
	ws := low.wordsOf(sent.Start, t.Start)
	i := len(ws) - 1
	for i >= 0 && periodLinks[ws[i]] { // lowerWords drops the figures of a year
		i--
	}
	if i < 1 || ws[i] != "for" {
		return false
	}
	if budgetNouns[ws[i-1]] {
		return true
	}
	for j := i - 1; j >= 0 && i-j <= maxPayNounGap; j-- {
		if payNouns[ws[j]] {
			return true
		}
	}
	return false
}
