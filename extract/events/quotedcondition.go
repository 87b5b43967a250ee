package events

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// quotedCondition reports whether the time t lies in the "if" clause of a
// quotation, in a sentence dating nothing outside its quotations: "If you
// drove that road in March and saw the cracks, call us," the engineer
// urged. The time belongs to the supposition the speaker makes, not to
// the appeal the sentence reports.
func quotedCondition(text string, sent doc.Span, t timex.Expr, times []timex.Expr) bool {
	if !insideQuotation(text, sent, t.Span) || datedOutsideQuotes(text, sent, times) {
		return false
	}
	before := text[sent.Start:t.Span.Start]
	open := max(strings.LastIndex(before, `"`), strings.LastIndex(before, "“"))
	if open < 0 {
		return false
	}
	clause := strings.ToLower(before[open+1:])
	i := max(strings.LastIndex(clause, "if "), strings.LastIndex(clause, "unless "))
	if i < 0 || stopBangAskCommaSemicolonQuoteCloseQuoteMarks.in(clause[i:]) || !opensQuotedSentence(clause[:i]) || !personalSupposition(clause[i:]) {
		return false
	}
	return closesOnComma(text[t.Span.End:sent.End])
}

// opensQuotedSentence reports whether the quoted words before a
// conditional are nothing or end a sentence, so that the conditional opens
// one: `"If you …`, not `"… as if …` or `"I would be glad if …`.
func opensQuotedSentence(before string) bool {
	before = strings.TrimSpace(strings.TrimLeft(before, "“\"‘' "))
	return before == "" || stopBangAskMarks.in(before[len(before)-1:])
}

// closesOnComma reports whether the conditional clause that the text
// after a time continues ends in a comma before the sentence or the
// quotation does: "in March and saw cracks, call us".
func closesOnComma(after string) bool {
	i := stopBangAskCommaSemicolonQuoteCloseQuoteMarks.firstIn(after)
	return i >= 0 && after[i] == ','
}

// suppositionSubjects are the pronouns a speaker's supposition about
// people opens with: "If you saw", "If we find".
var suppositionSubjects = map[string]bool{"you": true, "we": true, "i": true, "they": true, "anyone": true}

// suppositionStops are words that show the clause up to the time is no
// longer the supposition: a modal of the main clause ("we should see …
// from August") or a deadline ("by Thursday").
var suppositionStops = map[string]bool{"will": true, "would": true, "should": true, "could": true,
	"can": true, "may": true, "might": true, "must": true, "by": true}

// personalSupposition reports whether the lower-case words from the
// conditional to the time are a supposition about a person ("if you
// travelled on that line in"), with no main-clause modal or deadline.
func personalSupposition(clause string) bool {
	words := strings.Fields(clause)
	if len(words) < 2 || !suppositionSubjects[words[1]] {
		return false
	}
	for _, w := range words[2:] {
		if suppositionStops[w] {
			return false
		}
	}
	return true
}
