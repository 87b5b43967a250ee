package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// roleHeadNouns are the capitalised nouns of a role written after a
// person's name and a comma: "Jane Roe, Head of Oncology".
var roleHeadNouns = wordSet(`head chief director chair chairman chairwoman chairperson dean`)

// dropRoleHeads drops a role noun taken for a name after a person's name
// and a comma when "of" follows it ("Dr. Jane Roe, Head of Oncology at
// Kelbury General Hospital"), and the one-word department after "of"
// when "at" and the institution follow: the role and the department are
// no names of their own.
func dropRoleHeads(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.start < 2 || s.end+1 >= len(toks) || !lowerIn(roleHeadNouns, tokText(text, toks, s.start)) {
			continue
		}
		if tokText(text, toks, s.start-1) != "," || tags[s.start-2] == 0 || model.TagType(tags[s.start-2]) != model.TypePER ||
			tokText(text, toks, s.end) != "of" {
			continue
		}
		setTag(tags, s.start, 0)
		d := s.end + 1
		if tags[d] != 0 && !model.IsInside(tags[d]) && d+1 < len(toks) && tags[d+1] == 0 && tokText(text, toks, d+1) == "at" {
			setTag(tags, d, 0)
		}
	}
}
