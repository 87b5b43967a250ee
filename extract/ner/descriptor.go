package ner

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
	"newsbot/extract/ner/internal/model"
)

// Descriptor reports whether a mention the tagger took for a named thing
// only describes: a nationality ("Norwegian", "European"), a compound of
// one or of a place ("Hungarian-born", "Russian-backed", "Oslo-based")
// or a part of a month
// ("mid-October"). Such words are names for the tagging task, yet they
// stand for no one a reader would look up, and two articles that use one
// are not about the same thing.
func Descriptor(m doc.Mention) bool {
	w := strings.TrimSpace(m.Text)
	if m.Type != doc.Other || w == "" || strings.ContainsAny(w, " \t\n") {
		return false
	}
	parts := strings.Split(w, "-")
	if len(parts) == 2 && lowerIn(monthParts, parts[0]) && lowerIn(months, parts[1]) {
		return true
	}
	if len(parts) == 2 && lowerIn(participleTails, parts[1]) {
		return nationality(parts[0]) || model.ListedPlace(parts[:1]) || // "Oslo-based"
			acronymWord(parts[0]) || lowerIn(placeTails, parts[1]) && namedPlaceWord(parts[0])
	}
	return len(parts) == 1 && nationality(w)
}

// monthParts open a part of a month: "mid-October", "early-March".
var monthParts = wordSet(`mid early late end`)

var months = wordSet(`january february march april may june july august september october november december`)

// participleTails close adjectives made of a nationality: "Hungarian-born",
// "Chinese-made".
var participleTails = wordSet(`born based led backed owned made funded speaking brokered bred held controlled
	occupied run allied aligned sponsored supported`)

// placeTails close adjectives made of the name of a place or of whoever
// holds one, whatever the name: "Lisvenna-based", "Kaltrian-held".
var placeTails = wordSet(`based held controlled occupied`)

// acronymWord reports the initials of a body or country in capitals,
// with or without stops: "NVA" of "NVA-held", "U.S." of "U.S.-led".
func acronymWord(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// namedPlaceWord reports a capitalised word of letters that is no month
// or weekday: the name of a place before "-based" or "-held".
func namedPlaceWord(w string) bool {
	if !capitalised(w) || lowerIn(calendarWords, w) || lowerIn(months, w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// nationalitySuffixes end the adjectives of nations and regions not
// listed as places in their own spelling ("Norwegian" of Norway).
var nationalitySuffixes = []string{"ian", "ean", "ese", "ish"}

// nationality reports whether a capitalised word is the adjective of a
// people: "Qatari", "Norwegian", "Japanese", "Swedish".
func nationality(w string) bool {
	if w == "" || strings.ToLower(w[:1]) == w[:1] {
		return false
	}
	if model.Demonym(w) {
		return true
	}
	l := strings.ToLower(w)
	for _, s := range nationalitySuffixes {
		if strings.HasSuffix(l, s) && len(l) > len(s)+3 {
			return true
		}
	}
	return false
}
