package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// leadArticles are the articles a sentence may open with in capitals.
var leadArticles = fixedSet(map[string]bool{"A": true, "An": true, "The": true})

// articledPeople mends a person's name the tagger began with an article:
// an article alone is no name ("Correction: An earlier version"), and an
// article before an acronym is the acronym of a body, whose role noun
// follows ("An EDRF spokesperson, Lena Morgenthal"), as is a name after
// "A" or "An" that qualifies the noun after it ("An Alcoa source said"). Only an article
// that opens a sentence is read so: "Chairman An Wang" is a name.
func articledPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || !inSet(leadArticles, tokText(text, toks, s.start)) || !sentenceInitial(text, toks, s.start) {
			continue
		}
		setTag(tags, s.start, 0)
		if s.end-s.start == 1 {
			continue
		}
		rest := span{s.start + 1, s.end, s.typ}
		if w := tokText(text, toks, rest.start); rest.end-rest.start == 1 && len(w) >= 2 && shouted(w) || modifiesNoun(text, toks, s) {
			rest.typ = model.TypeORG
		}
		retype(tags, rest, rest.typ)
	}
}

// modifiesNoun reports a mention s opening with "A" or "An" and followed
// by a lower-case word: the name qualifies a noun, as a body's name does
// ("An Ifo report"), and no one person is meant.
func modifiesNoun(text string, toks []tok.Token, s span) bool {
	if a := tokText(text, toks, s.start); a != "A" && a != "An" || s.end >= len(toks) {
		return false
	}
	return lowerWord(tokText(text, toks, s.end))
}
