package events

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/identity"
)

// maxDescribedWords bounds the words of a description of a person
// before its ", who": "The Kyiv-born chief executive of Northgate
// Terminals".
const maxDescribedWords = 9

// withDescribedPerson adds to names, the participants of a clause sum of
// sentence s, the person the clause speaks of by a description that
// opens it: a definite noun phrase with a role noun and a "who" clause
// on it ("The Kyiv-born chief executive of Northgate Terminals, who took
// over the operator in 2023"). The person is the one the article named
// with that role noun, else the one person of the nearest sentence
// before that names anyone ("Olexander Kovalenko has spent a week
// watching his cranes stand idle."); a guess between several is worse
// than none. A description that names a person ("The wife of Ann Holt,
// who …") is no such subject.
func withDescribedPerson(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	noun, end, ok := describedPerson(p.text[sum.Start:sum.End])
	if !ok || hasPerson(p.mentions, doc.Span{Start: sum.Start, End: sum.Start + end}) {
		return names
	}
	if h := p.roleHolder(sum.Start, noun); h != "" {
		return addName(names, h)
	}
	if ps := p.before(p.index(s), "they", pronounDepth, nil); len(ps) == 1 && sum.Start-s.Start <= len("the ") {
		return addName(names, ps[0])
	}
	return names
}

// describedPerson returns the role noun of the definite noun phrase a
// clause opens with when a "who" clause follows it ("The former chief
// executive of Acme, who …" gives "executive"), and where the phrase
// ends.
func describedPerson(clause string) (noun string, end int, ok bool) {
	const reach = 120 // bytes enough for maxDescribedWords
	head := clause[:min(len(clause), reach)]
	if !strings.HasPrefix(head, "The ") && !strings.HasPrefix(head, "the ") {
		return "", 0, false
	}
	end = strings.Index(head, ", who ")
	if end < 0 {
		return "", 0, false
	}
	ws := strings.Fields(head[:end])
	if len(ws) < 2 || len(ws) > maxDescribedWords {
		return "", 0, false
	}
	// The noun is the last word before a preposition, or the phrase's
	// last word: "chief executive of Acme", "the new chairman".
	last := len(ws)
	for i := 2; i < len(ws); i++ {
		if nameObjectPrepositions[ws[i]] {
			last = i
			break
		}
	}
	noun = strings.ToLower(ws[last-1])
	if !isWord(noun) || !identity.HasRoleHead(noun) {
		return "", 0, false
	}
	return noun, end, true
}
