package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// postNominals are the letters written after a person's name, in the
// case they are written in: a rank at the bar ("Fenella Okafor KC", an
// Irish or Australian "SC"), an honour ("OBE"), a degree ("PhD") or a
// seat ("MP"). They are no part of the name.
var postNominals = fixedSet(map[string]bool{
	"KC": true, "QC": true, "SC": true, "MP": true, "MSP": true, "MLA": true, "MEP": true,
	"OBE": true, "MBE": true, "CBE": true, "KBE": true, "DBE": true, "GBE": true,
	"PhD": true, "FRS": true,
})

// personalLetters are the post-nominals written after a person's name
// only: "SC" also ends a club's name ("Valmont SC") and a member's title
// a party's or a seat's ("Labour MP"), but no organisation is a KC.
var personalLetters = fixedSet(map[string]bool{
	"KC": true, "QC": true, "OBE": true, "MBE": true, "CBE": true, "KBE": true, "DBE": true,
	"GBE": true, "PhD": true, "FRS": true,
})

// postNominalPeople cuts post-nominal letters from the end of a mention
// and drops a mention made of them alone after a person ("Michael
// O'Higgins SC", "Sir Ian Kettle MP OBE"). A name the tagger took for an
// organisation because of them is a person's when the letters are a
// person's own and the words before them are shaped as a personal name:
// "Prosecutor Fenella Okafor KC" is Fenella Okafor. "Halden Biologics
// Ltd", "Orion KC Holdings" and "Valmont SC" stay organisations.
func postNominalPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		e, personal := s.end, false
		for e > s.start && inSet(postNominals, tokText(text, toks, e-1)) {
			personal = personal || inSet(personalLetters, tokText(text, toks, e-1))
			e--
		}
		switch {
		case e == s.end:
		case e == s.start:
			if personBefore(text, toks, tags, s.start) {
				clearTags(tags, s.start, s.end)
			}
		case s.typ == model.TypePER:
			clearTags(tags, e, s.end)
		case personal && personShaped(text, toks, s.start, e):
			clearTags(tags, e, s.end)
			retype(tags, span{start: s.start, end: e, typ: model.TypePER}, model.TypePER)
		}
	}
}

// personBefore reports a person's name right before token i, maybe
// across post-nominal letters left untagged ("Ian Kettle MP OBE").
func personBefore(text string, toks []tok.Token, tags []int, i int) bool {
	j := i - 1
	for j >= 0 && tags[j] == 0 && inSet(postNominals, tokText(text, toks, j)) {
		j--
	}
	return j >= 0 && tags[j] != 0 && model.TagType(tags[j]) == model.TypePER
}

// personShaped reports tokens [from, to) that read as a personal name of
// two to four words: each a capitalised word in lower case after its
// first letter (hyphens and apostrophes allowed: "Vaughan-Jones",
// "O'Rourke") or an initial ("R."), and none a word that heads the name
// of a company, a body, a club or a place.
func personShaped(text string, toks []tok.Token, from, to int) bool {
	if n := to - from; n < 2 || n > 4 {
		return false
	}
	for i := from; i < to; i++ {
		w := tokText(text, toks, i)
		if initial(w) {
			continue
		}
		if !nameWord(w) || lowerIn(institutionHeads, w) || lowerIn(companyHeads, w) || lowerIn(legalForms, w) ||
			lowerIn(designators, w) || lowerIn(clubWords, w) || lowerIn(longNameHeads, w) || lowerIn(placeEnds, w) {
			return false
		}
	}
	return !initial(tokText(text, toks, to-1))
}

// initial reports a capital letter alone, maybe with its full stop: "R.".
func initial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && n > 0 && unicode.IsUpper(r)
}

// nameWord reports a capitalised word whose other letters are lower case,
// but for a capital after a hyphen or an apostrophe or in a "Mc" or "Mac"
// ("Vaughan-Jones", "O'Rourke", "McAllister").
func nameWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 || !unicode.IsUpper(r) || n == len(w) {
		return false
	}
	prev := r
	for i, c := range w[n:] {
		if unicode.IsUpper(c) && prev != '-' && prev != '\'' && prev != '’' && !strings.HasSuffix(w[:n+i], "Mc") && !strings.HasSuffix(w[:n+i], "Mac") {
			return false
		}
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' {
			return false
		}
		prev = c
	}
	return true
}
