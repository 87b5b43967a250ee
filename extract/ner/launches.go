package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// launchVerbs present a new product: "Orbitek unveiled the Halo X".
var launchVerbs = wordSet(`unveil unveils unveiled unveiling launch launches launched launching`)

// launchVerbFirstBytes rejects most words before launchVerbs is consulted.
var launchVerbFirstBytes = firstBytesOf(launchVerbs)

// launchEnds may follow the name of a product launched: a comma, the end
// of the sentence or a preposition ("unveiled the Halo X at a launch
// event"). A lower-case noun after it makes the name a modifier ("the
// Reagan administration").
var launchEnds = wordSet(`, . ; : at in on with to for and after before this last`)

// maxLaunchedWords bounds the words of a launched product's name.
const maxLaunchedWords = 3

// launchedProducts types as another name (no person, place or
// organisation) the name of a product after a verb of launching (see
// launchedName): "Orbitek unveiled the Halo X, its first foldable
// smartphone", "will unveil its long-awaited Halo X smartphone".
// The name may end in a capital letter or a number; one followed by a
// possessive or ending in a legal form is no product. Every other
// mention written the same way, or by the name's first word, takes the
// same type.
func launchedProducts(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	var named map[string]bool
	for i := 0; i+2 < len(toks); i++ {
		if w := tokText(text, toks, i); !launchVerbFirstBytes.mayHold(w) || !inSet(launchVerbs, w) {
			continue
		}
		s, ok := launchedName(text, toks, i+1)
		if !ok {
			continue
		}
		retype(tags, s, model.TypeMISC)
		if named == nil {
			named = map[string]bool{}
		}
		named[text[toks[s.start].Start:toks[s.end-1].End]] = true
		if s.end-s.start > 1 {
			named[tokText(text, toks, s.start)] = true // "Halo" in "unveils Halo X foldable"
		}
	}
	retypeNamed(text, toks, dt, named, model.TypeMISC)
}

// deviceNouns name the kind of device a product's name stands before:
// "its long-awaited Halo X smartphone".
var deviceNouns = wordSet(`phone phones smartphone smartphones handset handsets tablet tablets laptop laptops
	device devices console consoles headset headsets smartwatch smartwatches`)

// launchedDeterminers may stand between a verb of launching and a
// product's name before a device noun.
var launchedDeterminers = wordSet(`the its their a an`)

// maxLaunchModifiers bounds the lower-case words before the name of a
// device launched ("its long-awaited").
const maxLaunchModifiers = 2

// launchedName returns the name of a product launched from token i, right
// after the verb: "the" and a name that ends its phrase ("the Halo X,"),
// or a name before a device noun, perhaps after a determiner and a few
// lower-case words ("its long-awaited Halo X smartphone", "Halo X
// phone").
func launchedName(text string, toks []tok.Token, i int) (span, bool) {
	if i+1 < len(toks) && tokText(text, toks, i) == "the" {
		s := span{i + 1, productRunEnd(text, toks, i+1), model.TypeMISC}
		if s.end > s.start && s.end < len(toks) && inSet(launchEnds, tokText(text, toks, s.end)) && !companyNamed(text, toks, s) {
			return s, true
		}
	}
	if i < len(toks) && inSet(launchedDeterminers, tokText(text, toks, i)) {
		i++
	}
	for k := 0; k < maxLaunchModifiers && i < len(toks) && lowerWord(tokText(text, toks, i)) && !inSet(deviceNouns, tokText(text, toks, i)); k++ {
		i++
	}
	s := span{i, productRunEnd(text, toks, i), model.TypeMISC}
	if s.end == s.start || s.end >= len(toks) || !inSet(deviceNouns, tokText(text, toks, s.end)) || companyNamed(text, toks, s) {
		return span{}, false
	}
	return s, true
}

// productRunEnd returns the end of the capitalised words from token i, a
// capital letter or a number after the first: "Halo X", "Pixel 9".
func productRunEnd(text string, toks []tok.Token, i int) int {
	j := i
	for j < len(toks) && j-i < maxLaunchedWords {
		w := tokText(text, toks, j)
		if !capitalised(w) && (j == i || !numeric(w)) || lowerIn(titles, w) {
			break
		}
		j++
	}
	return j
}

// corporateOfficers are the offices a company's possessive owns:
// "Orbitek's chief executive", "Orbitek's chief product officer".
var corporateOfficers = wordSet(`ceo cfo coo cto`)

// notPeople retypes as an organisation a name tagged a person that owns
// a company's officer through its possessive ("Orbitek's chief
// executive", "Orbitek's chief product officer") or that the sentence
// calls "it": "Orbitek unveiled the Halo X, its first foldable
// smartphone". Every other mention of it tagged a person follows.
func notPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	var named map[string]bool
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || !ownsOfficer(text, toks, s.end) && !itsSubject(text, toks, tags, s.end) {
			continue
		}
		if named == nil {
			named = map[string]bool{}
		}
		named[text[toks[s.start].Start:toks[s.end-1].End]] = true
	}
	if len(named) == 0 {
		return
	}
	for _, s := range dt.spans() {
		if s.typ == model.TypePER && named[text[toks[s.start].Start:toks[s.end-1].End]] {
			retype(tags, s, model.TypeORG)
		}
	}
}

// ownsOfficer reports a possessive at token i before a company officer's
// title in lower case: "'s chief executive", "'s chief product officer",
// "'s CEO".
func ownsOfficer(text string, toks []tok.Token, i int) bool {
	if i+1 >= len(toks) || !isPossessive(tokText(text, toks, i)) {
		return false
	}
	w := tokText(text, toks, i+1)
	if lowerIn(corporateOfficers, w) && w == strings.ToUpper(w) {
		return true
	}
	if w != "chief" {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+4; j++ {
		switch tokText(text, toks, j) {
		case "executive", "officer":
			return true
		}
		if !lowerWord(tokText(text, toks, j)) {
			return false
		}
	}
	return false
}

// itsSubject reports the words from token i that make the name before
// them a thing, not a person: a verb (maybe after "has"), "the", a name
// and ", its" ("unveiled the Halo X, its first").
func itsSubject(text string, toks []tok.Token, tags []int, i int) bool {
	if i < len(toks) && (tokText(text, toks, i) == "has" || tokText(text, toks, i) == "have") {
		i++
	}
	if i+2 >= len(toks) || !lowerWord(tokText(text, toks, i)) || tokText(text, toks, i+1) != "the" {
		return false
	}
	j := productRunEnd(text, toks, i+2)
	return j > i+2 && j+1 < len(toks) && tokText(text, toks, j) == "," && tokText(text, toks, j+1) == "its" && tags[i] == 0
}
