package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// maxTrailingNoun bounds the words of the noun phrase before a trailing
// relative clause that its row keeps: "the Westmarsh district, where …".
const maxTrailingNoun = 5

// trailingClause returns the clause that closes a sentence after its
// last comma and holds the expression at t, when that clause is about a
// noun of the sentence and not its main event. In a sentence dating
// nothing before the comma, it is a relative clause opened by "where" or
// "which", kept with the noun phrase before the comma from its
// determiner: "ordered a recount in the district, where Sunday's vote
// was decided by 38 votes" dates the vote, not the order. In a sentence
// that dates something else before the comma (others), it is an
// appositive noun with a clause of its own: "told fans last week that
// the club would stay, an option the owner explored in 2021".
func trailingClause(low *lowText, sent, t doc.Span, others []doc.Span) (doc.Span, bool) {
	text := low.text
	if sent.End > len(text) || !sent.Contains(t) {
		return doc.Span{}, false
	}
	open := strings.LastIndexByte(text[sent.Start:t.Start], ',')
	if open < 0 {
		return doc.Span{}, false
	}
	open += sent.Start
	end := sent.Start + len(strings.TrimRight(text[sent.Start:sent.End], " \t\r\n"))
	if clauseMarks.in(text[t.End:end]) || quoteCurlyQuotesParensDashesMarks.in(text[open+1:t.Start]) {
		return doc.Span{}, false // the clause runs on, or holds a quotation
	}
	ws := low.wordSpans(open+1, end)
	if len(ws) < 3 {
		return doc.Span{}, false
	}
	first := strings.ToLower(text[ws[0].Start:ws[0].End])
	switch {
	case (first == "where" || first == "which") && !datedBefore(others, open) && !inLower(subjectWords, text[ws[1].Start:ws[1].End]):
		// "on his way to Tokyo, where he is to arrive on Sunday": the
		// clause goes on with the sentence's subject, whose event it is.
		if st, ok := nounPhraseBefore(text, sent.Start, open); ok && !(first == "which" && ofBefore(text, sent.Start, st)) {
			return doc.Span{Start: st, End: end}, true
		}
	case (first == "a" || first == "an") && datedBefore(others, open) && contactClause(text, ws):
		return doc.Span{Start: ws[0].Start, End: end}, true
	}
	return doc.Span{}, false
}

// nounPhraseBefore returns where the noun phrase ending at the comma at
// offset comma opens: at its determiner, within maxTrailingNoun words. A
// name with no determiner ("Kupyansk, which …") is left to the rules of
// names.
func nounPhraseBefore(text string, start, comma int) (int, bool) {
	ws := wordSpans(text, start, comma)
	for i := len(ws) - 1; i >= 1 && len(ws)-i <= maxTrailingNoun; i-- {
		w := strings.ToLower(text[ws[i].Start:ws[i].End])
		if determiners[w] && w == text[ws[i].Start:ws[i].End] { // "Class A warrants" holds no article
			return ws[i].Start, true
		}
		if auxiliaries[w] || strings.HasSuffix(w, "ed") || nounLinks[w] || w == "and" || w == "or" {
			break
		}
	}
	return 0, false
}

// ofBefore reports whether the word before offset at, within the
// sentence opening at start, is "of": the noun phrase there is part of a
// longer one that "which" may be about ("requested analysis of her B
// sample, which the agency said would take place next week"), while
// "where" is about the place ("an audit of the depot, where …").
func ofBefore(text string, start, at int) bool {
	ws := wordSpans(text, start, at)
	return len(ws) > 0 && strings.EqualFold(text[ws[len(ws)-1].Start:ws[len(ws)-1].End], "of")
}

// datedBefore reports whether one of the spans lies before offset at.
func datedBefore(spans []doc.Span, at int) bool {
	for _, sp := range spans {
		if sp.End <= at {
			return true
		}
	}
	return false
}

// contactClause reports whether the words ws, opening with an article,
// are a noun phrase and a relative clause on it with no relative word:
// the article, one to three lower-case nouns or adjectives, then a name
// or a subject pronoun and a verb in the past ("an option Pennock
// explored", "a plan she dropped").
func contactClause(text string, ws []doc.Span) bool {
	for i := 2; i < len(ws)-1 && i <= 4; i++ {
		w := text[ws[i].Start:ws[i].End]
		lw := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || subjectWords[lw] {
			v := strings.ToLower(text[ws[i+1].Start:ws[i+1].End])
			return strings.HasSuffix(v, "ed") && !auxiliaries[v]
		}
		if auxiliaries[lw] || strings.HasSuffix(lw, "ed") || nounLinks[lw] {
			return false
		}
	}
	return false
}

// subjectWords are the pronouns that may open a relative clause with no
// relative word: "a plan she dropped".
var subjectWords = toSet(`he she they we i it`)
