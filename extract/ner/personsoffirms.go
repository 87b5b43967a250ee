package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
	"newsbot/extract/sex"
)

// personsOfFirms splits an organisation that opens with a given name and
// a surname before "of", when a verb of saying follows it: "Maria Lenz of
// Holt & Barrow said" is the person Maria Lenz of the firm Holt & Barrow.
// Titles ("Lord", "Sheikh") and first words no given-name list knows keep
// the name whole ("Bank of England", "Duke of York").
func personsOfFirms(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		of := s.start + 2
		if s.typ != model.TypeORG || s.end-of < 2 || tokText(text, toks, of) != "of" || !personCue(text, toks, s.end) {
			continue
		}
		first, second := tokText(text, toks, s.start), tokText(text, toks, s.start+1)
		if !givenAndSurname(first, second) {
			continue
		}
		retype(tags, span{s.start, of, model.TypePER}, model.TypePER)
		setTag(tags, of, 0)
		retype(tags, span{of + 1, s.end, model.TypeORG}, model.TypeORG)
	}
}

// givenAndSurname reports whether two words read as a given name of known
// sex and a surname, no title among them.
func givenAndSurname(first, second string) bool {
	low := strings.ToLower(first)
	if sex.MaleWords[low] || sex.FemaleWords[low] || lowerIn(titles, first) || lowerIn(jobTitleWords, first) || !surnameShaped(second) {
		return false
	}
	return sex.Of(first+" "+second) != sex.Unknown
}
