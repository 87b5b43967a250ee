package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// introducingVerbs give a person's name after "only as", or after "as"
// when a noun of a person comes before them: "identified only as Elif",
// "the victim was named as Tomas Reyes".
var introducingVerbs = wordSet(`identified named known`)

// callingVerbs give a name right after a noun of a person: "a woman
// called Elif", "a 34-year-old man named Tomas".
var callingVerbs = wordSet(`called named`)

// introducedNouns are the nouns of a person that a story introduces by
// name with "called", "named" or "identified as": "a girl called Elif",
// "the suspect, identified as Tomas".
var introducedNouns = wordSet(`man men woman women boy boys girl girls child children baby teenager teen
	victim victims suspect suspects driver passenger survivor gunman attacker assailant
	patient pupil student worker resident soldier officer nurse doctor mother father son daughter
	wife husband brother sister friend neighbour neighbor witness person`)

// maxIntroReach bounds the tokens between the noun of a person and the
// verb that names them: "the victim, a local man, was named as".
const maxIntroReach = 4

// maxIntroducedWords bounds the words of a name so introduced.
const maxIntroducedWords = 3

// introducedPeople makes a person, at its every mention, of a name the
// tagger took for another kind that a phrase introducing someone gives:
// "The girl, identified only as Elif, was carried out", "a woman called
// Elif", "the victim was named as Elif Demir". A name only is given so:
// a body is "known as" or "called" something after its own noun ("a
// group called Rift", see calledGroup), which is no person's noun.
func introducedPeople(text string, toks []tok.Token, dt *docTags) {
	named := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ == model.TypePER || s.end-s.start > maxIntroducedWords || s.start < 2 || !introducedAt(text, toks, s.start) {
			continue
		}
		if !nameLetterWords(text, toks, s) {
			continue
		}
		named[text[toks[s.start].Start:toks[s.end-1].End]] = true
	}
	retypeNamed(text, toks, dt, named, model.TypePER)
}

// introducedAt reports whether a phrase introducing a person ends right
// before token k: "identified only as", "named only as", "known only as";
// "identified as" or "named as" after a noun of a person; "called" or
// "named" right after one.
func introducedAt(text string, toks []tok.Token, k int) bool {
	prev, before := tokText(text, toks, k-1), tokText(text, toks, k-2)
	switch {
	case inSet(callingVerbs, prev):
		return inSet(introducedNouns, before)
	case prev != "as":
		return false
	case before == "only":
		return k >= 3 && inSet(introducingVerbs, tokText(text, toks, k-3)) && !nounBefore(text, toks, k-3, groupNouns)
	case before == "identified" || before == "named":
		return nounBefore(text, toks, k-2, introducedNouns)
	}
	return false
}

// nounBefore reports a noun of nouns among the maxIntroReach tokens
// before token v, in its sentence and not behind a possessive or "of":
// "victim" of "the victim, a local man, was named".
func nounBefore(text string, toks []tok.Token, v int, nouns map[string]bool) bool {
	for j := v - 1; j >= 0 && v-j <= maxIntroReach; j-- {
		w := tokText(text, toks, j)
		if inSet(nouns, w) {
			return true
		}
		if w == "." || w == ";" || w == "of" || isPossessive(w) || lineBreakBefore(text, toks, j+1) {
			return false // another sentence, or a thing the person has: "the man's car, identified as"
		}
	}
	return false
}

// nameLetterWords reports a name whose every word is a capitalised word of
// letters, in lower case after its first letter: "Elif", "Tomas Reyes",
// not "UNICEF" nor "Room 4".
func nameLetterWords(text string, toks []tok.Token, s span) bool {
	for i := s.start; i < s.end; i++ {
		if w := tokText(text, toks, i); !capitalised(w) || !nameLetters(w) {
			return false
		}
	}
	return true
}
