package events

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// departureWords tell that a person leaves a post: "resigned as chief
// financial officer", "stepped down as chair".
var departureWords = toSet(`resigned resigns stepped steps retired retires quit quits ousted dismissed sacked departed departs`)

// departureStems hold every word of departureWords between them.
var departureStems = []string{"resign", "step", "retire", "quit", "ousted", "dismissed", "sacked", "depart"}

// mayDepart reports whether s, all ASCII, holds one of departureStems in
// some case, as it does when a word of it lowers to one of
// departureWords (lowering ASCII makes ASCII): a cheap test before the
// words are read.
func mayDepart(s string) bool {
	return slices.ContainsFunc(departureStems, func(st string) bool { return containsFold(s, st) })
}

// withSuccessor adds to names, the participants of the clause sum of
// sentence s, the one person the next sentence of its paragraph puts in
// a post, when the clause tells that a person it names left a post and
// the next sentence is dated by no time of its own: "Ann Holt resigned
// as finance chief on Monday. The board has appointed Ravi Tull as
// interim finance chief." The succession is news of the same day.
// undated reports whether a sentence has no date of its own.
func withSuccessor(p pronouns, s doc.Sentence, sum doc.Span, names []string, undated func(doc.Span) bool) []string {
	if sum.End > len(p.text) || !hasPerson(p.mentions, sum) || !departs(p.text[sum.Start:sum.End]) {
		return names
	}
	k := p.index(s) + 1
	if k >= len(p.sents) || p.sents[k].Para != s.Para {
		return names
	}
	next := p.sents[k]
	if next.Boilerplate || next.End > len(p.text) || !undated(next.Span) || !appoints(p.text[next.Start:next.End]) {
		return names
	}
	var fresh []string
	for _, n := range personsIn(p.mentions, next.Span) {
		if !slices.Contains(names, n) {
			fresh = append(fresh, n)
		}
	}
	if len(fresh) != 1 {
		return names
	}
	return addName(names, fresh[0])
}

// departs reports whether a clause holds a word of departureWords.
func departs(clause string) bool {
	if isASCII(clause) && !mayDepart(clause) {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(clause)) {
		if departureWords[strings.Trim(w, phraseEnd)] {
			return true
		}
	}
	return false
}
