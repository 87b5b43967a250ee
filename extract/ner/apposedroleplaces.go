package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// apposedRoleNouns are the roles in lower case set off after a person's
// name and followed by the body they hold them in: "chair of the board".
var apposedRoleNouns = wordSet(`head chief director chair chairman chairwoman chairperson president founder
	leader secretary minister spokesman spokeswoman spokesperson mayor governor dean`)

// apposedRolePlaces makes a person of a place of two words that read as a
// given name of known sex and a surname when a role of some body is set
// off after it: in "Speaking from Gibraltar, Helena Marsh, chair of the
// board, said" Helena Marsh is no place.
func apposedRolePlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.end-s.start != 2 || s.end+2 >= len(toks) {
			continue
		}
		if tokText(text, toks, s.end) != "," || !inSet(apposedRoleNouns, tokText(text, toks, s.end+1)) || tokText(text, toks, s.end+2) != "of" {
			continue
		}
		if givenAndSurname(tokText(text, toks, s.start), tokText(text, toks, s.start+1)) {
			retype(tags, s, model.TypePER)
		}
	}
}
