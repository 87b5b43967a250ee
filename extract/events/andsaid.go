package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
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
	k := strings.LastIndex(lead, " and said ")
	if k < 0 {
		return doc.Span{}, false
	}
	st := sum.Start + k + len(" and said ")
	if strings.HasPrefix(text[st:], "that ") {
		st += len("that ")
	}
	if rest := text[st:t.Start]; strings.ContainsAny(rest, ",;:\"“”") || !pastPerfect(lowerWords(rest)) {
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
	i := strings.IndexAny(s, "\"“")
	return i >= 0 && straight%2 == 0 && open == closing && strings.Contains(s[:i], " that ")
}

// subjectUnits counts the words of a sentence's subject, a name of
// several capitalised words (with its particles: "Maria das Graças
// Tavares Monteiro") counting as one: a long name makes no long subject.
// A capitalised function word ("The" opening the sentence) is a word of
// its own.
func subjectUnits(s string) int {
	n, inName := 0, false
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		name := unicode.IsUpper(r) && !stopWords[strings.ToLower(w)] || inName && nameParticles[w]
		if !name || !inName {
			n++
		}
		inName = name
	}
	return n
}
