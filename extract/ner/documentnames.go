package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// documentHeads end the name of an agreement between parties, written
// with a capital: "the Athens Declaration", "the Paris Agreement", "the
// Kyoto Protocol", "the Oslo Accords". Such a name is a document, of the
// other kind in the annotation convention, whatever place, body or
// person it opens with.
var documentHeads = wordSet(`Declaration Accord Accords Agreement Protocol Treaty Pact Charter`)

// documentNames types as another kind of name a mention of two words or
// more that ends in a document's head, or a one-word mention the tagger
// cut before that head, which it then takes in: "Athens" of "the Athens
// Declaration" read as a place. A name that runs on past the head ("North
// Atlantic Treaty Organization", "General Agreement on Tariffs and
// Trade") is the body's.
func documentNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		end := s.end
		if end < len(toks) && tags[end] == 0 && inSet(documentHeads, tokText(text, toks, end)) {
			end++
		}
		if end-s.start < 2 || s.typ == model.TypeMISC && end == s.end || !inSet(documentHeads, tokText(text, toks, end-1)) {
			continue
		}
		if end < len(toks) && (model.IsInside(tags[end]) || inSet(nameRunsOn, tokText(text, toks, end))) {
			continue
		}
		retype(tags, span{s.start, end, model.TypeMISC}, model.TypeMISC)
	}
}

// nameRunsOn carry a name on past a document's head: "General Agreement
// on Tariffs and Trade".
var nameRunsOn = wordSet(`on of for`)
