package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// localNames applies the rules for the names of local places and bodies
// that local news writes: estates and fields, saints' parishes, county
// police forces, campaigns to save a place and meals in programme titles.
func localNames(text string, toks []tok.Token, dt *docTags) {
	if dt.mayHoldAny(meals) {
		dropMeals(text, toks, dt) // acts only on a meal's word
	}
	dropHeadsOfService(text, toks, dt)
	saintsPossessives(text, toks, dt)
	placedForces(text, toks, dt)
	estatePlaces(text, toks, dt)
	savePlaceCampaigns(text, toks, dt)
}

// meals are common nouns that a title capitalises ("Good Morning at
// Breakfast", "the Sunday Lunch Show") and that name no place or person
// on their own.
var meals = wordSet(`breakfast brunch lunch luncheon supper dinner teatime`)

// dropMeals unmarks a meal's word tagged a place or a person on its own.
func dropMeals(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start == 1 && (s.typ == model.TypeLOC || s.typ == model.TypePER) && lowerIn(meals, tokText(text, toks, s.start)) {
			setTag(tags, s.start, 0)
		}
	}
}

// dropHeadsOfService unmarks the title of a council's or a firm's head
// of a service, "Head of" and capitalised words, written as a role: in
// brackets after a name ("Jan Roe (Head of Housing)") or after "the" and
// before a comma ("The Head of Housing, Mr Roe,").
func dropHeadsOfService(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start < 3 || s.end-s.start > 5 || tokText(text, toks, s.start) != "Head" || tokText(text, toks, s.start+1) != "of" ||
			s.start < 1 || s.end >= len(toks) || tags[s.end] != 0 {
			continue
		}
		before, after := tokText(text, toks, s.start-1), tokText(text, toks, s.end)
		if !(before == "(" && after == ")" || (before == "the" || before == "The") && after == ",") {
			continue
		}
		for i := s.start; i < s.end; i++ {
			setTag(tags, i, 0)
		}
	}
}

// saintOpeners open a saint's name: "St Mary", "Saint Jude".
var saintOpeners = fixedSet(map[string]bool{"St": true, "St.": true, "Saint": true, "Ste": true})

// parishNouns follow the name of a place called after a saint with its
// possessive: "St Mary's ward", "St Jude's church".
var parishNouns = wordSet(`ward wards church school hospital parish college park estate`)

// saintsPossessives keeps the possessive of a saint's name that names a
// place: "St Mary's" is the place, whether a place's noun follows ("St
// Mary's ward"), nothing is possessed ("in St Mary's." or at the end of
// a line) or the tagger
// already read a place. The possessive must
// be written onto the name.
func saintsPossessives(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start < 2 || s.end >= len(toks) || !inSet(saintOpeners, tokText(text, toks, s.start)) {
			continue
		}
		poss := tokText(text, toks, s.end)
		if poss != "'s" && poss != "’s" || toks[s.end].Start != toks[s.end-1].End {
			continue
		}
		switch {
		case s.typ == model.TypeLOC:
		case s.typ == model.TypePER && (s.end+1 >= len(toks) || possessesNothing(tokText(text, toks, s.end+1)) ||
			strings.Contains(text[toks[s.end].End:toks[s.end+1].Start], "\n")):
		case s.typ == model.TypePER && tags[s.end+1] == 0 && lowerIn(parishNouns, tokText(text, toks, s.end+1)) &&
			!capitalised(tokText(text, toks, s.end+1)):
		default:
			continue
		}
		retype(tags, span{s.start, s.end + 1, model.TypeLOC}, model.TypeLOC)
	}
}

// possessesNothing reports a token after a possessive that ends the
// clause, so that nothing is possessed: "voters in St Jude's." names the
// place.
func possessesNothing(w string) bool {
	return w == "." || w == "," || w == ";" || w == ":" || w == "?" || w == "!"
}

// forceHeads end the names of police forces named after the area they
// serve: "Thames Valley Police".
var forceHeads = wordSet(`police constabulary`)

// placedForces makes one organisation of a place's name and a
// capitalised police force's head right after it, when no other
// capitalised word follows: "contacted by Thames Valley Police".
func placedForces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.end >= len(toks) || tags[s.end] != 0 {
			continue
		}
		w := tokText(text, toks, s.end)
		if !capitalised(w) || shouted(w) || !lowerIn(forceHeads, w) || toks[s.end].Start-toks[s.end-1].End != 1 || capitalised(nextWord(text, toks, s.end+1)) {
			continue
		}
		retype(tags, span{s.start, s.end + 1, model.TypeORG}, model.TypeORG)
	}
}

