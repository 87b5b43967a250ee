package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// stateForms are the words of a country's full name before "of": "the
// Republic of Valdoria", "the Kingdom of Belgium", "the State of Texas".
// A federation "of" something is a body ("Federation of Banks").
var stateForms = wordSet(`republic kingdom state commonwealth principality sultanate emirate`)

// governmentNouns are owned by a country through its possessive:
// "Valdoria's trade minister", "Kessland's embassy". A party has a
// government and a shadow minister too ("Labour's government", "Labour's
// shadow trade minister"), so these are left out.
var governmentNouns = wordSet(`minister ministry embassy ambassador`)

// maxGovernmentModifiers bounds the lower-case words between a country's
// possessive and its government noun ("Valdoria's trade minister").
const maxGovernmentModifiers = 2

// countries types as places the countries a document names in full and
// their short names (see stateName): "the Republic of Valdoria" and "the
// Kessland Federation" are the countries Valdoria and Kessland; an organisation
// of one word whose possessive owns a minister or a government
// ("Valdoria's trade minister") is one too. Every one-word mention of the short name and
// every mention of the full name become a place.
func countries(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	var short, full map[string]bool
	add := func(m map[string]bool, s string) map[string]bool {
		if m == nil {
			m = map[string]bool{}
		}
		m[s] = true
		return m
	}
	// The names of one word, which only a name ending in "Federation"
	// needs (see stateName): found when the first such name comes.
	var alone map[string]bool
	for _, s := range dt.spans() {
		if alone == nil && tokText(text, toks, s.end-1) == "Federation" {
			alone = oneWordNames(text, toks, dt)
		}
		if name, ok := stateName(text, toks, s, alone, common); ok {
			short = add(short, name)
			full = add(full, text[toks[s.start].Start:toks[s.end-1].End])
		} else if s.end-s.start == 1 && s.typ == model.TypeORG && ownsGovernment(text, toks, s.end) {
			short = add(short, tokText(text, toks, s.start))
		}
	}
	if len(short) == 0 {
		return
	}
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC && (full[text[toks[s.start].Start:toks[s.end-1].End]] || s.end-s.start == 1 && short[tokText(text, toks, s.start)]) {
			retype(tags, s, model.TypeLOC)
		}
	}
}

// stateName returns the short name of a country named in full by span s:
// "Valdoria" for "Republic of Valdoria" (a word of stateForms, "of" and
// one word) and "Kessland" for "Kessland Federation", a word and
// "Federation" when the document names the word alone too (in alone), it
// is no people's adjective nor a word the news writes in lower case, and
// no "of" follows: the "Consumer Federation", the "Russian Federation" and
// the "Korea Federation of Banks" are none.
func stateName(text string, toks []tok.Token, s span, alone map[string]bool, common func(string) bool) (string, bool) {
	first := s.start
	if w := tokText(text, toks, first); w == "The" || w == "the" {
		first++
	}
	switch {
	case s.end-first == 3 && lowerIn(stateForms, tokText(text, toks, first)) && tokText(text, toks, first+1) == "of":
		name := tokText(text, toks, first+2)
		return name, capitalised(name)
	case s.end-first == 2 && tokText(text, toks, first+1) == "Federation" && (s.end >= len(toks) || tokText(text, toks, s.end) != "of"):
		name := tokText(text, toks, first)
		return name, alone[name] && surnameShaped(name) && !peopleAdjective(name) && !common(strings.ToLower(name))
	}
	return "", false
}

// oneWordNames returns the names of one word the tags hold.
func oneWordNames(text string, toks []tok.Token, dt *docTags) map[string]bool {
	out := map[string]bool{}
	for _, s := range dt.spans() {
		if s.end-s.start == 1 {
			out[tokText(text, toks, s.start)] = true
		}
	}
	return out
}

// peopleAdjective reports a word shaped like the adjective of a people:
// "Russian", "Japanese", "Polish".
func peopleAdjective(w string) bool {
	l := strings.ToLower(w)
	return strings.HasSuffix(l, "an") || strings.HasSuffix(l, "ese") || strings.HasSuffix(l, "ish") || strings.HasSuffix(l, "ic")
}

// ownsGovernment reports a possessive at token i before a government
// noun in lower case, perhaps after a few lower-case words other than
// "shadow": "'s trade minister", "'s embassy".
func ownsGovernment(text string, toks []tok.Token, i int) bool {
	if i+1 >= len(toks) || !isPossessive(tokText(text, toks, i)) {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+1+maxGovernmentModifiers; j++ {
		w := tokText(text, toks, j)
		if inSet(governmentNouns, w) {
			return true
		}
		if !lowerWord(w) || w == "shadow" {
			return false
		}
	}
	return false
}
