package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// homeOwners are the possessive words before "home" in "her home in
// Bourg de la Vallon".
var homeOwners = wordSet("his her their my our your its")

// homePlaces makes a place of a name the tagger read as a person right
// after "her home in" or "their home near": a home is in a place, not in
// a person.
func homePlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.start < 3 || tags[s.start-1] != 0 || tags[s.start-2] != 0 || tags[s.start-3] != 0 {
			continue
		}
		prep, home, owner := tokText(text, toks, s.start-1), tokText(text, toks, s.start-2), tokText(text, toks, s.start-3)
		if (prep != "in" && prep != "near") || home != "home" || !lowerIn(homeOwners, owner) {
			continue
		}
		retype(tags, s, model.TypeLOC)
	}
}
