package ner

import "newsbot/extract/ner/internal/tok"

// auxiliaryVerbs open negated commands and questions: "Do not wait",
// "Did not leave". Capitalised at the start of a sentence they look like
// names.
var auxiliaryVerbs = wordSet(`do does did`)

// dropNegatedAuxiliaries drops a mention of one word that is an auxiliary
// verb followed by "not": "Do not wait for the water" names no one.
func dropNegatedAuxiliaries(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.end >= len(toks) || !lowerIn(auxiliaryVerbs, tokText(text, toks, s.start)) {
			continue
		}
		if tokText(text, toks, s.end) == "not" {
			setTag(tags, s.start, 0)
		}
	}
}
