package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// placeStatementVerbs follow a place that is the subject of a statement:
// "Korea is a maritime nation", "Norway has a duty", "Japan must act".
var placeStatementVerbs = wordSet(`is was has had will would must can could should`)

// quotedPlaces makes a place of a listed place's one-word name that opens
// a quotation as the subject of a verb of placeStatementVerbs, which the
// tagger reads as a person or leaves untagged by its place after the
// quotation mark: `"Cork is a port city," she said`. A name the document
// uses as a person's elsewhere stays as it is (`"Jordan was brilliant,"`
// after "Michael Jordan"), and an organisation keeps its type (`"Liverpool
// were the better side"`).
func quotedPlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, q := range dt.openQuoteTokens() {
		i := q + 1
		if i+1 >= len(toks) || toks[i].Start != toks[q].End || !sentenceInitial(text, toks, q) && !afterOpeningMark(text, toks, q) {
			continue
		}
		if ty := model.TagType(tags[i]); ty != -1 && ty != model.TypePER || model.IsInside(tags[i]) || model.IsInside(tags[i+1]) {
			continue
		}
		w := tokText(text, toks, i)
		if !capitalised(w) || !lowerIn(placeStatementVerbs, tokText(text, toks, i+1)) || !ListedPlace(w) {
			continue
		}
		if namedOtherwise(text, toks, dt, i, false) {
			continue
		}
		retype(tags, span{i, i + 1, model.TypeLOC}, model.TypeLOC)
	}
}

// afterOpeningMark reports a quotation mark at q that opens a quotation:
// no word stands right before it ("said: "Cork is ...", ", "Cork is").
func afterOpeningMark(text string, toks []tok.Token, q int) bool {
	return q == 0 || toks[q-1].End < toks[q].Start
}

// possessivePlaceOpeners makes a place of a listed place's one-word name
// that opens a sentence with its possessive before a lower-case word or a
// weekday or month, which the tagger reads as a person's or a company's
// possessive: "Cork's Thursday market reopened", "Lisbon's tram network
// is old". A name that runs on from the line before ("Bank of" and
// "Brazil's") is left whole. Only listed places are taken, and only when the document uses
// the word as no person's or organisation's name elsewhere: "Ford's
// profits" and "Smith's lawyer" are no listed places, and "Boston's
// shares" after "Boston Scientific said" stay as they are.
func possessivePlaceOpeners(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, p := range dt.possessives() {
		i := p - 1
		if i < 0 || p+1 >= len(toks) || toks[p].Start != toks[i].End || !isPossessive(tokText(text, toks, p)) {
			continue
		}
		if ty := model.TagType(tags[i]); ty != model.TypePER && ty != model.TypeORG || model.IsInside(tags[i]) || model.IsInside(tags[p]) {
			continue
		}
		if !sentenceInitial(text, toks, i) || !possessedCommonWord(tokText(text, toks, p+1)) || !ListedPlace(tokText(text, toks, i)) {
			continue
		}
		if namedOtherwise(text, toks, dt, i, true) {
			continue
		}
		retype(tags, span{i, i + 1, model.TypeLOC}, model.TypeLOC)
	}
}

// possessedCommonWord reports a word a place's possessive owns in news
// prose: a lower-case word ("tram") or a weekday or month ("Thursday").
func possessedCommonWord(w string) bool {
	return w != "" && ('a' <= w[0] && w[0] <= 'z' || lowerIn(calendarWords, w))
}

// namedOtherwise reports whether the document uses token k's word, at
// another token, as a person's name (alone or as a part of one) or, when
// orgs is set, as the first word of an organisation's name ("Boston" of
// "Boston Scientific").
func namedOtherwise(text string, toks []tok.Token, dt *docTags, k int, orgs bool) bool {
	w := tokText(text, toks, k)
	for _, s := range dt.spans() {
		if s.start <= k && k < s.end {
			continue
		}
		if orgs && s.typ == model.TypeORG && tokText(text, toks, s.start) == w {
			return true // "Boston" in "Boston Scientific"
		}
		if s.typ != model.TypePER {
			continue
		}
		for m := s.start; m < s.end; m++ {
			if tokText(text, toks, m) == w {
				return true
			}
		}
	}
	return false
}
