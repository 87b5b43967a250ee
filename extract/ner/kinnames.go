package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// kinNouns name a person by their tie to another: "Savchuk's mother,
// Halyna", "his wife, Maria".
var kinNouns = wordSet(`mother father wife husband son daughter brother sister widow widower
	grandmother grandfather aunt uncle niece nephew cousin fiancee fiancée fiance fiancé`)

// kinOwners are the possessive words before a kin noun besides a name's
// "'s": "his mother", "their son".
var kinOwners = wordSet(`his her their my our your`)

// kinNamedPeople makes a person of a name of one or two words tagged
// otherwise that a kin noun owned by someone introduces, set off by a
// comma: "Savchuk's mother, Halyna, had waited", "his wife, Maria,
// said". The comma after the name, or the end of the sentence, closes
// the apposition.
func kinNamedPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ == model.TypePER || s.end-s.start > 2 || s.start < 3 || s.end >= len(toks) {
			continue
		}
		if tokText(text, toks, s.start-1) != "," || !lowerIn(kinNouns, tokText(text, toks, s.start-2)) {
			continue
		}
		if owner := tokText(text, toks, s.start-3); !isPossessive(owner) && !lowerIn(kinOwners, owner) {
			continue
		}
		if next := tokText(text, toks, s.end); next != "," && next != "." {
			continue
		}
		retype(tags, s, model.TypePER)
	}
}
