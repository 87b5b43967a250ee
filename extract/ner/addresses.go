package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// streetWords are the kinds of street written after a street's name in an
// address: "400 Elmwood Ave.", "12 Harbour Road".
var streetWords = wordSet(`ave avenue st street rd road blvd boulevard`)

// addressStreets makes a place of a name written between a house number
// and a kind of street ("at 400 Elmwood Ave."), widened over the kind of
// street: the tagger reads the lone capitalised word as a surname.
func addressStreets(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.start == 0 || !houseNumber(tokText(text, toks, s.start-1)) {
			continue
		}
		end := s.end
		if end < len(toks) && tags[end] == 0 && streetWord(text, toks, end) {
			end++
		}
		if end-s.start < 2 || !streetWord(text, toks, end-1) {
			continue
		}
		retype(tags, span{s.start, end, model.TypeLOC}, model.TypeLOC)
	}
}

// houseNumber reports a house number: one to five digits.
func houseNumber(w string) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// streetWord reports a capitalised kind of street at token i, maybe
// abbreviated with a full stop.
func streetWord(text string, toks []tok.Token, i int) bool {
	w := tokText(text, toks, i)
	if len(w) > 1 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	return capitalised(w) && lowerIn(streetWords, w)
}

// thanksWords open a sentence of thanks: "Thank you all."
var thanksWords = wordSet(`thank thanks`)

// dropThanks removes a word of thanks that opens a sentence from the name
// it was taken for: "Thank you", "Thanks , Mara" name no one "Thank".
func dropThanks(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if !sentenceInitial(text, toks, s.start) || !lowerIn(thanksWords, tokText(text, toks, s.start)) {
			continue
		}
		setTag(tags, s.start, 0)
		if s.end-s.start > 1 {
			setTag(tags, s.start+1, model.BeginTag(s.typ))
		}
	}
}

// routeWords end the name of a numbered road: "State Route 9",
// "Interstate 80".
var routeWords = wordSet(`route highway interstate`)

// numberedRoutes makes a place of a name that ends in a road's word with
// the road's number after it: the tagger reads "State Route" in "State
// Route 9" as an organisation.
func numberedRoutes(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end >= len(toks) || tags[s.end] != 0 || !houseNumber(tokText(text, toks, s.end)) {
			continue
		}
		if w := tokText(text, toks, s.end-1); !capitalised(w) || !lowerIn(routeWords, w) {
			continue
		}
		retype(tags, span{s.start, s.end + 1, model.TypeLOC}, model.TypeLOC)
	}
}

// demonymEndings form the name of a place's people from the place's name:
// "Orland" gives "Orlander", "Vienna" "Viennese".
var demonymEndings = []string{"er", "ers", "ian", "ians", "ese", "an", "ans"}

// placeDemonyms makes a nationality-like name of a one-word person that is
// a place named in the same text with a demonym's ending: "Every
// Hallworther owes ..." after "Hallworth" was tagged a place or opened
// the name of a body ("Hallworth Public Radio").
func placeDemonyms(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	if !hasOneWord(dt.spans(), model.TypePER) {
		return // only a one-word person is retyped
	}
	places := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ == model.TypeLOC || s.typ != model.TypePER && s.end-s.start > 1 {
			places[tokText(text, toks, s.start)] = true
		}
	}
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.end-s.start != 1 {
			continue
		}
		if demonymOf(tokText(text, toks, s.start), places) {
			retype(tags, s, model.TypeMISC)
		}
	}
}

// demonymOf reports whether w is a place of places with a demonym's
// ending added.
func demonymOf(w string, places map[string]bool) bool {
	for _, e := range demonymEndings {
		if stem, ok := strings.CutSuffix(w, e); ok && len(stem) > 4 && places[stem] {
			return true
		}
	}
	return false
}

// joinPressOpeners widens a news outlet's name over a capitalised word
// the tagger left out right before it inside a sentence: "told Upper
// Valley Weekly" read as "Valley Weekly". A word opening the sentence, a
// calendar word or one that opens phrases ("The") stays out.
func joinPressOpeners(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		i := s.start - 1
		if s.typ != model.TypeORG || s.end-s.start < 2 || !pressName(text, toks, s) || i < 1 || tags[i] != 0 {
			continue
		}
		w := tokText(text, toks, i)
		if !capitalised(w) || shouted(w) || lowerIn(calendarWords, w) || lowerIn(openers, w) || sentenceInitial(text, toks, i) {
			continue
		}
		retype(tags, span{i, s.end, model.TypeORG}, model.TypeORG)
	}
}

// gridNouns are the parts of a utility's network that are known by a
// label and a number: "the Ferndale 7 circuit".
var gridNouns = wordSet(`circuit circuits feeder feeders substation substations`)

// dropGridLabels removes a one-word name that with a number after it
// labels a part of a utility's network: "a fault on the Ferndale 7
// circuit" names no company "Ferndale".
func dropGridLabels(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		num := s.end // the number after the name, or its last word
		if s.end-s.start == 2 && houseNumber(tokText(text, toks, s.end-1)) {
			num = s.end - 1
		} else if s.end-s.start != 1 || s.end >= len(toks) || tags[s.end] != 0 || !houseNumber(tokText(text, toks, s.end)) {
			continue
		}
		if num+1 >= len(toks) {
			continue
		}
		if w := tokText(text, toks, num+1); isLowerWord(w) && inSet(gridNouns, w) {
			for i := s.start; i < s.end; i++ {
				setTag(tags, i, 0)
			}
		}
	}
}
