package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// bodyOfStatesHeads end the names of bodies that states belong to and
// that the tagger reads now as a body, now as a region: "the Pacific
// Union", "the Northern Alliance".
var bodyOfStatesHeads = wordSet(`union alliance league organisation organization community`)

// sameNamedBodies makes an organisation of a name of several words ending
// in such a head that is typed a place where the same document types the
// very same words an organisation elsewhere: "talks led by the Pacific
// Union" and "the Pacific Union have been invited" name one body.
func sameNamedBodies(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	bodies := map[string]bool{}
	for _, s := range ss {
		if s.typ == model.TypeORG {
			bodies[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	for _, s := range ss {
		if s.typ != model.TypeLOC || s.end-s.start < 2 || !lowerIn(bodyOfStatesHeads, tokText(text, toks, s.end-1)) {
			continue
		}
		if bodies[text[toks[s.start].Start:toks[s.end-1].End]] {
			retype(tags, s, model.TypeORG)
		}
	}
}

// continentAdjectives name the peoples of continents and regions wider
// than one state, whose "Union" is a body of states ("the African Union",
// "the European Union"), unlike one state's ("the Soviet Union").
var continentAdjectives = wordSet(`african european asian arab eurasian american caribbean latin-american`)

// continentalUnions makes an organisation of a continent's adjective and
// "Union" typed a place.
func continentalUnions(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.end-s.start != 2 {
			continue
		}
		if !lowerIn(continentAdjectives, tokText(text, toks, s.start)) || tokText(text, toks, s.start+1) != "Union" {
			continue
		}
		retype(tags, s, model.TypeORG)
	}
}
