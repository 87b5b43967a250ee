package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// maxCommaFields is the most one-word fields a comma may list before the
// "and" of a body's name: "the Advisory, Conciliation and Mediation
// Service" lists one.
const maxCommaFields = 3

// joinCommaListedBodies tags as one organisation a body's name that lists
// its fields with commas before an "and" the tagger kept inside the name:
// "the Rail, Maritime and Signalling Union (RMSU)" read as "Rail" and
// "Maritime and Signalling Union". Each field is one capitalised word that
// is a name of its own or none, never a person's. A bracketed acronym
// after the name must fit the initials of the whole; without one, the
// name must end in an institution's head word and follow "the", which
// makes the list one noun phrase.
func joinCommaListedBodies(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, sp := range dt.spans() {
		if sp.typ != model.TypeORG || !andInside(text, toks, sp) {
			continue
		}
		j := commaFieldsBefore(text, toks, tags, sp.start)
		if j == sp.start {
			continue
		}
		fit, given := acronymAfter(text, toks, j, sp.end-1)
		if given && !fit {
			continue
		}
		if !fit && (!lowerIn(institutionHeads, tokText(text, toks, sp.end-1)) || j == 0 || !strings.EqualFold(tokText(text, toks, j-1), "the")) {
			continue
		}
		retype(tags, span{j, sp.end, model.TypeORG}, model.TypeORG)
	}
}

// andInside reports a mention of capitalised words that holds "and"
// between two of them: "Maritime and Signalling Union".
func andInside(text string, toks []tok.Token, sp span) bool {
	if !capitalised(tokText(text, toks, sp.start)) {
		return false
	}
	for k := sp.start + 1; k < sp.end-1; k++ {
		if tokText(text, toks, k) == "and" && capitalised(tokText(text, toks, k+1)) {
			return true
		}
	}
	return false
}

// commaFieldsBefore goes back from token s over up to maxCommaFields
// one-word fields, each a capitalised word and a comma, and returns where
// the first opens (s when there is none).
func commaFieldsBefore(text string, toks []tok.Token, tags []int, s int) int {
	j := s
	for n := 0; n < maxCommaFields && j >= 2 && tokText(text, toks, j-1) == "," && tags[j-1] == 0; n++ {
		k := j - 2
		w := tokText(text, toks, k)
		if !capitalised(w) || shouted(w) || lowerIn(calendarWords, w) || lowerIn(openers, w) || lineBreakBefore(text, toks, j-1) || lineBreakBefore(text, toks, j) {
			break
		}
		if tags[k] != 0 && (model.IsInside(tags[k]) || model.TagType(tags[k]) == model.TypePER) {
			break
		}
		j = k
	}
	return j
}
