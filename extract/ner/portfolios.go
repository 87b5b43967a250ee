package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// portfolioTitles hold a portfolio named after "of" or "for": "Minister
// of Agriculture and Forestry", "Secretary for Water Resources".
var portfolioTitles = fixedSet(map[string]bool{"minister": true, "secretary": true, "commissioner": true})

// portfolioWords name the fields a minister's portfolio covers. Together
// with a title they make an office, not an organisation or a place.
var portfolioWords = wordSet(`agriculture forestry fisheries fishing food rural water resources natural
	mines mining minerals petroleum oil gas energy power electricity environment climate change
	finance economy economic planning trade industry industries commerce investment labour labor
	employment social welfare affairs health education science technology research innovation culture
	tourism sport sports youth defence defense interior home foreign justice transport transportation
	infrastructure housing urban communications information digital development public works security
	immigration women family children veterans religious local government land lands aviation
	heritage arts media territorial regional relations cooperation budget treasury enterprise`)

// portfolioLinks join the fields of one portfolio.
var portfolioLinks = fixedSet(map[string]bool{"and": true, "&": true})

// dropPortfolios leaves untagged the capitalised fields of a portfolio
// after a title that the tagger took for places or pieces of names: in
// "Minister of Agriculture and Forestry" neither "Agriculture" nor
// "Forestry" names an entity. One organisation over the whole portfolio
// stays, as the ministry's name ("Minister of Trade and Industry"), and
// so does a run that holds any other word ("Prime Minister of Japan").
func dropPortfolios(text string, toks []tok.Token, tags []int) {
	word := func(i int) string { return text[toks[i].Start:toks[i].End] }
	for i := 2; i < len(toks); i++ {
		if of := word(i - 1); of != "of" && of != "for" || !capitalised(word(i-2)) || !lowerIn(portfolioTitles, word(i-2)) {
			continue
		}
		end := portfolioEnd(text, toks, i)
		if end <= i || model.IsInside(tags[i]) || ministryName(tags, i, end) {
			// A name that runs on from before the title.
			continue
		}
		for k := i; k < end; k++ {
			setTag(tags, k, 0)
		}
		if end < len(tags) && model.IsInside(tags[end]) {
			setTag(tags, end, model.BeginTag(model.TagType(tags[end])))
		}
	}
}

// ministryName reports one organisation tagged over exactly the tokens
// [i, end).
func ministryName(tags []int, i, end int) bool {
	if tags[i] != model.BeginTag(model.TypeORG) || end < len(tags) && tags[end] == model.InsideTag(model.TypeORG) {
		return false
	}
	for k := i + 1; k < end; k++ {
		if tags[k] != model.InsideTag(model.TypeORG) {
			return false
		}
	}
	return true
}

// portfolioEnd returns the token after the run of capitalised portfolio
// words and links from token i, or i when there is none. The run must end
// in a portfolio word.
func portfolioEnd(text string, toks []tok.Token, i int) int {
	end := i
	for k := i; k < len(toks); k++ {
		w := text[toks[k].Start:toks[k].End]
		switch {
		case capitalised(w) && lowerIn(portfolioWords, w):
			end = k + 1
		case lowerIn(portfolioLinks, w) && k > i:
		default:
			return end
		}
	}
	return end
}

func wordSet(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return fixedSet(out)
}
