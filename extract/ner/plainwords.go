package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// plainWords are common words written with capitals that name nothing:
// "he is OK", "the VIP lounge", "Share: Facebook / Email". Acronyms that
// may name a product or a service ("RSVP", a booking system) are left
// out. A degree ("PhD") and a newsroom's title ("Editor-in-Chief") are
// no names either, nor are the marks of a launch countdown ("T-minus 10
// minutes").
var plainWords = fixedSet(map[string]bool{
	"OK": true, "VIP": true, "VIPs": true, "Email": true, "E-mail": true, "PhD": true, "PhDs": true,
	"Editor-in-Chief": true, "T-minus": true, "T-plus": true,
})

// quantityWords open a sentence before "of" and the name of what they
// count a part of, and are no part of it: "One of Tellmar University's
// scientists".
var quantityWords = wordSet("one two three some many most all each both none several few half part")

// objectPronouns after "of" make a title of a work ("All of Me").
var objectPronouns = wordSet("me us you them him her it")

// dropQuantityOpeners starts a name after the quantity word and "of"
// that the tagger took into it.
func dropQuantityOpeners(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start < 3 || tokText(text, toks, s.start+1) != "of" || !lowerIn(quantityWords, tokText(text, toks, s.start)) {
			continue
		}
		if w := tokText(text, toks, s.start+2); !capitalised(w) || lowerIn(objectPronouns, w) {
			continue
		}
		ty := model.TagType(tags[s.start])
		setTag(tags, s.start, 0)
		setTag(tags, s.start+1, 0)
		setTag(tags, s.start+2, model.BeginTag(ty))
	}
}

// dropPlainWords removes the one-word mentions made of a plain word.
func dropPlainWords(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start == 1 && inSet(plainWords, tokText(text, toks, s.start)) {
			setTag(tags, s.start, 0)
		}
	}
}
