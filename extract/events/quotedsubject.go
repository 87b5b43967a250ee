package events

import (
	"strings"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// maxQuotedRelativeRest is the most words between a time in a quoted
// subject's relative clause and the main verb: "and scrapped it on
// Tuesday is".
const maxQuotedRelativeRest = 8

// quotedSubjectRelative reports whether the time at t lies in a relative
// clause on the subject that opens a quotation, with the quotation's main
// verb in the present after it: "The man who backed the plan on Monday
// and dropped it on Friday is now being promoted." The days describe
// whom the speaker speaks of; they date neither the saying nor what it
// says of the present.
func quotedSubjectRelative(text string, sent, t doc.Span) bool {
	if !sent.Contains(t) || sent.End > len(text) {
		return false
	}
	before := text[sent.Start:t.Start]
	q := max(strings.LastIndexByte(before, '"'), lastIndexIfAny(before, "“"))
	if q < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(before[q:])
	inner := before[q+size:]
	if clauseMarks.in(inner) {
		return false
	}
	ws := strings.Fields(inner)
	if len(ws) < 3 || !quotedSubjectOpeners[ws[0]] {
		return false
	}
	rel := -1
	for i := 1; i <= 3 && i < len(ws); i++ {
		if isRelativePronoun(ws[i]) {
			rel = i
			break
		}
	}
	return rel > 0 && presentAfterRelative(text[t.End:sent.End])
}

// quotedSubjectOpeners open a subject noun phrase at a quotation's start.
var quotedSubjectOpeners = map[string]bool{"The": true, "A": true, "An": true}

// presentAfterRelative reports whether rest, the text after a time in a
// relative clause, goes straight on to a main verb in the present, or
// first through a further predicate of the clause joined by "and".
func presentAfterRelative(rest string) bool {
	if end := commaSemicolonColonQuoteCloseQuoteMarks.firstIn(rest); end >= 0 {
		rest = rest[:end]
	}
	ws := strings.Fields(strings.ToLower(rest))
	if len(ws) == 0 {
		return false
	}
	if presentHeads[ws[0]] {
		return true
	}
	if ws[0] != "and" {
		return false
	}
	for k := 1; k < len(ws) && k <= maxQuotedRelativeRest; k++ {
		if presentHeads[ws[k]] {
			return !clauseSubjects[ws[k-1]]
		}
	}
	return false
}

// clauseSubjects before a present verb make it the verb of a clause of
// their own, not the main verb of the quotation.
var clauseSubjects = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "there": true}
