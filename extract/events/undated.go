package events

import (
	"strings"

	"newsbot/extract/doc"
)

// maxMainWords is how far into a summary the verb of its main clause
// is looked for by undatedMain.
const maxMainWords = 14

// nounDatedLast returns the noun phrase and the modifier on it that end
// the summary sum with its only time t, a restrictive relative clause
// ("a dispute that saw two strikes in March") or a past participle
// ("a 3.2% offer made last month"), when the main clause is undated:
// told as it stands now (a present perfect, "Nurses have voted to
// accept the offer, ending a dispute that saw two strikes in March") or
// as what someone said ("The union said ministers refused to improve on
// an offer made last month"). The time dates the noun's event, not the
// vote or the saying, which the article's own date dates.
func nounDatedLast(low *lowText, sum, t doc.Span) (doc.Span, bool) {
	text := low.text
	if !sum.Contains(t) || strings.Trim(text[t.End:sum.End], ".!?\"'”’) ") != "" || !undatedMain(low.firstWordsOf(sum.Start, t.Start, maxMainWords+1)) {
		return doc.Span{}, false
	}
	ws := low.wordSpans(sum.Start, t.Start)
	n := len(ws)
	if n < 4 {
		return doc.Span{}, false
	}
	// "an offer made last month": the participle right before the time.
	if last := strings.ToLower(text[ws[n-1].Start:ws[n-1].End]); pastParticiple(last) || irregularPast[last] {
		if i, ok := determinerBefore(text, ws, n-1); ok && i > 0 && objectSlot(text[ws[i-1].Start:ws[i-1].End]) &&
			!clauseMarks.in(text[ws[i].Start:t.Start]) {
			return doc.Span{Start: ws[i].Start, End: t.End}, true
		}
	}
	// "a dispute that saw two strikes in March".
	rel := -1
	for i := n - 1; i >= 0 && n-i <= maxRelativeWords; i-- {
		if isRelativePronoun(text[ws[i].Start:ws[i].End]) {
			rel = i
			break
		}
	}
	if rel < 2 || rel+1 >= n || clauseMarks.in(text[ws[rel-1].End:t.Start]) ||
		!relativeVerb(text[ws[rel+1].Start:ws[rel+1].End]) {
		return doc.Span{}, false
	}
	i, ok := determinerBefore(text, ws, rel)
	if !ok || i == 0 || !objectSlot(text[ws[i-1].Start:ws[i-1].End]) {
		return doc.Span{}, false
	}
	return doc.Span{Start: ws[i].Start, End: t.End}, true
}

// objectPrepositions open the phrase of a noun that is no subject.
var objectPrepositions = toSet(`on of to for with against over from by under after before into about`)

// objectSlot reports whether the word before a noun phrase makes it an
// object, not the subject of a clause of its own: a preposition ("improve
// on an offer made last month") or a present participle ("ending a
// dispute that …"), not a verb of saying ("said the strike began last
// month", which the strike's beginning dates whole).
func objectSlot(w string) bool {
	w = strings.ToLower(w)
	return objectPrepositions[w] || len(w) > 5 && strings.HasSuffix(w, "ing")
}

// undatedMain reports whether the words before a time open with a main
// clause no time dates: a present perfect ("have voted", "has agreed")
// or a verb of saying ("said", "says"). ws are the first lower-case
// words before the time, one more than maxMainWords when there are.
func undatedMain(ws []string) bool {
	for i, w := range ws[:min(len(ws), maxMainWords)] {
		switch {
		case reportedPast[w] || w == "says":
			return true
		case (w == "has" || w == "have") && i+1 < len(ws) && (ws[i+1] == "been" || pastParticiple(ws[i+1]) || irregularPast[ws[i+1]]):
			return true
		}
	}
	return false
}
