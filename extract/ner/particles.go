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
func joinParticleNames(text string, toks []tok.Token, tags []int) {
	for _, s := range spans(tags) {
		if s.typ != model.TypePER {
			continue
		}
		k := s.end
		for k < len(toks) && tags[k] == 0 && nameParticles[tokText(text, toks, k)] {
			k++
		}
		if k == s.end && !nameParticles[tokText(text, toks, s.end-1)] || k >= len(toks) {
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
	for _, s := range spans(tags) {
		if s.typ == model.TypePER {
			joinParticlesBefore(text, toks, tags, s)
		}
	}
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
	for k > 0 && tags[k-1] == 0 && nameParticles[tokText(text, toks, k-1)] {
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
	return s.end-s.start >= 2 && s.start > 0 && capitalised(w) && nameParticles[strings.ToLower(w)] && !lineBreakBefore(text, toks, s.start)
}

// opensUpper reports a word that opens with an upper-case letter of any
// script ("Émile").
func opensUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
