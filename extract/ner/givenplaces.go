package ner

import (
	"strings"
	"unicode"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// givenPlaces are places whose names are also common given names: the
// tagger reads "Sofia Lindqvist" or "Florence Adeyemi" as a place by its
// first word.
var givenPlaces = wordSet(`sofia florence paris victoria sydney jordan washington charlotte austin
	adelaide georgia india virginia madison lincoln chelsea savannah brooklyn dallas denver
	phoenix regina eugene orlando alexandria valencia houston troy jackson aurora beverly
	shannon kingston odessa lourdes sienna verona geneva vienna milan siena carolina dakota
	nevada devon kent clifton preston camden israel`)

// placeSecondWords follow the name of a place or an institution in a name
// of two words: "Sydney Harbour", "Victoria Station", "Washington Post".
var placeSecondWords = wordSet(`city county airport street road avenue square station harbour harbor
	bay port valley park hill hills state island islands beach lake river falls heights
	springs university college hospital post times herald star journal mail capitals nationals
	wizards commanders redskins mavericks cowboys stars rockets nuggets suns`)

// givenNamedPeople makes a person of a name of two words tagged a place
// or an organisation whose first word is a place that is also a given
// name and whose second is no word of places or institutions nor one the
// news writes in lower case ("Victoria Police", "India Today"), when the
// sentence speaks of it as of a person: "According to Sofia Lindqvist,
// the IFRC's Asia Pacific director", "Florence Adeyemi said", "Paris
// Hilton attended. She ...". "Santa Barbara", "Sydney Harbour", the
// "Washington Post", "Paris Saint-Germain" and a name after "the" keep
// their types.
func givenNamedPeople(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC && s.typ != model.TypeORG || s.end-s.start != 2 {
			continue
		}
		first, last := tokText(text, toks, s.start), tokText(text, toks, s.end-1)
		if !lowerIn(givenPlaces, first) || !surnameShaped(last) || common(strings.ToLower(last)) || lowerIn(placeSecondWords, last) ||
			lowerIn(placeEnds, last) || lowerIn(featureNouns, last) || lowerIn(institutionHeads, last) {
			continue
		}
		if s.start > 0 && strings.EqualFold(tokText(text, toks, s.start-1), "the") {
			continue // "the Dallas Mavericks", "the Paris Hilton"
		}
		if personContext(text, toks, s) {
			retype(tags, s, model.TypePER)
		}
	}
}

// surnameShaped reports a capitalised word of letters in lower case
// after the first: "Lindqvist", not "Saint-Germain" or "FC".
func surnameShaped(w string) bool {
	if !capitalised(w) || len(w) < 2 {
		return false
	}
	for _, r := range w[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// personContext reports the surroundings of a person's name: a title
// before it, "according to" before it, a verb of saying or a possessive
// after it, a role set off by a comma after it ("Sofia Lindqvist, the
// IFRC's Asia Pacific director,") or a personal pronoun opening the next
// sentence.
func personContext(text string, toks []tok.Token, s span) bool {
	word := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return strings.ToLower(tokText(text, toks, i))
	}
	if word(s.start-1) == "to" && word(s.start-2) == "according" {
		return true
	}
	return personCued(text, toks, s) || apposedRole(text, toks, s.end) || pronounNext(text, toks, s.end) || addressed(text, toks, s)
}

// addressVerbs are the verbs by which a speaker addresses a person named
// after them: "the envoy told Sofia Marchetti".
var addressVerbs = wordSet(`told asked thanked interviewed`)

// addressed reports a name after a verb of addressing ("told Sofia
// Marchetti") or after an organisation's possessive ("NBN's Sofia
// Marchetti", the outlet's correspondent), where no place stands.
func addressed(text string, toks []tok.Token, s span) bool {
	if s.start < 1 {
		return false
	}
	prev := tokText(text, toks, s.start-1)
	if inSet(addressVerbs, prev) {
		return true
	}
	if !isPossessive(prev) || s.start < 2 {
		return false
	}
	return acronymWord(tokText(text, toks, s.start-2))
}

// maxAppositionWords bounds the words of a role set off by commas.
const maxAppositionWords = 10

// apposedRole reports a comma at token i that opens a phrase ending in a
// role noun before the next comma: ", the charity's director,", ", Asia
// Pacific director at the ...".
func apposedRole(text string, toks []tok.Token, i int) bool {
	if i >= len(toks) || tokText(text, toks, i) != "," {
		return false
	}
	for k := i + 1; k < len(toks) && k-i <= maxAppositionWords; k++ {
		w := tokText(text, toks, k)
		if inSet(employerRoles, w) || inSet(appositionRoles, w) {
			return true
		}
		if w == "," || w == "." || w == ";" {
			return false
		}
	}
	return false
}

// appositionRoles are role nouns that describe a person in an apposition
// besides the employers' roles.
var appositionRoles = wordSet(`head minister spokesperson lawyer actress actor singer author professor
	researcher scientist doctor nurse teacher student coordinator adviser advisor official
	chief leader mayor governor senator councillor campaigner activist founder`)

// maxPronounReach bounds the tokens between a name and the end of its
// sentence for a pronoun in the next one to refer to it.
const maxPronounReach = 30

// personalPronouns open a sentence about a person named just before.
var personalPronouns = fixedSet(map[string]bool{"He": true, "She": true, "His": true, "Her": true})

// pronounNext reports a personal pronoun opening the sentence after the
// one token i is in.
func pronounNext(text string, toks []tok.Token, i int) bool {
	for k := i; k+1 < len(toks) && k-i <= maxPronounReach; k++ {
		switch tokText(text, toks, k) {
		case ".", "!", "?":
			return inSet(personalPronouns, tokText(text, toks, k+1))
		}
	}
	return false
}
