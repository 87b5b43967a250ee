package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
	"newsbot/extract/sex"
)

// personSurnames returns the last-token keys of the article's personal
// names of two words or more.
func personSurnames(forms []*form) map[string]bool {
	var out map[string]bool // made on the first key (see addKey)
	for _, f := range forms {
		if f.typ == doc.Person && f.ntok >= 2 {
			out = addKey(out, f.lastKey)
		}
	}
	return out
}

// unplacedSurname reports a one-word form the tagger took for a place
// that is the surname of a person the article names in full and that
// nothing marks as a place: no word of place next to any mention, no
// "of" or "at" right before one ("the state of Tellmar", or a firm named
// after its founder: "analysts at Hallgren"), no "in" before one except
// before its possessive ("in Hallgren's absence"), no digit, and no
// listed place of that name.
func unplacedSurname(f *form, surnames map[string]bool) bool {
	if f.typ != doc.Place || len(f.toks) != 1 || f.ntok != 1 || f.suffix != "" || !surnames[f.lastKey] {
		return false
	}
	if f.placeCued > 0 || f.strongPlaceCued > 0 || f.ofAt > 0 || f.placed > f.placedOwners {
		return false
	}
	return !isAcronym(f.display) && !strings.ContainsFunc(f.display, unicode.IsDigit) && !ner.ListedPlace(f.display)
}

// afterOfAt reports a name right after "of" or "at", the last word before
// it (see wordsBefore), where it may be a place's ("the state of
// Tellmar") or a firm's named after its founder ("a stake of Hallgren",
// "analysts at Hallgren").
func afterOfAt(last string) bool {
	return last == "of" || last == "at"
}

// ownsNounAfter reports whether the name ending at text[end] is a
// possessive before a word in lower case: "Hallgren's absence".
func ownsNounAfter(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	rest := text[end:]
	var ok bool
	for _, p := range []string{"'s ", "’s "} {
		if r, found := strings.CutPrefix(rest, p); found {
			rest, ok = r, true
			break
		}
	}
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// bodyFirstKeys returns the keys of the first words of the article's
// names of two words or more that are no person's: "Tiffany" of
// "Tiffany & Co".
func bodyFirstKeys(forms []*form) map[string]bool {
	out := map[string]bool{}
	for _, f := range forms {
		if f.typ != doc.Person && len(f.toks) >= 2 {
			out[f.tokenKeyAt(0)] = true
		}
	}
	return out
}

// loneGivenBody reports a one-word form the tagger took for an
// organisation or another name, a known given name that is no listed
// place and opens no body's name in the article: when it opens the name
// of one person named in full, and is no one's surname, it is that
// person's given name ("We have Ingrid.").
func loneGivenBody(f *form, bodyFirsts func() map[string]bool) bool {
	if f.typ != doc.Org && f.typ != doc.Other || len(f.toks) != 1 || f.ntok != 1 || f.suffix != "" {
		return false
	}
	name := f.display
	if !plainWord(name) || isAcronym(name) || bodyFirsts()[f.lastKey] || ner.ListedPlace(name) || ner.GivenPlaceName(name) {
		return false
	}
	return sex.Of(name+" "+name) != sex.Unknown
}
