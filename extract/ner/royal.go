package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// reignTitles open the name of a monarch or a religious leader who is
// named with the realm or see after "of": "Emperor Naruhito of Japan",
// "King Abdullah II of Jordan", "Crown Prince Frederik of Denmark".
var reignTitles = wordSet(`emperor empress king queen prince princess pope sultan emir sheikh tsar
crown grand duke duchess archduke`)

// maxReignName bounds the words of the name between the title and "of".
const maxReignName = 6

// splitReigns splits a mention that runs from a monarch's title over a
// name, "of" and a place into the person, named without the title, and
// the place: the tagger reads "Emperor Naruhito of Japan" as one
// organisation. A title straight before "of" names an office, not a
// person ("Prince of Wales"), and a body named after a monarch ("King
// Abdullah University of Science and Technology") is left alone.
func splitReigns(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, sp := range dt.spans() {
		if sp.end-sp.start < 4 {
			continue
		}
		name := sp.start
		for name < sp.end && lowerIn(reignTitles, tokText(text, toks, name)) {
			name++
		}
		if name == sp.start || name >= sp.end || !capitalised(tokText(text, toks, name)) {
			continue
		}
		of := name + 1
		for of < sp.end && of-name <= maxReignName && tokText(text, toks, of) != "of" {
			of++
		}
		if of+1 >= sp.end || tokText(text, toks, of) != "of" || !capitalised(tokText(text, toks, of+1)) || namesBody(text, toks, span{name, sp.end, 0}) {
			continue
		}
		for k := sp.start; k < name; k++ {
			setTag(tags, k, 0)
		}
		retype(tags, span{name, of, model.TypePER}, model.TypePER)
		setTag(tags, of, 0)
		retype(tags, span{of + 1, sp.end, model.TypeLOC}, model.TypeLOC)
	}
}

// namesBody reports an institution's head word among the words of s.
func namesBody(text string, toks []tok.Token, s span) bool {
	for k := s.start; k < s.end; k++ {
		if w := tokText(text, toks, k); lowerIn(institutionHeads, w) || lowerIn(longNameHeads, w) {
			return true
		}
	}
	return false
}

// styleWords make up the forms of address of royals and dignitaries: "His
// Royal Highness", "Her Majesty", "His Excellency".
var styleWords = wordSet(`royal serene imperial highness majesty excellency holiness eminence grace honour honor lordship ladyship`)

// stylePronouns open a form of address.
var stylePronouns = wordSet(`his her your their`)

// dropStyles untags a mention that is only a form of address, its pronoun
// in the mention or before it: "His Royal Highness made it clear" names no
// one by a name.
func dropStyles(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		k := s.start
		switch {
		case lowerIn(stylePronouns, tokText(text, toks, k)):
			k++
		case k == 0 || !lowerIn(stylePronouns, tokText(text, toks, k-1)):
			continue
		}
		first := k
		for k < s.end && lowerIn(styleWords, tokText(text, toks, k)) {
			k++
		}
		if k == s.end && k > first {
			for i := s.start; i < s.end; i++ {
				setTag(tags, i, 0)
			}
		}
	}
}
