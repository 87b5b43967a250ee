package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// nameOpeners open the names of bodies and are written capitalised inside
// sentences too ("the World Health Organization", "the Royal Navy").
var nameOpeners = wordSet(`world national royal united international european federal british
	american global commonwealth`)

// joinSentenceOpeners widens a name over such a word that opens the
// sentence right before it: the tagger, which sees every sentence's first
// word capitalised, leaves "World" out of "World Athletics is expected
// to ...". A person or a nationality keeps to itself ("Federal Yugoslav
// troops").
func joinSentenceOpeners(text string, toks []tok.Token, tags []int) {
	for _, s := range spans(tags) {
		i := s.start - 1
		if s.typ != model.TypeORG && s.typ != model.TypeLOC || i < 0 || tags[i] != 0 || !capitalised(tokText(text, toks, i)) || !lowerIn(nameOpeners, tokText(text, toks, i)) {
			continue
		}
		if !sentenceInitial(text, toks, i) || hasLineBreak(text[toks[i].End:toks[s.start].Start]) {
			continue // a section's label over a headline: "World\n\nRussia ..."
		}
		retype(tags, span{i, s.end, s.typ}, s.typ)
	}
}

// eventWords end the names of sporting events and festivals: "the
// Commonwealth Games", "the World Cup", "the Berlin Film Festival".
var eventWords = wordSet(`games cup championships championship olympics paralympics trophy festival`)

// namedEvents makes an event of a name that ends in an event's word or
// that such a word follows untagged: the tagger reads "the 2022
// Commonwealth Games" as the organisation "Commonwealth". A person's name
// stays a person's.
func namedEvents(text string, toks []tok.Token, tags []int) {
	for _, s := range spans(tags) {
		if s.typ == model.TypePER || s.typ == model.TypeMISC && s.end < len(toks) && tags[s.end] == 0 {
			continue
		}
		end := s.end
		if end < len(toks) && tags[end] == 0 && eventWord(text, toks, end) {
			end++
		}
		if !eventWord(text, toks, end-1) {
			continue
		}
		retype(tags, span{s.start, end, model.TypeMISC}, model.TypeMISC)
	}
}

// eventWord reports a capitalised event's word at token i.
func eventWord(text string, toks []tok.Token, i int) bool {
	w := tokText(text, toks, i)
	return capitalised(w) && lowerIn(eventWords, w)
}
