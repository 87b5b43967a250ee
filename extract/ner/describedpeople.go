package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// dropGradeLetters clears a name that is one capital letter right after
// "a" or "an": the grade of "two Bs and a C" or "an A in maths" names no
// one.
func dropGradeLetters(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.start == 0 || !loneLetter(tokText(text, toks, s.start)) {
			continue
		}
		if p := tokText(text, toks, s.start-1); p == "a" || p == "an" {
			setTag(tags, s.start, 0)
		}
	}
}

// loneLetter reports a capital letter alone, maybe with a full stop: "C",
// "C.".
func loneLetter(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// describedNouns name what a person is in an apposition after the name,
// besides the roles of employers and appositions: "Dana, the local pupil
// who".
var describedNouns = wordSet(`pupil pupils student students graduate worker resident`)

// describedPeople makes a person of a one-word name taken for a place when
// a relative clause about someone follows it: "Among them is Dana, who
// will", or, opening a sentence, "Dana, the local student who won". A
// place described as a student or introduced by "is" before "who" is a
// person; listed places and words in capitals stay.
func describedPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.end-s.start != 1 || nextWord(text, toks, s.end) != "," {
			continue
		}
		if w := tokText(text, toks, s.start); shouted(w) || model.ListedPlace([]string{w}) {
			continue
		}
		prev := "."
		if s.start > 0 {
			prev = tokText(text, toks, s.start-1)
		}
		copula := (prev == "is" || prev == "was") && nextWord(text, toks, s.end+1) == "who"
		opening := sentenceBoundary(prev) && describedWho(text, toks, s.end+1)
		if copula || opening {
			retype(tags, s, model.TypePER)
		}
	}
}

// maxDescribedWords bounds the words of an apposition before its "who".
const maxDescribedWords = 5

// describedWho reports an apposition opening at i with "the", "a" or "an"
// whose last word before "who" is a noun of a person: "the local student
// who".
func describedWho(text string, toks []tok.Token, i int) bool {
	if w := nextWord(text, toks, i); w != "the" && w != "a" && w != "an" {
		return false
	}
	for k := i + 2; k < len(toks) && k-i <= maxDescribedWords; k++ {
		if tokText(text, toks, k) != "who" {
			continue
		}
		n := strings.ToLower(tokText(text, toks, k-1))
		return inSet(describedNouns, n) || inSet(employerRoles, n) || inSet(appositionRoles, n)
	}
	return false
}
