package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// ownershipLeads stand before "in" and the company a holding or a sum of
// money goes to: "invested $200 million in Ruch", "an interest in Zenith",
// "its ownership in Zenith".
var ownershipLeads = wordSet(`invest invests invested investing investment investments interest interests ownership
	million billion percent pct`)

// placesAfterIn makes a place of a one-word name tagged an organisation
// after "in" that ends its phrase: "told a rally in Corby on Monday", "the
// offices in Corby over the weekend". The tagger, trained on sports
// results that name clubs after their towns, reads many a town as its
// club. The name is a listed place or a word the news never writes in
// lower case: "in Congress" stays a body, and so do an acronym ("trading
// in MFS"), a possessive's owner ("in Metz's 3-1 home win") and a company
// that money or shares go into ("shares in Slough", "$200 million in
// Ruch").
func placesAfterIn(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.end-s.start != 1 || s.start < 2 || tokText(text, toks, s.start-1) != "in" {
			continue
		}
		w, next := tokText(text, toks, s.start), nextWord(text, toks, s.end)
		if shouted(w) || !endsPhrase(next) || isPossessive(next) || lowerIn(holdingNouns, tokText(text, toks, s.start-2)) ||
			lowerIn(ownershipLeads, tokText(text, toks, s.start-2)) {
			continue
		}
		if model.ListedPlace([]string{w}) || !common(strings.ToLower(w)) {
			retype(tags, s, model.TypeLOC)
		}
	}
}
