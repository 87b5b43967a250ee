package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// ownBodyStart moves the start j of an institution's name ending at
// token i past a "the" that opens an organisation the tagger found
// whole, when what stands before that "the" makes a name of its own or
// none: "Altmark Rail Works for the Vendish Transit Authority" and
// "Altmark Rail Works and the Vendish Transit Authority" are two bodies,
// and "Meanwhile the Vendish Transit Authority" names one without the
// adverb.
func ownBodyStart(text string, toks []tok.Token, tags []int, j, i int) int {
	for t := j + 1; t < i; t++ {
		if tokText(text, toks, t) != "the" || !wholeOrgTo(tags, t+1, i) {
			continue
		}
		if t-1 == j && tags[j] == 0 && sentenceInitial(text, toks, j) && capitalised(tokText(text, toks, j)) {
			return t + 1 // "Meanwhile the ...": an opening word, not a name's
		}
		if t-2 >= j && (tokText(text, toks, t-1) == "and" || tokText(text, toks, t-1) == "for") &&
			i-t >= 2 && endsOrg(tags, t-2) {
			return t + 1
		}
	}
	return j
}

// wholeOrgTo reports whether tokens s..i are one organisation the tagger
// found.
func wholeOrgTo(tags []int, s, i int) bool {
	return model.TagType(tags[s]) == model.TypeORG && oneSpan(tags, s, i)
}

// endsOrg reports whether an organisation of at least two words ends at
// token k.
func endsOrg(tags []int, k int) bool {
	if k < 1 || model.TagType(tags[k]) != model.TypeORG || !model.IsInside(tags[k]) {
		return false
	}
	return k+1 >= len(tags) || !model.IsInside(tags[k+1])
}
