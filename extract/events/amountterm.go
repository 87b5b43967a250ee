package events

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// amountBefore matches the text before the second time of two
// percentages coordinated with their years: "a 5 per cent rise this year
// and 4 per cent next year", "3 pct for this year and 2 pct in".
var amountBefore = regexp.MustCompile(`(?i)\d[\d.,]*\s*(?:%|per\s?cent|percent|pct)(?:\s+[a-z]+){0,2}\s+(?:(?:in|for)\s+)?(?:this|last|the\s+current)\s+year,?\s+and\s+(?:an?\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent|pct)(?:\s+(?:in|for))?\s*$`)

// amountTerm reports whether the time at t, still to come, is the second
// year of a schedule of percentages (amountBefore) in a sentence that
// neither announces a plan nor forecasts: the year is a term of an offer
// or a deal ("has offered a 3.5 per cent pay rise this year and 3 per
// cent next year"), not the date of what the sentence reports.
func amountTerm(low *lowText, sent, sum, t doc.Span) bool {
	text := low.text
	if t.Start > len(text) || sent.Start > t.Start {
		return false
	}
	from := max(sent.Start, t.Start-80)
	if !mayAmountBefore(text[from:t.Start]) {
		return false
	}
	loc := amountBefore.FindStringIndex(text[from:t.Start])
	if loc == nil {
		return false
	}
	// The words before the schedule decide: "would expand 2.8 pct this
	// year and 3.0 pct next year" forecasts.
	return !expectedBefore(text[sent.Start:from+loc[0]]) && !announces(segmentAround(text, sum, t)) && !forecasts(low, sent, t)
}

// expectStems open the words of a modal, an expectation or a forecast,
// misspellings included ("forcasting").
var expectStems = []string{"would", "will", "could", "might", "may", "should", "expect", "forecast", "forcast", "predict", "project", "estimat", "see"}

// expectedBefore reports whether s holds a word of expectStems: the
// figures after it are expected, not agreed terms.
func expectedBefore(s string) bool {
	for _, w := range lowerWords(s) {
		for _, p := range expectStems {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// mayAmountBefore reports whether s holds "year" and "and" in any case,
// as every match of amountBefore does: a cheap test before it. Their
// letters fold to no letter but their ASCII capitals under (?i).
func mayAmountBefore(s string) bool {
	return containsFold(s, "year") && containsFold(s, "and")
}
