package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// placedRolePeople makes a person of a name of two or three words tagged
// a place that is set off between commas after a role noun and the place
// the role is held in: in "the prosecutor in Carvona, Mira Test, said"
// Mira Test is the prosecutor, not a second place. Names with a word of
// institutions, places or features, or a word the news writes in lower
// case, keep their types.
func placedRolePeople(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		n := s.end - s.start
		if s.typ != model.TypeLOC || n < 2 || n > maxRoleLedWords || s.end >= len(toks) || tokText(text, toks, s.end) != "," {
			continue
		}
		if !afterRoleInPlace(text, toks, tags, s.start) {
			continue
		}
		if personalNameWords(text, toks, s, common) {
			retype(tags, s, model.TypePER)
		}
	}
}

// afterRoleInPlace reports whether the tokens before start read as a role
// noun, "in", a place and a comma: "prosecutor in Carvona ,".
func afterRoleInPlace(text string, toks []tok.Token, tags []int, start int) bool {
	k := start - 1
	if k < 1 || tokText(text, toks, k) != "," {
		return false
	}
	k--
	for k > 0 && tags[k] == model.InsideTag(model.TypeLOC) {
		k--
	}
	if tags[k] != model.BeginTag(model.TypeLOC) || k < 2 {
		return false
	}
	return tokText(text, toks, k-1) == "in" && isRoleNoun(tokText(text, toks, k-2))
}
