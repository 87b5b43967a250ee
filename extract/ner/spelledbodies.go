package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// bodyLinks join the two halves of a body's name: "Global Panel on
// Climate Assessment", "Agency for Nuclear Safety".
var bodyLinks = wordSet(`on for of and`)

// joinSpelledBodies makes one organisation of an organisation, a linking
// word ("on", "for", "of", "and", maybe with "the") and the organisation
// or the capitalised words the tagger left out after it, when the acronym
// in brackets right after them spells the capitalised words of all: the
// tagger cuts "the Global Panel on Climate Assessment (GPCA)" at "on".
func joinSpelledBodies(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, a := range dt.spans() {
		k := a.end
		if a.typ != model.TypeORG || k+1 >= len(toks) || tags[k] != 0 || !lowerIn(bodyLinks, tokText(text, toks, k)) {
			continue
		}
		k++
		if tokText(text, toks, k) == "the" && tags[k] == 0 {
			k++
		}
		end := k
		if k < len(toks) && tags[k] == model.BeginTag(model.TypeORG) {
			for end++; end < len(toks) && tags[end] == model.InsideTag(model.TypeORG); end++ {
			}
		} else {
			for end < len(toks) && end-k < maxOfWords+1 && tags[end] == 0 && capitalised(tokText(text, toks, end)) {
				end++
			}
		}
		if end == k || end+2 >= len(toks) || tokText(text, toks, end) != "(" || tokText(text, toks, end+2) != ")" ||
			tokText(text, toks, end+1) != initialsOf(text, toks, a.start, end) {
			continue
		}
		retype(tags, span{a.start, end, model.TypeORG}, model.TypeORG)
	}
}

// initialsOf returns the first letters of the capitalised words of
// tokens [from, to), in capitals.
func initialsOf(text string, toks []tok.Token, from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		w := tokText(text, toks, i)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
