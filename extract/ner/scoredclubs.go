package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// scoredClubs makes organisations of names the tagger took for people that
// end in a club word and follow a match score within three words: "a 3-1
// win over Castleford Town", "lost 2-0 to Barnham United". Such a result
// names a team even in a document that names no other club.
func scoredClubs(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.end-s.start < 2 || !inSet(clubWords, tokText(text, toks, s.end-1)) {
			continue
		}
		for k := s.start - 1; k >= 0 && k >= s.start-3; k-- {
			if isScore(tokText(text, toks, k)) {
				retype(tags, s, model.TypeORG)
				break
			}
		}
	}
}
