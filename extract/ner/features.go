package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// possessedFeatures end the names of geographic features that a
// country's or a region's possessive places: "Morvenia's Halvan Valley",
// "Kenya's Rift Valley".
var possessedFeatures = wordSet(`valley river mountains hills plain plains plateau peninsula delta basin
	gorge desert highlands lowlands coast islands`)

// possessivePlaceFeatures makes places of a feature's name of two words
// or more and of the one-word name whose possessive stands right before
// it: the tagger reads "Morvenia's Halvan Valley" as one organisation or
// as a person's possessive. An owner that is part of a longer person's
// name in the document stays a person ("Smith's Rift Valley trip" after
// "Anna Smith").
func possessivePlaceFeatures(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	var people map[string]bool
	for _, s := range ss {
		if s.typ == model.TypePER && s.end-s.start >= 2 {
			if people == nil {
				people = map[string]bool{}
			}
			for i := s.start; i < s.end; i++ {
				people[tokText(text, toks, i)] = true
			}
		}
	}
	for _, s := range ss {
		if ownedFeature(text, toks, tags, s, people) {
			continue
		}
		if s.typ != model.TypeORG || s.end-s.start < 4 || !isPossessive(tokText(text, toks, s.start+1)) {
			continue
		}
		// one organisation over "Owner 's Name Feature"
		feat := span{s.start + 2, s.end, model.TypeLOC}
		if !lowerIn(possessedFeatures, tokText(text, toks, s.end-1)) || toks[s.start+1].Start != toks[s.start].End || people[tokText(text, toks, s.start)] {
			continue
		}
		retype(tags, span{s.start, s.start + 1, model.TypeLOC}, model.TypeLOC)
		setTag(tags, s.start+1, 0)
		retype(tags, feat, model.TypeLOC)
	}
}

// ownedFeature retypes as places a feature's name s of any type and the one-word
// name whose possessive stands right before it, and reports whether it
// did.
func ownedFeature(text string, toks []tok.Token, tags []int, s span, people map[string]bool) bool {
	if s.end-s.start < 2 || s.start < 2 || !lowerIn(possessedFeatures, tokText(text, toks, s.end-1)) {
		return false
	}
	poss, owner := s.start-1, s.start-2
	w := tokText(text, toks, owner)
	if !isPossessive(tokText(text, toks, poss)) || toks[poss].Start != toks[owner].End || !capitalised(w) || people[w] {
		return false
	}
	if model.IsInside(tags[owner]) {
		return false
	}
	retype(tags, span{owner, owner + 1, model.TypeLOC}, model.TypeLOC)
	retype(tags, s, model.TypeLOC)
	return true
}
