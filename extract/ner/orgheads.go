package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// orgHeads end the names of organisations: "Norvik Bank", "Harbour
// Authority", "Labour Party". "Federation" is left out: states bear it
// ("the Russian Federation").
var orgHeads = wordSet(`bank group authority agency board commission council corporation institute
	foundation party ministry association`)

// sideWords open place names whose head is also an organisation's word:
// "West Bank", "Left Bank".
var sideWords = wordSet(`west east north south left right upper lower`)

// orgHeadedPlace reports a place of two words or more that ends in an
// organisation's head word, opens with no side word and is no listed
// place: "Norvik Bank" is a bank, "the West Bank" a place.
func orgHeadedPlace(text string, toks []tok.Token, s span) bool {
	if s.typ != model.TypeLOC || s.end-s.start < 2 || !lowerIn(orgHeads, tokText(text, toks, s.end-1)) {
		return false
	}
	if lowerIn(sideWords, tokText(text, toks, s.start)) {
		return false
	}
	words := make([]string, 0, s.end-s.start)
	for i := s.start; i < s.end; i++ {
		words = append(words, tokText(text, toks, i))
	}
	return !model.ListedPlace(words)
}