// estateHeads end the names of fields, estates and open spaces: "Elm
// Meadows", "Long Fields", "Hollin Heath".
var estateHeads = wordSet(`meadows meadow fields park green heath gardens quay wharf common moor marsh
	woods wood vale`)

// estateLeads stand before a place's name in planning and property news:
// "Land at Elm Meadows", "a site off Long Lane", "development at Hollin
// Heath".
var estateLeads = wordSet(`land site sites development developments`)

// estatePrepositions put a place after them.
var estatePrepositions = wordSet(`at off near`)

// estatePlaces makes places of names read as people that stand after
// "land at", "site off" or "development near", or that end in an
// estate's word after "at", "in", "on" or "near" ("homes on Elm
// Meadows"). Other mentions of the same name in the document follow,
// and its last word alone is then no person's surname.
func estatePlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	var named map[string]bool
	for _, s := range ss {
		if s.typ != model.TypePER || s.end-s.start < 2 || s.start < 1 || !estateCue(text, toks, tags, s) {
			continue
		}
		if named == nil {
			named = map[string]bool{}
		}
		named[text[toks[s.start].Start:toks[s.end-1].End]] = true
	}
	if named == nil {
		return
	}
	dropSurnamesOfPeople(text, toks, ss, named)
	if len(named) == 0 {
		return
	}
	lasts := map[string]bool{}
	for n := range named {
		lasts[n[strings.LastIndexByte(n, ' ')+1:]] = true
	}
	for _, s := range ss {
		if s.typ != model.TypePER {
			continue
		}
		switch {
		case named[text[toks[s.start].Start:toks[s.end-1].End]]:
			retype(tags, s, model.TypeLOC)
		case s.end-s.start == 1 && lasts[tokText(text, toks, s.start)]:
			setTag(tags, s.start, 0)
		}
	}
}

// dropSurnamesOfPeople forgets the names in named whose last word ends
// the name of another person of two words or more in the document: after
// "Ted Heath", "near Ashby Heath" may be about him.
func dropSurnamesOfPeople(text string, toks []tok.Token, ss []span, named map[string]bool) {
	for _, s := range ss {
		if s.typ != model.TypePER || s.end-s.start < 2 || named[text[toks[s.start].Start:toks[s.end-1].End]] {
			continue
		}
		last := tokText(text, toks, s.end-1)
		for n := range named {
			if strings.HasSuffix(n, " "+last) {
				delete(named, n)
			}
		}
	}
}

// estateCue reports the words before a person's span that make it a
// place: a planning lead and a preposition ("land at"), or a preposition
// of place before a name ending in an estate's word.
func estateCue(text string, toks []tok.Token, tags []int, s span) bool {
	prep := strings.ToLower(tokText(text, toks, s.start-1))
	if tags[s.start-1] != 0 {
		return false
	}
	if inSet(estatePrepositions, prep) && s.start >= 2 && tags[s.start-2] == 0 && lowerIn(estateLeads, tokText(text, toks, s.start-2)) {
		return true
	}
	last := tokText(text, toks, s.end-1)
	return (prep == "at" || prep == "in" || prep == "on" || prep == "near") && capitalised(last) && !shouted(last) && lowerIn(estateHeads, last)
}

// campaignNouns follow the name of a campaign to save a place: "the Save
// Elm Meadows group".
var campaignNouns = wordSet(`group campaign campaigners campaign's group's alliance petition action`)

// savePlaceCampaigns makes one organisation of a capitalised "Save" and
// the place's name after it when a campaign's noun follows: "the Save
// Elm Meadows group" is the campaign, not the place.
func savePlaceCampaigns(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.start < 1 || s.end >= len(toks) || tags[s.start-1] != 0 || tokText(text, toks, s.start-1) != "Save" {
			continue
		}
		if next := tokText(text, toks, s.end); tags[s.end] != 0 || !inSet(campaignNouns, next) {
			continue
		}
		retype(tags, span{s.start - 1, s.end, model.TypeORG}, model.TypeORG)
	}
}
