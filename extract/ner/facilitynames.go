package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// facilityKinds say what a hall or a centre is for: "Community Hall",
// "Leisure Centre". No person's name is made of one and a building's head.
var facilityKinds = wordSet(`community leisure village sports sport civic memorial parish youth arts conference
	exhibition visitor visitors recreation health medical`)

// facilityHeads close the names of halls and centres.
var facilityHeads = wordSet(`hall centre center`)

// facilityPeople makes a place of a name tagged a person that is a kind
// of facility and its head ("Community Hall", "Leisure Centre"), and
// widens it over the place's name right before it that the tagger left
// out or tagged apart: "at Glenmoor Community Hall" is one building.
func facilityPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.end-s.start != 2 || !lowerIn(facilityKinds, tokText(text, toks, s.start)) ||
			!lowerIn(facilityHeads, tokText(text, toks, s.start+1)) || !capitalised(tokText(text, toks, s.start+1)) {
			continue
		}
		start := s.start
		if p := s.start - 1; p >= 0 && capitalised(tokText(text, toks, p)) && !shouted(tokText(text, toks, p)) && !lineBreakBefore(text, toks, s.start) &&
			(tags[p] == 0 || model.TagType(tags[p]) == model.TypeLOC && !model.IsInside(tags[p])) {
			start = p
		}
		retype(tags, span{start, s.end, model.TypeLOC}, model.TypeLOC)
	}
}
