package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// maxFacilityWords bounds the capitalised words read after a name up to
// the building's head that closes it: "Leisure Centre".
const maxFacilityWords = 2

// joinFacilityTails widens a name after "the" over the capitalised words
// the tagger left out after it that end in a building's head (see
// buildingEnds): "at the Albury Leisure Centre" is one building, not
// "Albury". A name read as a person's, or as a name of no kind, becomes
// a place; another keeps its type.
func joinFacilityTails(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.start == 0 || tokText(text, toks, s.start-1) != "the" {
			continue
		}
		e := facilityTailEnd(text, toks, tags, s.end)
		if e < 0 {
			continue
		}
		typ := s.typ
		if typ == model.TypePER || typ == model.TypeMISC {
			typ = model.TypeLOC
		}
		retype(tags, span{start: s.start, end: e}, typ)
	}
}

// facilityTailEnd returns the end of the untagged capitalised words from
// token i, one space apart, whose last is a building's head and after
// which no capitalised word follows, or -1.
func facilityTailEnd(text string, toks []tok.Token, tags []int, i int) int {
	for k := i; k < len(toks) && k < i+maxFacilityWords && tags[k] == 0; k++ {
		w := tokText(text, toks, k)
		if !capitalised(w) || shouted(w) || toks[k].Start-toks[k-1].End != 1 {
			return -1
		}
		if lowerIn(buildingEnds, w) {
			if k+1 < len(toks) && capitalised(tokText(text, toks, k+1)) && toks[k+1].Start-toks[k].End == 1 {
				return -1
			}
			return k + 1
		}
	}
	return -1
}
