package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// teamMemberWords, after a pair of sponsors, say it is a team (not
// "team" itself, which a region may have too): "the
// Tolsen–Marrow rider", "Tolsen-Marrow director Ivo Hallgren".
var teamMemberWords = fixedSet(map[string]bool{"rider": true, "riders": true, "teammate": true, "teammates": true,
	"director": true, "squad": true, "driver": true, "drivers": true})

// sponsorTeams types as an organisation a one-word name of two
// capitalised words joined by a hyphen or an en dash (see sponsorPair)
// that a team's word follows ("the Tolsen–Marrow rider") or that follows
// a person's name and "of" ("Ivo Hallgren of Tolsen–Marrow"): a team
// named after its two sponsors, which the tagger often takes for a place.
func sponsorTeams(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		k := s.start
		if s.end-k != 1 || s.typ == model.TypeORG || !sponsorPair(tokText(text, toks, k)) {
			continue
		}
		member := s.end < len(toks) && lowerIn(teamMemberWords, tokText(text, toks, s.end))
		ofRider := k >= 2 && tokText(text, toks, k-1) == "of" && tags[k-2] != 0 && model.TagType(tags[k-2]) == model.TypePER
		if member || ofRider {
			retype(tags, s, model.TypeORG)
		}
	}
}
