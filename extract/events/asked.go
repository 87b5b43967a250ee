package events

import (
	"slices"
	"strings"
	"unicode"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// questionOpeners follow "Asked" at the head of a sentence to give what
// someone was asked: "Asked whether …", "Asked about …".
var questionOpeners = toSet(`whether if about what why how when who whom which`)

// askedQuestion reports whether the expression t lies in the question a
// sentence opens with, before the verb of the answer: "Asked whether
// the vessel in Tuesday's blast had been inspected, she said …". The
// question's times are what it asks about, not when the answer was
// given.
func askedQuestion(text string, sent doc.Span, t timex.Expr) bool {
	if sent.End > len(text) || !sent.Contains(t.Span) {
		return false
	}
	s := strings.TrimLeft(text[sent.Start:t.Start], " \t\n\"“‘'")
	if !opensAsked(s) {
		return false // a cheap test before the words are split
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || !slices.Contains(askedVerbs, ws[0]) || !inLower(questionOpeners, ws[1]) {
		return false
	}
	if semicolonColonQuoteCurlyQuotesMarks.in(s) {
		return false
	}
	// The question runs to its first comma, and past it only over a
	// phrase with no verb ("…this year of the trade gap, at 7.6 billion
	// francs in the first 11 months of 1986"): "…, she said on Monday"
	// and "…, Blair predicted it would rise this year" answer it.
	comma := strings.IndexByte(s, ',')
	if comma < 0 {
		return true
	}
	for _, w := range lowerWords(s[comma:]) {
		if attributionVerbs[w] || answerVerbs[w] || strings.HasSuffix(w, "ed") || auxiliaries[w] {
			return false
		}
	}
	return true
}

// askedVerbs open a sentence that gives what someone was asked.
var askedVerbs = []string{"Asked", "Questioned", "Pressed"}

// opensAsked reports whether the first word of s (as strings.Fields
// splits it) may be one of askedVerbs.
func opensAsked(s string) bool {
	first := strings.TrimLeftFunc(s, unicode.IsSpace)
	return slices.ContainsFunc(askedVerbs, func(v string) bool { return strings.HasPrefix(first, v) })
}

// answerVerbs give an answer after the question a sentence opens with.
var answerVerbs = toSet(`replied answered responded declined refused`)
