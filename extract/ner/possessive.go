package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// joinPossessiveNames makes one organisation of a name that holds a
// possessive: the tagger reads "Alzheimer's Research UK" as "Alzheimer"
// and "Research UK", and "the Women's Institute" as "Institute". A
// capitalised word (or an organisation) with "'s" right before an
// organisation joins it; a person's or a place's possessive does not
// ("Britain's Labour Party", "Trump's Justice Department").
func joinPossessiveNames(text string, toks []tok.Token, tags []int) {
	for _, sp := range spans(tags) {
		if sp.typ != model.TypeORG || sp.start < 2 {
			continue
		}
		poss, owner := sp.start-1, sp.start-2
		if !isPossessive(tokText(text, toks, poss)) || toks[poss].Start != toks[owner].End || !capitalised(tokText(text, toks, owner)) {
			continue
		}
		start := owner
		switch t := model.TagType(tags[owner]); {
		case t == model.TypeORG:
			for start > 0 && model.IsInside(tags[start]) {
				start--
			}
		case t >= 0:
			continue // a person's or a place's possessive
		}
		tags[start] = model.BeginTag(model.TypeORG)
		for k := start + 1; k < sp.end; k++ {
			tags[k] = model.InsideTag(model.TypeORG)
		}
	}
}
