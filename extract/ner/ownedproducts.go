package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// makerHeads end the names of companies that make products: "Orvana
// Pharma", "Kelso Motors".
var makerHeads = wordSet(`pharma pharmaceuticals therapeutics biosciences biotech labs laboratories motors
	electronics inc corp co ltd plc`)

// splitOwnedProducts splits a mention that runs a company's name of two
// words or more, ending in a maker's head, a possessive and one
// capitalised word: "Orvana Pharma's Velostra" is the company and its
// product (or its unit), each a name of its own. The word after the
// possessive keeps the type of the whole, which the product rules and
// the rest of the article settle.
func splitOwnedProducts(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		p := s.end - 2
		if s.end-s.start < 4 || !isPossessive(tokText(text, toks, p)) || !lowerIn(makerHeads, tokText(text, toks, p-1)) ||
			!capitalised(tokText(text, toks, s.end-1)) {
			continue
		}
		setTag(tags, s.start, model.BeginTag(model.TypeORG))
		for i := s.start + 1; i < p; i++ {
			setTag(tags, i, model.InsideTag(model.TypeORG))
		}
		setTag(tags, p, 0)
		setTag(tags, s.end-1, model.BeginTag(s.typ))
	}
}
