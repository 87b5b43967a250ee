package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// ofSpeakers makes a person of two untagged capitalised words that stand
// before "of", maybe "the", and an organisation, when a verb of saying
// follows the organisation: "Oskar Brandt of the Valdorian Chamber of
// Commerce said ...". Titles ("Head of the", "Chief Economist of") and
// words after another capitalised word are left alone.
func ofSpeakers(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.start < 3 || !personCue(text, toks, s.end) {
			continue
		}
		of := s.start - 1
		if w := tokText(text, toks, of); w == "the" || w == "The" {
			of--
		}
		if of < 2 || tokText(text, toks, of) != "of" {
			continue
		}
		if name := (span{of - 2, of, model.TypePER}); untaggedName(text, toks, tags, name) {
			retype(tags, name, model.TypePER)
		}
	}
}

// untaggedName reports a span of untagged words shaped like a surname
// that are no titles, with no capitalised word right before it.
func untaggedName(text string, toks []tok.Token, tags []int, s span) bool {
	for i := s.start; i < s.end; i++ {
		w := tokText(text, toks, i)
		if tags[i] != 0 || !surnameShaped(w) || lowerIn(titles, w) || lowerIn(officeTitles, w) || lowerIn(jobTitleWords, w) {
			return false
		}
	}
	return s.start == 0 || !capitalised(tokText(text, toks, s.start-1))
}
