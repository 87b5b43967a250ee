package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// nameParticles are the lower-case words inside a person's name:
// "Jean-Luc de la Croix", "Ursula von der Leyen", "Mohammed bin Salman".
var nameParticles = wordSet("de la le du des van von der den di da del della dos das bin ibn al ter")

// joinParticleNames tags as one person a person's name, lower-case
// particles and the capitalised word after them, which the tagger cuts at
// the particles: "Jean-Luc de" and "Croix" of "Jean-Luc de la Croix". The
// word after the particles must be untagged or open a person's name.
func joinParticleNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER {
			continue
		}
		k := s.end
		for k < len(toks) && tags[k] == 0 && inSet(nameParticles, tokText(text, toks, k)) {
			k++
		}
		if k == s.end && !inSet(nameParticles, tokText(text, toks, s.end-1)) || k >= len(toks) {
			continue
		}
		w := tokText(text, toks, k)
		if !capitalised(w) || lowerIn(calendarWords, w) || tags[k] != 0 && tags[k] != model.BeginTag(model.TypePER) {
			continue
		}
		end := k + 1
		for end < len(toks) && tags[k] != 0 && tags[end] == model.InsideTag(model.TypePER) {
			end++
		}
		retype(tags, span{start: s.start, end: end, typ: model.TypePER}, model.TypePER)
	}
	for _, s := range dt.spans() {
		if s.typ == model.TypePER {
			joinParticlesBefore(text, toks, tags, s)
		} else if s.typ != model.TypeLOC {
			joinMistypedParticleName(text, toks, tags, s)
		}
	}
}

// joinMistypedParticleName tags as one person a one-word given name, lower-case
// particles and a one-word surname s that the tagger took for two other
// names, neither a place: "Amélie" (an organisation) and "Vautrin-Bois"
// of "the league's Amélie de Vautrin-Bois".
func joinMistypedParticleName(text string, toks []tok.Token, tags []int, s span) {
	if s.end-s.start != 1 || s.end < len(tags) && model.IsInside(tags[s.end]) {
		return
	}
	k := s.start
	for k > 0 && tags[k-1] == 0 && inSet(nameParticles, tokText(text, toks, k-1)) {
		k--
	}
	p := k - 1
	if k == s.start || p < 0 || model.TagType(tags[p]) == model.TypeLOC || !givenNameTakenForOther(text, toks, tags, p) {
		return
	}
	retype(tags, span{start: p, end: s.end, typ: model.TypePER}, model.TypePER)
}

// joinParticlesBefore tags as one person the particles before a person's
// name s and the name before them, when the tagger took only the last
// word: "Croix" of "Jean-Luc de la Croix's restaurant", or only the
// capitalised particles and the rest: "De La Croix" of "mediator Jean-Luc
// De La Croix". After an honorific, a lower-case word or a quotation the
// particles open the name: "Mr de la Croix", "falls as de la Croix
// loses", `the roads," de la Croix said`.
func joinParticlesBefore(text string, toks []tok.Token, tags []int, s span) {
	k := s.start
	if openingParticle(text, toks, tags, k-1) {
		retype(tags, span{start: k - 1, end: s.end, typ: model.TypePER}, model.TypePER)
		return
	}
	for k > 0 && tags[k-1] == 0 && inSet(nameParticles, tokText(text, toks, k-1)) {
		k--
	}
	if k == s.start && !opensWithParticle(text, toks, s) || k == 0 {
		return
	}
	p := k - 1
	w := strings.TrimSuffix(tokText(text, toks, p), ".")
	switch {
	case tags[p] == 0 && (lowerIn(honorifics, w) || !opensUpper(w)):
	case tags[p] == 0 && capitalised(w) && !lowerIn(titles, w) && !lowerIn(calendarWords, w) && !sentenceInitial(text, toks, p):
		k = p
	case model.TagType(tags[p]) == model.TypePER:
		for k = p; k > 0 && model.IsInside(tags[k]); k-- {
		}
	case k < s.start && givenNameTakenForOther(text, toks, tags, p):
		k = p
	default:
		return
	}
	retype(tags, span{start: k, end: s.end, typ: model.TypePER}, model.TypePER)
}

