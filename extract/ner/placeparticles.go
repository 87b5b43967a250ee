package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// joinPlaceParticles tags as one place a place's name that the tagger cut
// inside its lower-case particles: "Bourg de" (a place) and "Vallon" (an
// organisation) of "the Bourg de la Vallon town hall". A place's name
// never ends in a lower-case particle, so the capitalised word after the
// particles, with any name it opens, is the rest of it.
func joinPlaceParticles(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.end-s.start < 2 || !lowerParticle(tokText(text, toks, s.end-1)) {
			continue
		}
		k := s.end
		for k < len(toks) && tags[k] == 0 && lowerParticle(tokText(text, toks, k)) {
			k++
		}
		if k >= len(toks) || model.IsInside(tags[k]) || !capitalised(tokText(text, toks, k)) || lowerIn(calendarWords, tokText(text, toks, k)) {
			continue
		}
		end := k + 1
		for tags[k] != 0 && end < len(toks) && model.IsInside(tags[end]) {
			end++
		}
		retype(tags, span{start: s.start, end: end, typ: model.TypeLOC}, model.TypeLOC)
	}
}

// lowerParticle reports a name particle written in lower case ("de", "la").
func lowerParticle(w string) bool {
	return inSet(nameParticles, w) && !capitalised(w)
}
