package events

import (
	"strings"

	"newsbot/extract/doc"
)

// maxRelativeSubjectWords bounds the words of the subject of an object
// relative clause: "that rescuers", "which the city council".
const maxRelativeSubjectWords = 3

// objectRelativeEnd returns the span of a noun phrase and the object
// relative clause on it that closes its sentence with the expression at
// t: in "The last three were freed through the tunnel that rescuers dug
// on Sunday" Sunday dates "the tunnel that rescuers dug on Sunday", not
// the freeing. The clause has a subject of its own between the pronoun
// and a verb in the past right before the time ("that rescuers dug on"),
// and the noun phrase follows the verb of the main clause.
func objectRelativeEnd(lt *lowText, sent, t doc.Span) (doc.Span, bool) {
	text := lt.text
	if strings.TrimRight(text[t.End:sent.End], " \"”'.!") != "" {
		return doc.Span{}, false
	}
	ws := lt.wordSpans(sent.Start, t.Start)
	n := len(ws)
	low := func(i int) string { return strings.ToLower(text[ws[i].Start:ws[i].End]) }
	v := n - 1
	if v >= 0 && (low(v) == "on" || low(v) == "at" || low(v) == "in") {
		v--
	}
	if v < 3 || !pastVerbWord(low(v)) {
		return doc.Span{}, false
	}
	rel := -1
	for i := v - 1; i >= 0 && v-i <= maxRelativeSubjectWords+1; i-- {
		if w := low(i); w == "that" || w == "which" {
			rel = i
			break
		}
	}
	if rel < 2 || rel+1 >= v || clauseMarks.in(text[ws[rel-1].End:t.Start]) {
		return doc.Span{}, false
	}
	if low(rel) == "that" && contentClauseNoun(low(rel-1)) {
		return doc.Span{}, false // "the statement that the leak began in May"
	}
	for i := rel + 1; i < v; i++ {
		// The subject: no verb, no other pronoun or conjunction.
		if w := low(i); pastVerbWord(w) || auxiliaries[w] || stopWords[w] && !determiners[w] && !subjectPronoun(w) {
			return doc.Span{}, false
		}
	}
	start, ok := nounPhraseStart(text, ws[:rel])
	if !ok || start == 0 || !mainVerbBefore(ws[:start], low) {
		return doc.Span{}, false
	}
	return doc.Span{Start: ws[start].Start, End: t.End}, true
}

// pastVerbWord reports whether w reads as a verb in the past.
func pastVerbWord(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast[w] || pastVerbs[w]
}

// subjectPronoun reports whether w is a pronoun that can be the subject
// of a relative clause: "that they opened".
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "it", "they", "we", "i", "you":
		return true
	}
	return false
}

// mainVerbBefore reports whether one of ws (the words before a noun phrase)
// is a verb, so that the phrase stands after the main verb.
func mainVerbBefore(ws []doc.Span, low func(int) string) bool {
	for i := range ws {
		if w := low(i); auxiliaries[w] || pastVerbWord(w) {
			return true
		}
	}
	return false
}
