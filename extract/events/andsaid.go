package events

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// andSaidPerfect returns the clause reported after "and said" in which a
// past perfect is dated by the expression at t: in "The chief executive
// apologised to patients and said the company had not told the regulator
// of the change in October" the October row is the change, not the
// apology, which happened when she spoke. The clause runs from after
// "said" (and its "that") to the end of the summary sum.
func andSaidPerfect(text string, sum, t doc.Span) (doc.Span, bool) {
	if !sum.Contains(t) || sum.End > len(text) {
		return doc.Span{}, false
	}
	lead := text[sum.Start:t.Start]
	k := lastIndexIfAny(lead, " and said ")
	if k < 0 {
		return doc.Span{}, false
	}
	st := sum.Start + k + len(" and said ")
	if strings.HasPrefix(text[st:], "that ") {
		st += len("that ")
	}
	if rest := text[st:t.Start]; commaSemicolonColonQuoteCurlyQuotesMarks.in(rest) || !pastPerfect(lowerWords(rest)) {
		return doc.Span{}, false
	}
	lo, hi := trim(text, st, sum.End)
	return doc.Span{Start: lo, End: hi}, hi > lo
}

// quotedAfterThat reports whether the quotation marks of s pair up and
// the first opens inside a clause reported with "that": "who told MPs
// last Thursday that the company had \"made a mistake\"" quotes within
// what was told, as closedQuotes allows right after "that".
func quotedAfterThat(s string) bool {
	straight, open, closing := strings.Count(s, "\""), strings.Count(s, "“"), strings.Count(s, "”")
	i := quoteOpenQuoteMarks.firstIn(s)
	return i >= 0 && straight%2 == 0 && open == closing && strings.Contains(s[:i], " that ")
}

// subjectUnitsAbove reports whether the words of a sentence's subject s
// are more than max, a name of several capitalised words (with its
// particles: "Maria das Graças Tavares Monteiro") counting as one: a
// long name makes no long subject. A capitalised function word ("The"
// opening the sentence) is a word of its own. The words are read only
// until their count is above max: it never falls.
func subjectUnitsAbove(s string, max int) bool {
	n, inName := 0, false
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		name := unicode.IsUpper(r) && !inLower(stopWords, w) || inName && nameParticles[w]
		if !name || !inName {
			if n++; n > max {
				return true
			}
		}
		inName = name
	}
	return false
}

// clauseBeforeName reports whether s, the words before a comma opening a
// relative clause, is longer than max words and fits only by counting
// its names as one, with words after the last name: "Chief Dana Ruiz
// told the board that the blaze, which ..." is a clause whose object
// the relative clause qualifies, unlike the long name of "Chief
// executive Ana Maria dos Santos Ferreira, who ...". Such a relative
// clause holding two times ("which ignited on Monday and was contained
// on Friday") keeps its date to itself only when the rest of the
// sentence names its own time.
func clauseBeforeName(s string, max int) bool {
	ws := strings.Fields(s)
	if len(ws) <= max {
		return false
	}
	return !strings.ContainsFunc(ws[len(ws)-1], unicode.IsUpper) // "al-Chalabi" ends a name
}

// otherTimeIn reports whether text[lo:hi] holds a time expression other
// than the one at t.
func otherTimeIn(text string, lo, hi int, t doc.Span) bool {
	if lo < 0 || hi > len(text) || lo >= hi {
		return false
	}
	for _, x := range timex.Find(text[lo:hi], nil, time.Time{}) {
		if lo+x.Start != t.Start {
			return true
		}
	}
	return false
}
