package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
	"newsbot/extract/stopwords"
)

// ensembleNouns call a name in an apposition a group of performers, never
// one person: "Harlow Pike, the Leeds trio".
var ensembleNouns = wordSet("band trio quartet quintet duo group collective ensemble orchestra choir three-piece four-piece five-piece six-piece")

// rivalNouns call a name a company's rival when an organisation owns
// them: "Pellucid, Norvane's closest competitor".
var rivalNouns = wordSet("rival competitor")

// apposedEnds may follow the head noun of an apposition: a comma, the
// end of the clause or what opens a modifier of the noun.
var apposedEnds = wordSet(", . ; in from whose who which that")

// apposedGroups makes an organisation, at its every mention, of a name
// tagged a person or a place that an apposition after it calls a band
// ("Harlow Pike, the Leeds four-piece, played") or an organisation's
// rival ("Pellucid, Norvane's main rival, declined to comment").
func apposedGroups(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	names := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ != model.TypePER && s.typ != model.TypeLOC || s.end+3 >= len(toks) || tokText(text, toks, s.end) != "," {
			continue
		}
		if head, ok := apposedHead(text, toks, tags, s.end+1); ok && (ensembleNouns[head.noun] || head.orgOwner && rivalNouns[head.noun]) {
			names[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	retypeNamed(text, toks, dt, names, model.TypeORG)
}

// apposition is the head noun of an apposition and whether an
// organisation's possessive opens it.
type apposition struct {
	noun     string
	orgOwner bool
}

// apposedHead reads an apposition from token i: "the", "a", "an" or an
// organisation's possessive, then up to maxRoleWords lower-case words or
// capitalised words of a place, the last of which, its head noun, one of
// apposedEnds follows.
func apposedHead(text string, toks []tok.Token, tags []int, i int) (apposition, bool) {
	var a apposition
	switch w := tokText(text, toks, i); {
	case w == "the" || w == "a" || w == "an":
		i++
	case model.TagType(tags[i]) == model.TypeORG:
		for i < len(toks) && model.TagType(tags[i]) == model.TypeORG && tags[i] != 0 {
			i++
		}
		if i >= len(toks) || tokText(text, toks, i) != "'s" && tokText(text, toks, i) != "’s" {
			return a, false
		}
		a.orgOwner = true
		i++
	default:
		return a, false
	}
	for k := i; k+1 < len(toks) && k < i+maxRoleWords+1; k++ {
		w := tokText(text, toks, k)
		if tags[k] == 0 && (!lowerWord(w) || stopwords.Is(w)) || tags[k] != 0 && model.TagType(tags[k]) != model.TypeLOC {
			return a, false
		}
		if tags[k] == 0 && inSet(apposedEnds, tokText(text, toks, k+1)) {
			a.noun = strings.ToLower(w)
			return a, true
		}
	}
	return a, false
}
