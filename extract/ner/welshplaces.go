package ner

import (
	"strings"

	"newsbot/extract/internal/swar"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// welshPlacePrefixes open the names of Welsh towns and villages:
// "Llanwrtyd", "Ystradgynlais", "Aberaeron", "Cwmbran".
var welshPlacePrefixes = []string{"llan", "ystrad", "aber", "caer", "cwm", "pont"}

// welshPlaceLeads stand before a place: "in Llanwrtyd", "from
// Ystradgynlais".
var welshPlaceLeads = wordSet(`in at from near around outside`)

// welshPlaceName reports a capitalised word that opens with a Welsh
// place's prefix and goes on for three letters or more.
func welshPlaceName(w string) bool {
	if !capitalised(w) || shouted(w) {
		return false
	}
	var buf swar.WordBuf
	low := swar.LowerWord(&buf, w)
	for _, p := range welshPlacePrefixes {
		if strings.HasPrefix(low, p) && len(low) >= len(p)+3 {
			return true
		}
	}
	return false
}

// welshPlaces makes a place of a one-word name with a Welsh place's
// prefix tagged an organisation or a person after a preposition of place,
// and of the one "and" joins to it: "a minibus from Llanfair-ym-Muallt
// and Llanwrtyd". A club's name in a score line has no preposition.
func welshPlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	listed := -1 // the end of the last name made a place
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.typ == model.TypeLOC || s.start == 0 || !welshPlaceName(tokText(text, toks, s.start)) {
			continue
		}
		before := tokText(text, toks, s.start-1)
		if !lowerIn(welshPlaceLeads, before) && !(before == "and" && listed == s.start-1) {
			continue
		}
		retype(tags, s, model.TypeLOC)
		listed = s.end
	}
}
