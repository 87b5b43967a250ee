package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// numberedCraftNouns follow the numbered name of a rocket, a satellite or
// a space mission: "the Vela-2 probe", "the Kestrel-4 rocket".
var numberedCraftNouns = wordSet(`lander landers rover probe spacecraft capsule orbiter satellite satellites
	telescope rocket rockets launcher mission booster`)

// maxCraftModifiers bounds the lower-case or hyphenated words between a
// numbered name and its craft noun ("the Vela-2 Earth-observation
// satellite").
const maxCraftModifiers = 2

// numberedCraftName reports a name of a word and a small number joined by
// a hyphen, as rockets and satellites are numbered: "Vela-2", "Kestrel-12".
func numberedCraftName(w string) bool {
	// The name opens w, so a w that opens in lower case is no name; most
	// tokens are rejected here, before the search for the hyphen.
	if !capitalised(w) {
		return false
	}
	name, num, ok := strings.Cut(w, "-")
	if !ok || len(name) < 3 || len(num) == 0 || len(num) > 2 || !capitalised(name) {
		return false
	}
	for i := 1; i < len(name); i++ {
		if name[i] < 'a' || name[i] > 'z' {
			return false
		}
	}
	for i := 0; i < len(num); i++ {
		if num[i] < '0' || num[i] > '9' {
			return false
		}
	}
	return true
}

// craftModifier reports a lower-case word or a hyphenated compound that
// ends in one ("Earth-observation", "sun-synchronous"), which may stand
// between a craft's name and its noun.
func craftModifier(w string) bool {
	if _, tail, ok := strings.Cut(w, "-"); ok {
		return model.PlainWord(tail)
	}
	return model.PlainWord(w)
}

// craftNounAfter reports a craft noun at token i, perhaps after at most
// limit lower-case or hyphenated modifiers.
func craftNounAfter(text string, toks []tok.Token, i, limit int) bool {
	for k := i; k < len(toks) && k-i <= limit; k++ {
		w := tokText(text, toks, k)
		if numberedCraftNouns[w] {
			return true
		}
		if !craftModifier(w) {
			return false
		}
	}
	return false
}

// numberedCrafts makes an other named thing, at its every mention, of a
// numbered name that stands before a craft noun somewhere in the
// document ("the Vela-2 probe"): the tagger leaves such a name out or
// takes it for a company. A hyphenated modifier the tagger took into the
// name is dropped ("Vela-2 Earth-observation").
func numberedCrafts(text string, toks []tok.Token, tags []int) {
	var named map[string]bool
	for i := 0; i+1 < len(toks); i++ {
		if w := tokText(text, toks, i); numberedCraftName(w) && craftNounAfter(text, toks, i+1, maxCraftModifiers) {
			if named == nil {
				named = map[string]bool{}
			}
			named[w] = true
		}
	}
	for i := 0; i < len(toks) && named != nil; i++ {
		if !named[tokText(text, toks, i)] || model.IsInside(tags[i]) {
			continue
		}
		e := i + 1
		for e < len(tags) && model.IsInside(tags[e]) && craftModifier(tokText(text, toks, e)) && strings.Contains(tokText(text, toks, e), "-") {
			e++
		}
		if e < len(tags) && model.IsInside(tags[e]) {
			continue // part of a longer name
		}
		setTag(tags, i, model.BeginTag(model.TypeMISC))
		for k := i + 1; k < e; k++ {
			setTag(tags, k, 0)
		}
	}
}

// maxApposedCraftWords bounds the words between the article and the craft
// noun of an apposition: ", a small communications relay satellite".
const maxApposedCraftWords = 3

// apposedCrafts makes an other named thing, at its every mention taken
// for a person or a place, of a name set off before an apposition whose
// noun is a craft's: "and Vela, a small weather satellite, will follow"
// names a satellite, even when named after a person.
func apposedCrafts(text string, toks []tok.Token, dt *docTags) {
	retypeCuedPeopleAndPlaces(text, toks, dt, model.TypeMISC, func(s span) bool {
		if s.end+2 >= len(toks) || tokText(text, toks, s.end) != "," {
			return false
		}
		if a := tokText(text, toks, s.end+1); a != "a" && a != "an" {
			return false
		}
		return craftNounAfter(text, toks, s.end+2, maxApposedCraftWords)
	})
}
