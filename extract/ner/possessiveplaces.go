package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// possessiveLocalities end the names of small places named for an early
// owner with a possessive: "Harper's Crossing", "Dawson's Creek",
// "Quinn's Flat". They are rarely anything but a place's word after a
// name's possessive.
var possessiveLocalities = wordSet(`flat flats creek crossing gully landing corner corners cove springs lagoon gap
	bluff hollow pocket ferry inlet point`)

// possessivePlaceNames makes one place of a capitalised word, its
// possessive and a locality's word after it, "Quinn's Flat", which the
// tagger reads as a person and a common word or tags only in part. The
// name must end there: "Quinn's Flat Road" is left to the other rules.
// A possessive already inside a longer name is left as it is.
func possessivePlaceNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	next := 1 // the first possessive still to visit
	for _, p := range dt.possessives() {
		i := p - 1 // the owner
		if p < next {
			continue
		}
		if i+2 >= len(toks) {
			break
		}
		if !possessiveLocality(text, toks, tags, i) {
			continue
		}
		retype(tags, span{i, i + 3, model.TypeLOC}, model.TypeLOC)
		next = p + 3
	}
}

// possessiveLocality reports a name "Owner 's Locality" at token i that
// ends at the locality's word.
func possessiveLocality(text string, toks []tok.Token, tags []int, i int) bool {
	owner, poss, feat := tokText(text, toks, i), tokText(text, toks, i+1), tokText(text, toks, i+2)
	if !isPossessive(poss) || poss == "'" || poss == "’" || toks[i+1].Start != toks[i].End {
		return false
	}
	if !capitalised(owner) || !capitalised(feat) || !lowerIn(possessiveLocalities, feat) {
		return false
	}
	if model.IsInside(tags[i]) || i+3 < len(tags) && model.IsInside(tags[i+3]) {
		return false // part of a longer name
	}
	if i+3 < len(toks) && capitalised(tokText(text, toks, i+3)) && toks[i+3].Start == toks[i+2].End+1 {
		return false // "Quinn's Flat Road"
	}
	return tags[i] != 0 || tags[i+2] != 0
}
