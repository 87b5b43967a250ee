package events

import (
	"strings"

	"newsbot/extract/doc"
)

// sameThingNouns are groups of nouns a story uses in turn for one thing:
// "an improved offer" is then "The new proposal".
var sameThingNouns = [][]string{
	{"offer", "bid", "proposal"},
}

// sameThingOpeners are the words after "The" that speak again of a
// thing just told: "The new proposal", "The revised bid".
var sameThingOpeners = toSet(`new revised improved latest fresh`)

// withSameThing adds to names, the participants of a clause sum of
// sentence s that names no person, the people of the sentence right
// before when the clause opens with "The new" and a noun that sentence
// told the thing by, or one of its group ("Rovers made an improved offer
// for Kim Adjei. The new proposal, which was sent on Thursday, …").
func withSameThing(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	var room [3]string
	ws := leadingFieldsInto(room[:0], p.text[sum.Start:min(sum.End, sum.Start+40)], len(room))
	if len(ws) < 3 || ws[0] != "The" || !sameThingOpeners[ws[1]] || hasPerson(p.mentions, sum) {
		return names
	}
	group := nounGroup(strings.TrimRight(ws[2], phraseEnd))
	if group == nil {
		return names
	}
	k := p.index(s)
	if k == 0 || k > len(p.sents) {
		return names
	}
	prev := p.sents[k-1]
	if prev.Boilerplate || prev.End > len(p.text) || !holdsAnyWord(strings.ToLower(p.text[prev.Start:prev.End]), group) {
		return names
	}
	for _, n := range personsIn(p.mentions, prev.Span) {
		names = addName(names, n)
	}
	return names
}

// nounGroup returns the group of sameThingNouns holding noun, else nil.
func nounGroup(noun string) []string {
	for _, g := range sameThingNouns {
		for _, n := range g {
			if n == noun {
				return g
			}
		}
	}
	return nil
}

// holdsAnyWord reports whether the lower-case text holds one of words as
// a word.
func holdsAnyWord(text string, words []string) bool {
	for _, w := range words {
		if HasWord(text, w) {
			return true
		}
	}
	return false
}
