package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// shopPreps put the name of a business after them: "sold at Christie's",
// "bought from Sotheby's".
var shopPreps = wordSet("at from by")

// shopVerbs follow the name of a business as its subject: "Christie's
// said", "Sotheby's sold".
var shopVerbs = wordSet("said says sold sells announced reported")

// phraseEnds may follow a possessive that owns nothing: "at Christie's in
// New York", "at Sotheby's."
var phraseEnds = wordSet(`in on at for with after before during last this when where while and , . ; : ) "`)

// possessiveBusinesses makes an organisation, with its "'s", of a name in
// the possessive that owns nothing because it names a business: "sold at
// Christie's in New York", "Sotheby's said". The tagger reads the name
// as a person's or a place's. The name is then the business at its other
// possessives too ("Christie's chairman Alex Rotter").
func possessiveBusinesses(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	var shops map[string]bool
	for _, p := range dt.possessives() {
		if p < 1 || p+1 >= len(toks) {
			continue // see possessiveName
		}
		if owner, ok := possessiveName(text, toks, tags, p); ok && businessPossessive(text, toks, owner, p) {
			if shops == nil {
				shops = map[string]bool{}
			}
			shops[tokText(text, toks, owner)] = true
		}
	}
	if len(shops) == 0 {
		return
	}
	for _, p := range dt.possessives() {
		if p < 1 {
			continue
		}
		if owner, ok := possessiveName(text, toks, tags, p); ok && shops[tokText(text, toks, owner)] {
			retype(tags, span{owner, p + 1, model.TypeORG}, model.TypeORG)
		}
	}
}

// possessiveName returns the one-word name that the possessive at token p
// ends, untagged or a mention of its own.
func possessiveName(text string, toks []tok.Token, tags []int, p int) (int, bool) {
	owner := p - 1
	if !isPossessive(tokText(text, toks, p)) || toks[p].Start != toks[owner].End || !capitalised(tokText(text, toks, owner)) {
		return 0, false
	}
	if model.IsInside(tags[owner]) || model.IsInside(tags[p]) || owner == 0 && tags[owner] == 0 {
		return 0, false
	}
	return owner, true
}

// businessPossessive reports a possessive at p that owns nothing and
// stands where a business does: after "at", "from" or "by" and before the
// end of a phrase, or before a verb of a business's own.
func businessPossessive(text string, toks []tok.Token, owner, p int) bool {
	next := ""
	if p+1 < len(toks) {
		next = tokText(text, toks, p+1)
	}
	if inSet(shopVerbs, next) {
		return true
	}
	return owner > 0 && inSet(shopPreps, tokText(text, toks, owner-1)) && (next == "" || inSet(phraseEnds, next))
}
