package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// bodyEnds end only the names of institutions: "Calder Polytechnic",
// "Calder Academy".
var bodyEnds = map[string]bool{"Polytechnic": true, "Academy": true, "College": true, "School": true}

// bodyOpeners open only the names of outlets: "Radio Calder".
var bodyOpeners = map[string]bool{"Radio": true}

// schoolsAndStations makes an organisation of a name of several words
// taken for a person or a place that ends in a word of bodyEnds or opens
// with "Radio": "a researcher at Calder Polytechnic", "REPORTER (Radio
// Calder)".
func schoolsAndStations(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER && s.typ != model.TypeLOC || s.end-s.start < 2 {
			continue
		}
		if bodyEnds[tokText(text, toks, s.end-1)] || s.typ == model.TypePER && bodyOpeners[tokText(text, toks, s.start)] {
			retype(tags, s, model.TypeORG)
		}
	}
}
