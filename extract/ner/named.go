package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// stormOpeners open the names of storms: "Hurricane Katrina", "Tropical
// Storm Alberto", "Typhoon Haiyan".
var stormOpeners = fixedSet(map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true, "storm": true, "tropical": true})

// namedThings cuts an amount off a name and retypes names the tagger
// reads by their shape: a wildfire
// ("the Sulphur Fire", which it takes for an organisation) and a storm
// ("Hurricane Katrina", which it takes for a person) are other named
// things; a hall of fame ("the Louisiana Music Hall of Fame") is an
// organisation, not a place.
func namedThings(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, sp := range dt.spans() {
		// "defrauding Harrow Bank of 84 million pounds": an amount is no
		// part of a name.
		if n := sp.end - sp.start; n >= 3 && isDigits(tokText(text, toks, sp.end-1)) && tokText(text, toks, sp.end-2) == "of" {
			setTag(tags, sp.end-1, 0)
			setTag(tags, sp.end-2, 0)
			sp.end -= 2
		}
		// "Skyline Air Flight 417": the flight is no part of the airline.
		if n := sp.end - sp.start; n >= 2 && sp.typ == model.TypeORG && tokText(text, toks, sp.end-1) == "Flight" &&
			sp.end < len(toks) && isDigits(tokText(text, toks, sp.end)) {
			setTag(tags, sp.end-1, 0)
			sp.end--
		}
		n := sp.end - sp.start
		first, last := tokText(text, toks, sp.start), tokText(text, toks, sp.end-1)
		prev := ""
		if sp.start > 0 {
			prev = strings.ToLower(tokText(text, toks, sp.start-1))
		}
		switch {
		case n >= 2 && n <= 3 && last == "Fire" && prev == "the" && sp.typ != model.TypeMISC:
			retype(tags, sp, model.TypeMISC)
		case n >= 2 && capitalised(first) && lowerIn(stormOpeners, first) && sp.typ != model.TypeMISC:
			retype(tags, sp, model.TypeMISC)
		case n >= 4 && last == "Fame" && tokText(text, toks, sp.end-2) == "of" && tokText(text, toks, sp.end-3) == "Hall" && sp.typ != model.TypeORG:
			retype(tags, sp, model.TypeORG)
		}
	}
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != ',' && w[i] != '.' {
			return false
		}
	}
	return w != "" && w[0] >= '0' && w[0] <= '9'
}
