package ner

import (
	"strings"
	"unicode"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// personRoleNouns are lower-case role nouns written straight before the
// name of the person who holds the role, besides the employers' and the
// apposition roles: "chief prosecutor Helga Brandt", "mountain guide Anna
// Keller".
var personRoleNouns = wordSet(`prosecutor attorney solicitor barrister investigator guide
	inspector commander negotiator diplomat ambassador envoy captain pilot rescuer`)

// maxRoleLedWords bounds the words of a name a role noun leads.
const maxRoleLedWords = 3

// roleLedPeople makes a person of a name of two or three words tagged an
// organisation or a place that a lower-case role noun leads, when every
// word is shaped like a personal name: "chief prosecutor Helga Brandt
// said", read as an organisation. Names with a word of institutions,
// places or features, or a word the news writes in lower case, keep their
// types: "director General Motors", "guide Lake Geneva".
func roleLedPeople(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		n := s.end - s.start
		if s.typ != model.TypeORG && s.typ != model.TypeLOC || n < 2 || n > maxRoleLedWords || s.start == 0 {
			continue
		}
		if prev := tokText(text, toks, s.start-1); !isRoleNoun(prev) {
			continue
		}
		if personalNameWords(text, toks, s, common) {
			retype(tags, s, model.TypePER)
		}
	}
}

// dropRoleOpeners untags a one-word place or other name opening a
// sentence that the news writes in lower case and that stands before
// lower-case role words and a person: "Mountain guide Søren
// Kierkegaard-Holm said", where "Mountain" is no place but the first word
// of the role. An organisation there is a party or a club ("Green leader
// Marine Tondelier").
func dropRoleOpeners(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC && s.typ != model.TypeMISC || s.end-s.start != 1 || !sentenceInitial(text, toks, s.start) {
			continue
		}
		w := tokText(text, toks, s.start)
		if !nameLetters(w) || !common(strings.ToLower(w)) || model.ListedPlace([]string{w}) || namedInside(text, toks, s.start) {
			continue // "U.S. special envoy", "Paris mayor"
		}
		for k := s.end + 1; k < len(toks) && k-s.end <= maxRoleWords; k++ {
			if tags[k] == model.BeginTag(model.TypePER) && lowerRoleBetween(text, toks, tags, s.end, k) {
				setTag(tags, s.start, 0)
				break
			}
		}
	}
}

// lowerRoleBetween reports untagged lower-case words in toks[i:k] that
// end in a role noun: "guide" in "Mountain guide Søren".
func lowerRoleBetween(text string, toks []tok.Token, tags []int, i, k int) bool {
	if !isRoleNoun(tokText(text, toks, k-1)) {
		return false
	}
	for m := i; m < k; m++ {
		if tags[m] != 0 || !model.PlainWord(tokText(text, toks, m)) || inSet(roleModifierStops, tokText(text, toks, m)) {
			return false
		}
	}
	return true
}

// isRoleNoun reports a role noun written in lower case.
func isRoleNoun(w string) bool {
	return inSet(personRoleNouns, w) || inSet(employerRoles, w) || inSet(appositionRoles, w)
}

// personalNameWords reports whether every word of s is a capitalised word
// of letters (hyphens and apostrophes allowed) that is no word of
// institutions, places or features nor one the news writes in lower case.
func personalNameWords(text string, toks []tok.Token, s span, common func(string) bool) bool {
	for i := s.start; i < s.end; i++ {
		w := tokText(text, toks, i)
		if !capitalised(w) || !nameLetters(w) || common(strings.ToLower(w)) {
			return false
		}
		if lowerIn(institutionHeads, w) || lowerIn(placeEnds, w) || lowerIn(placeSecondWords, w) || lowerIn(featureNouns, w) {
			return false
		}
	}
	return true
}

// nameLetters reports a word of two or more letters, in lower case after
// the first letter of each part between hyphens or apostrophes:
// "Brandt", "Okonkwo-Eze", "O'Neill", not "FC" or "MHRA".
func nameLetters(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '’' }) {
		for k, r := range []rune(part) {
			if !unicode.IsLetter(r) || k > 0 && !unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// occupationOpeners are occupations written capitalised only because they
// open a sentence before the name of the person who holds them:
// "Librarian Fiona Castellan said", "Organiser Ben Adeyemi said". None is
// also a given name.
var occupationOpeners = wordSet(`librarian organiser organizer curator headteacher headmaster headmistress
	caretaker landlord landlady publican shopkeeper farmer vicar chaplain warden ranger paramedic
	firefighter midwife pharmacist dentist surgeon architect historian archaeologist volunteer
	resident neighbour neighbor witness owner chef manager spokesman spokeswoman economist analyst`)

// dropOccupationOpeners takes out of a person's name of three words or
// more its first word when that opens the sentence and is an occupation
// or a lower-case role noun: in "Librarian Fiona Castellan said" the
// person is "Fiona Castellan".
func dropOccupationOpeners(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.end-s.start < 3 || !sentenceInitial(text, toks, s.start) {
			continue
		}
		w := tokText(text, toks, s.start)
		if !capitalised(w) || !lowerIn(occupationOpeners, w) && !isRoleNoun(strings.ToLower(w)) {
			continue
		}
		setTag(tags, s.start, 0)
		setTag(tags, s.start+1, model.BeginTag(model.TypePER))
	}
}
