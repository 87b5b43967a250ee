package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// saintPrefixes open the names of many towns and ports: "Santa Lumen",
// "San Teodoro", "São Brás".
var saintPrefixes = wordSet("santa san santo são sao")

// placePrepositions put a place after them: "diverted to Santa Lumen".
var placePrepositions = wordSet("to at in from near via")

// portNouns make a place of the name after them and "of": "the port of
// Santa Lumen".
var portNouns = wordSet("port harbour harbor")

// saintPlaces makes a place, at its every mention taken for a person, of a
// name the document writes after "the port of", or of a name opening with
// "Santa", "San" or the like that it writes after a preposition of place
// ("sailed to Santa Lumen"): such a name is a town's, not a person's
// ("Santa Puglisi said").
func saintPlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	var named map[string]bool
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.start < 1 || tags[s.start-1] != 0 {
			continue
		}
		prev := tokText(text, toks, s.start-1)
		port := prev == "of" && s.start >= 2 && lowerIn(portNouns, tokText(text, toks, s.start-2))
		saint := s.end-s.start >= 2 && capitalised(tokText(text, toks, s.start)) && lowerIn(saintPrefixes, tokText(text, toks, s.start)) && placePrepositions[prev]
		if !port && !saint {
			continue
		}
		if named == nil {
			named = map[string]bool{}
		}
		named[text[toks[s.start].Start:toks[s.end-1].End]] = true
	}
	for _, s := range dt.spans() {
		if s.typ == model.TypePER && named[text[toks[s.start].Start:toks[s.end-1].End]] {
			retype(tags, s, model.TypeLOC)
		}
	}
}
