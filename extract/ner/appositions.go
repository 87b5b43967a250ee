package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// maxApposedNameWords bounds the words of an untagged name before a role
// set off by commas.
const maxApposedNameWords = 2

// maxApposedRoleWords bounds the lower-case words of that role.
const maxApposedRoleWords = 5

// apposedRolePeople makes a person of untagged capitalised words that open
// a sentence and are followed by their role set off by commas, the role
// ending in a person's role noun: "Reyes-Holt, the interior minister, has
// defended the agencies". A word the news writes in lower case ("Meanwhile,
// the minister, …") is no name.
func apposedRolePeople(text string, toks []tok.Token, tags []int, common func(string) bool) {
	for i := range toks {
		// A name opens with a capital (see apposedNameWord), which
		// rules out most tokens before the dearer tests.
		if tags[i] != 0 || !capitalised(tokText(text, toks, i)) || !sentenceInitial(text, toks, i) {
			continue
		}
		// The run of name words ends where a capitalised word of it
		// ends, or before: an earlier end is a capitalised word, which
		// sets off no role. So the role is sought first and the dearer
		// test of the name words made only when it is found.
		j := i
		for j < len(toks) && j-i < maxApposedNameWords && tags[j] == 0 && capitalised(tokText(text, toks, j)) {
			j++
		}
		if j == i || !setOffRole(text, toks, tags, j) || !apposedName(text, toks, i, j, common) {
			continue
		}
		retype(tags, span{i, j, model.TypePER}, model.TypePER)
	}
}

// apposedName reports whether tokens i..j-1 are all name words.
func apposedName(text string, toks []tok.Token, i, j int, common func(string) bool) bool {
	for k := i; k < j; k++ {
		if !apposedNameWord(tokText(text, toks, k), common) {
			return false
		}
	}
	return true
}

// apposedNameWord reports a capitalised word that the news does not write in
// lower case.
func apposedNameWord(w string, common func(string) bool) bool {
	return capitalised(w) && len(w) > 1 && !common(strings.ToLower(w)) && strings.ToUpper(w) != w
}

// setOffRole reports ", the <lower-case words> <role noun>," at token i,
// no word of it tagged.
func setOffRole(text string, toks []tok.Token, tags []int, i int) bool {
	if i+3 >= len(toks) || tokText(text, toks, i) != "," || tokText(text, toks, i+1) != "the" {
		return false
	}
	for k := i + 2; k < len(toks) && k-i-2 <= maxApposedRoleWords; k++ {
		w := tokText(text, toks, k)
		if w == "," {
			r := tokText(text, toks, k-1)
			return k > i+2 && (inSet(appositionRoles, r) || inSet(firmRoles, r) || inSet(personRoleNouns, r))
		}
		if tags[k] != 0 || !lowerWord(w) {
			return false
		}
	}
	return false
}
