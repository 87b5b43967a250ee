package ner

import (
	"slices"
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// titleBounds stand right before a work's title credited to its maker:
// "The largest, Winter Light by Ada Brun, ...", "the works - Blue Hour by
// Ada Brun and Night Road by Ivo Lenz".
var titleBounds = wordSet(`, - – — : and`)

// worksByPeople makes other names of the titles of two words or more
// written right before "by" and a person's name, as the makers of
// paintings, books and songs are credited ("Girl at a Window by Ada
// Brun"), and of the same titles named again in the article. The title
// stands after a comma, a dash, a colon or "and", never at the opening of
// a sentence, where a firm may be named so ("Solar Ways by Ada Brun
// said"), and the tagger read no name running into or out of it.
func worksByPeople(text string, toks []tok.Token, dt *docTags) {
	var titles []string // in text order, so that the marks come out the same in every run
	for _, b := range dt.tokensOf("by") {
		if b < 2 || b+1 >= len(toks) || dt.tags[b+1] != model.BeginTag(model.TypePER) {
			continue
		}
		a := creditedTitleStart(text, toks, dt.tags, b)
		if a < 0 || crossesSpan(dt.tags, a, b) {
			continue
		}
		markWork(dt.tags, a, b)
		if t := text[toks[a].Start:toks[b-1].End]; !slices.Contains(titles, t) {
			titles = append(titles, t)
		}
	}
	for _, t := range titles {
		markTitleAgain(text, toks, dt.tags, strings.Fields(t))
	}
}

// markTitleAgain makes other names of the runs of tokens that spell the
// title words, however the tagger cut them, when no name runs into or out
// of the run.
func markTitleAgain(text string, toks []tok.Token, tags []int, words []string) {
	for i := 0; i+len(words) <= len(toks); i++ {
		k := 0
		for k < len(words) && tokText(text, toks, i+k) == words[k] {
			k++
		}
		if k == len(words) && !crossesSpan(tags, i, i+k) {
			markWork(tags, i, i+k)
		}
	}
}

// creditedTitleStart returns the first token of a title of two to
// maxWorkTitleWords words ending right before token b, capitalised words
// with small words inside and no maker credited before, that follows a
// titleBounds word, or -1.
func creditedTitleStart(text string, toks []tok.Token, tags []int, b int) int {
	a := b
	for a > 0 && b-a < maxWorkTitleWords {
		w := tokText(text, toks, a-1)
		if !capitalised(w) && !inSet(workSmallWords, w) || w == "by" || creditedPerson(text, toks, tags, a-1) {
			break
		}
		a--
	}
	for a < b && !capitalised(tokText(text, toks, a)) {
		a++
	}
	if b-a < 2 || !capitalised(tokText(text, toks, b-1)) || strings.ContainsRune(text[toks[a].Start:toks[b-1].End], '\n') {
		return -1
	}
	if a == 0 || !inSet(titleBounds, tokText(text, toks, a-1)) {
		return -1
	}
	return a
}

// creditedPerson reports a token of a person's name right after "by": the
// maker credited for the title before, who ends no other title.
func creditedPerson(text string, toks []tok.Token, tags []int, k int) bool {
	if model.TagType(tags[k]) != model.TypePER {
		return false
	}
	for k > 0 && model.IsInside(tags[k]) {
		k--
	}
	return k > 0 && tokText(text, toks, k-1) == "by"
}
