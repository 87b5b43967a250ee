package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
	"newsbot/extract/sex"
)

// givenAuxiliaries open a question with a capital but are also given
// names: "Will Dana Rusk stay?" asks about Dana Rusk, while "Will Rusk"
// may be a man's name.
var givenAuxiliaries = wordSet("will may")

// dropGivenAuxiliaries starts a name after "Will" or "May" opening a
// question when the rest of the name is one the document writes on its
// own elsewhere, or opens with a given name: "Will Dana Rusk stay after
// the merger?" asks about Dana Rusk.
func dropGivenAuxiliaries(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for _, s := range ss {
		if s.end-s.start < 3 || !lowerIn(givenAuxiliaries, tokText(text, toks, s.start)) || !sentenceInitial(text, toks, s.start) {
			continue
		}
		if !endsQuestion(text, toks, s.end) || !writtenApart(text, toks, ss, s.start, s.start+1, s.end) && !givenNameAt(text, toks, s.start+1) {
			continue
		}
		ty := model.TagType(tags[s.start])
		setTag(tags, s.start, 0)
		setTag(tags, s.start+1, model.BeginTag(ty))
	}
}

// writtenApart reports whether a mention among ss other than the one
// opening at token self is written as tokens a..e-1.
func writtenApart(text string, toks []tok.Token, ss []span, self, a, e int) bool {
	name := text[toks[a].Start:toks[e-1].End]
	for _, o := range ss {
		if o.start != self && text[toks[o.start].Start:toks[o.end-1].End] == name {
			return true
		}
	}
	return false
}

// givenNameAt reports a known given name at token i.
func givenNameAt(text string, toks []tok.Token, i int) bool {
	return sex.Of(tokText(text, toks, i)+" X") != sex.Unknown
}
