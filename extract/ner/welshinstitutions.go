package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// welshInstitutionWords open the Welsh names of institutions: "Ysgol"
// (school), "Ysbyty" (hospital), "Prifysgol" (university), "Coleg"
// (college), "Canolfan" (centre), "Amgueddfa" (museum), "Llyfrgell"
// (library), "Theatr" (theatre).
var welshInstitutionWords = wordSet(`ysgol ysbyty prifysgol coleg canolfan amgueddfa llyfrgell theatr`)

// maxWelshInstitutionWords bounds the capitalised words of the name after
// the institution's word.
const maxWelshInstitutionWords = 4

// welshInstitutions tags as one organisation a Welsh institution's word
// and the capitalised words after it, which the tagger reads as a
// person's name or leaves out: "Ysgol Bryn Gwyn" is a school, "Ysbyty
// Glan Hafren" a hospital. A word inside a longer name is left alone.
func welshInstitutions(text string, toks []tok.Token, tags []int) {
	for i := 0; i+1 < len(toks); i++ {
		w := tokText(text, toks, i)
		if !capitalised(w) || shouted(w) || !lowerIn(welshInstitutionWords, w) || model.IsInside(tags[i]) {
			continue
		}
		e := i + 1
		for e < len(toks) && e-i <= maxWelshInstitutionWords && capitalised(tokText(text, toks, e)) && !shouted(tokText(text, toks, e)) &&
			!lowerIn(calendarWords, tokText(text, toks, e)) {
			e++
		}
		if e == i+1 || e < len(tags) && model.IsInside(tags[e]) {
			continue // a longer name runs on
		}
		setTag(tags, i, model.BeginTag(model.TypeORG))
		for k := i + 1; k < e; k++ {
			setTag(tags, k, model.InsideTag(model.TypeORG))
		}
		i = e - 1
	}
}
