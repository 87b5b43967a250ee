package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// degreeWords are adverbs of degree that open a short answer or a
// sentence with a capital: "Very little.", "Quite so.".
var degreeWords = wordSet("very quite rather fairly pretty extremely really absolutely hardly barely")

// dropDegreeWords drops a mention of one degree adverb before a
// lower-case word: "Very" of a speaker's answer "Very little." names no
// one.
func dropDegreeWords(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.end >= len(toks) || !lowerIn(degreeWords, tokText(text, toks, s.start)) {
			continue
		}
		if model.PlainWord(tokText(text, toks, s.end)) {
			setTag(tags, s.start, 0)
		}
	}
}
