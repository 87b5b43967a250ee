package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// splitAtBrackets cuts a mention at a square bracket inside it: an editor's
// insertion ("Fiona [Cole, the chair]") is no part of the name before it,
// and the words on either side are mentions of their own.
func splitAtBrackets(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		for k := s.start + 1; k < s.end; k++ {
			if w := tokText(text, toks, k); w != "[" && w != "]" {
				continue
			}
			setTag(tags, k, 0)
			if k+1 < s.end {
				setTag(tags, k+1, model.BeginTag(s.typ))
			}
		}
	}
}
