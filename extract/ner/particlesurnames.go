package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// particleSurnames makes a person of lower-case particles and the name
// after them, whatever type the tagger read for the name, when the
// document names a person in full with that same surname: after "Clara
// von Essen", the "von Essen" of "a landscape by von Essen" is her, not
// the city of Essen.
func particleSurnames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	var known map[string]bool
	for _, s := range dt.spans() {
		if s.typ != model.TypePER {
			continue
		}
		for i := s.start + 1; i < s.end; i++ {
			if lowerParticle(tokText(text, toks, i)) && !lowerParticle(tokText(text, toks, i-1)) {
				if known == nil {
					known = map[string]bool{}
				}
				known[text[toks[i].Start:toks[s.end-1].End]] = true
			}
		}
	}
	if known == nil {
		return
	}
	for _, s := range dt.spans() {
		if s.typ == model.TypePER {
			continue
		}
		k := s.start
		for k > 0 && tags[k-1] == 0 && lowerParticle(tokText(text, toks, k-1)) {
			k--
		}
		if k < s.start && known[text[toks[k].Start:toks[s.end-1].End]] {
			retype(tags, span{start: k, end: s.end, typ: model.TypePER}, model.TypePER)
		}
	}
}
