package ner

import (
	"regexp"
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// clockZone reports a time zone's abbreviation: "PT", "ET", "GMT",
// "BST", "AEDT" (one to four capitals and T), or one of the few that end
// otherwise ("UTC", "MSK", "WIB", "WITA").
func clockZone(w string) bool {
	switch w {
	case "UTC", "MSK", "WIB", "WITA":
		return true
	}
	if len(w) < 2 || len(w) > 5 || w[len(w)-1] != 'T' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// clockWord is the word a zone follows: am or pm ("7 a.m. PT"), a clock
// time ("15:45 GMT", "7pm ET") or noon and midnight.
var clockWord = regexp.MustCompile(`^(?i:a\.?m\.?|p\.?m\.?|\d{1,2}[:.]\d{2}|\d{1,2}(?:a\.?m|p\.?m)\.?|noon|midnight)$`)

// dropClockZones removes a one-word mention that is a time zone right
// after a clock time: "PT" in "7 a.m. PT on Tuesday" names no
// organisation.
func dropClockZones(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.start == 0 || !clockZone(tokText(text, toks, s.start)) {
			continue
		}
		if clockWord.MatchString(tokText(text, toks, s.start-1)) {
			setTag(tags, s.start, 0)
		}
	}
}

// dropActsOfGod removes "God" from the legal phrase "act of God" (or
// "acts of God"), a kind of event, not a mention of anyone.
func dropActsOfGod(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.start < 2 || tokText(text, toks, s.start) != "God" || tokText(text, toks, s.start-1) != "of" {
			continue
		}
		if w := strings.ToLower(tokText(text, toks, s.start-2)); w == "act" || w == "acts" {
			setTag(tags, s.start, 0)
		}
	}
}

// trailingOrgHeads are the head nouns a body's name ends with that the
// tagger may leave outside the name: "the Calder County Fire Protection
// District", "the Harbour Water Authority".
var trailingOrgHeads = wordSet(`district authority board commission agency council department service
	corporation`)

// joinTrailingOrgHeads widens an organisation's mention over the
// capitalised head noun right after it that the tagger left out, when no
// capitalised word follows the head (the name ends there): "Calder County
// Fire Protection" + "District".
func joinTrailingOrgHeads(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.end >= len(toks) || tags[s.end] != 0 {
			continue
		}
		w := tokText(text, toks, s.end)
		if !capitalised(w) || shouted(w) || !lowerIn(trailingOrgHeads, w) || toks[s.end].Start-toks[s.end-1].End != 1 {
			continue
		}
		if next := nextWord(text, toks, s.end+1); capitalised(next) {
			continue
		}
		setTag(tags, s.end, model.InsideTag(model.TypeORG))
	}
}

// buildingEnds close the names of buildings and halls: "the Cedar Falls
// Grange Hall", "the Marlow Community Centre".
var buildingEnds = wordSet(`hall centre center library chapel church arena stadium theatre theater pavilion`)

// joinNamedBuildings joins a place's or an organisation's name and the
// name tagged a person right after it that ends like a building's, after
// "the", into one place: "at the Cedar Falls Grange Hall" is one hall, not
// the town and a person. Names of two people stand apart with a comma
// or "and"; a person's never follows "the" and a town's name.
func joinNamedBuildings(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for k := 1; k < len(ss); k++ {
		a, b := ss[k-1], ss[k]
		if b.typ != model.TypePER || a.end != b.start || a.typ == model.TypePER || a.typ == model.TypeMISC || a.start == 0 {
			continue
		}
		if last := tokText(text, toks, b.end-1); !capitalised(last) || !lowerIn(buildingEnds, last) || tokText(text, toks, a.start-1) != "the" {
			continue
		}
		retype(tags, span{start: a.start, end: b.end}, model.TypeLOC)
	}
}
