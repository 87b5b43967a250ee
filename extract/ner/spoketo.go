package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// speakVerbs take the person spoken with after "to": "I spoke to Rob last
// night", "she had talked to Ines". The nouns "talk" and "talks" are left
// out: "talks with Peking" are a government's.
var speakVerbs = wordSet(`spoke spoken speak speaks speaking talked talking chatted`)

// spokenToPeople makes a person of one word the tagger took for a place
// that no list of places holds, right after a verb of speaking and "to":
// one speaks to a person ("spoke to Rob"), and a capital that stands for
// its government ("spoke to Washington") is a listed place.
func spokenToPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.end-s.start != 1 || s.start < 2 {
			continue
		}
		if tokText(text, toks, s.start-1) != "to" || !inSet(speakVerbs, tokText(text, toks, s.start-2)) {
			continue
		}
		if !listedPlace(text, toks, s) {
			retype(tags, s, model.TypePER)
		}
	}
}
