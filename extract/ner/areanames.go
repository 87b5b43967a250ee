package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// areaWords end the names of local-government areas: "Wendle Shire",
// "Harlan County", "Tarrow Borough".
var areaWords = wordSet(`shire county borough township parish district`)

// areaPeople makes places of the names of two words or more that end in an
// area's word which the tagger took for people: "the Wendle Shire mayor"
// names the shire, no one called Shire.
func areaPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.end-s.start < 2 {
			continue
		}
		if w := tokText(text, toks, s.end-1); capitalised(w) && lowerIn(areaWords, w) {
			retype(tags, s, model.TypeLOC)
		}
	}
}