// opensWithParticle reports whether the person's name s opens with a
// capitalised particle followed by more of the name ("De La Croix") on
// the line of the word before it.
func opensWithParticle(text string, toks []tok.Token, s span) bool {
	w := tokText(text, toks, s.start)
	return s.end-s.start >= 2 && s.start > 0 && capitalisedParticle(w) && !lineBreakBefore(text, toks, s.start)
}

// opensUpper reports a word that opens with an upper-case letter of any
// script ("Émile").
func opensUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// givenNameTakenForOther reports a capitalised word at p that the tagger
// read alone as another kind of name although lower-case particles and a
// person's surname follow it: "Amélie" of "the league's Amélie de
// Vautrin-Bois". It is one word, not an acronym, a title or a calendar
// word, and not a place after "in", "at" or "from".
func givenNameTakenForOther(text string, toks []tok.Token, tags []int, p int) bool {
	if tags[p] == 0 || model.IsInside(tags[p]) || p+1 < len(tags) && model.IsInside(tags[p+1]) {
		return false
	}
	w := tokText(text, toks, p)
	if !givenShaped(w) || lowerIn(titles, w) || lowerIn(calendarWords, w) {
		return false
	}
	for i := p + 1; i < len(toks) && (i == p+1 || inSet(nameParticles, tokText(text, toks, i-1))); i++ {
		if hasLineBreak(text[toks[i-1].End:toks[i].Start]) {
			return false
		}
	}
	if p > 0 && lowerIn(placePreps, tokText(text, toks, p-1)) {
		return false
	}
	return true
}

// placePreps stand before a place: "in Madrid de la Fuente said" names no
// Madrid de la Fuente.
var placePreps = wordSet("in at from to near of")

// openingParticle reports an untagged particle at i written with a
// capital because it opens the sentence, before a person's name the
// tagger took without it: "Van Oorschot" of "Van Oorschot, speaking
// later, said".
func openingParticle(text string, toks []tok.Token, tags []int, i int) bool {
	if i < 0 || tags[i] != 0 {
		return false
	}
	w := tokText(text, toks, i)
	return capitalisedParticle(w) && sentenceInitial(text, toks, i)
}

// capitalisedParticle reports a particle written with a capital ("Van",
// "De"). Written all in capitals it is initials, a police rank in "DI
// Benson said" or "DS Collins".
func capitalisedParticle(w string) bool {
	return capitalised(w) && lowerIn(nameParticles, w) && (len(w) < 2 || w[1] < 'A' || w[1] > 'Z')
}

// givenShaped reports a word written as a given name is: a capital, then
// lower-case letters, perhaps a hyphen and another such part ("Amélie",
// "Jean-Luc"), not an acronym or a code ("San/Bar").
func givenShaped(w string) bool {
	upper := true
	n := 0
	for _, r := range w {
		switch {
		case r == '-' && !upper && n > 0:
			upper = true
			continue
		case upper && unicode.IsUpper(r), !upper && unicode.IsLower(r):
		default:
			return false
		}
		upper = false
		n++
	}
	return n >= 2 && !upper
}

// honoredParticleNames makes a person of lower-case particles and the
// name after them right after an honorific, whatever type the tagger
// read for the name: "Dr. von Aschberg", "Mr de Wit". Only a person is
// so addressed.
func honoredParticleNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ == model.TypePER {
			continue
		}
		k := s.start
		for k > 0 && tags[k-1] == 0 && inSet(nameParticles, tokText(text, toks, k-1)) {
			k--
		}
		if k == s.start || k == 0 || tags[k-1] != 0 || !lowerIn(honorifics, strings.TrimSuffix(tokText(text, toks, k-1), ".")) {
			continue
		}
		retype(tags, span{start: k, end: s.end, typ: model.TypePER}, model.TypePER)
	}
}
