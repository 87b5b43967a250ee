package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// productNouns are the singular nouns a medicine's brand name follows:
// "the rival drug Velantrix", "its blood pressure pill Cordexa".
var productNouns = wordSet(`drug medicine vaccine treatment pill tablet`)

// productLeads open the words before a product noun that make it name one
// product: "the drug", "its proprietary drug", "rival drug", "Halvren's
// drug".
var productLeads = wordSet(`the its their his her our a an rival competing 's ’s`)

// doseUnits follow the number of a medicine's dose: "20 mg tablets".
var doseUnits = wordSet(`mg mcg µg ml milligram milligrams microgram micrograms`)

// maxProductModifiers bounds the lower-case words between a product lead
// and its noun ("its best-selling blood pressure pill").
const maxProductModifiers = 6

// maxProductWords bounds the words of a product's name.
const maxProductWords = 3

// minGenericLetters is the shortest generic name in brackets after a
// brand: shorter lower-case words in brackets are abbreviations or notes.
const minGenericLetters = 6

// productNames types as another name (no person, place or organisation)
// a medicine's brand name: a name right after a product noun led by a
// determiner or a possessive ("the rival drug Velantrix", "its competing
// drug, Cordexa"), or a name followed by its generic name in lower case in
// brackets ("Velantrix (orvestan)", where the bracketed word is no word
// the news writes in lower case) or by a dose ("Cordexa (valsomaride) 20 mg
// tablets"). A name ending in a legal form or followed by one ("a drug
// Upjohn Co") is a company. Every other mention written the same way in
// the text, or by the first word of the product's name, takes the same
// type: one brand is one thing.
func productNames(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	var named map[string]bool
	for _, s := range dt.spans() {
		if s.typ == model.TypeMISC || s.end-s.start > maxProductWords || companyNamed(text, toks, s) {
			continue
		}
		if productNounBefore(text, toks, s.start) || genericAfter(text, toks, s.end, common) || doseAfter(text, toks, s.end) {
			if named == nil {
				named = map[string]bool{}
			}
			named[text[toks[s.start].Start:toks[s.end-1].End]] = true
			if s.end-s.start > 1 {
				// "Leucovorin" alone after "the generic drug
				// Leucovorin Calcium".
				named[tokText(text, toks, s.start)] = true
			}
		}
	}
	retypeNamed(text, toks, dt, named, model.TypeMISC)
}

// companyNamed reports a name that ends with a legal form or is followed
// by one: "Upjohn Co", "Ethyl Corp".
func companyNamed(text string, toks []tok.Token, s span) bool {
	if lowerIn(legalForms, strings.Trim(tokText(text, toks, s.end-1), ".")) {
		return true
	}
	return s.end < len(toks) && lowerIn(legalForms, strings.Trim(tokText(text, toks, s.end), "."))
}

// productNounBefore reports a product noun in lower case just before
// token i (a comma between them allowed), itself led by a determiner or
// a possessive within maxProductModifiers lower-case words.
func productNounBefore(text string, toks []tok.Token, i int) bool {
	k := i - 1
	if k >= 0 && tokText(text, toks, k) == "," {
		k--
	}
	if k < 0 || !inSet(productNouns, tokText(text, toks, k)) {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= maxProductModifiers; j-- {
		w := tokText(text, toks, j)
		if lowerIn(productLeads, w) && (w == strings.ToLower(w) || j == 0) {
			return true
		}
		if w != strings.ToLower(w) || !lowerWord(w) {
			return false
		}
	}
	return false
}

// lowerWord reports a word of lower-case letters and hyphens:
// "best-selling", "blood".
func lowerWord(w string) bool { return isLowerWord(strings.ReplaceAll(w, "-", "")) }

// genericAfter reports a generic name in brackets at token i: one word
// in lower case of minGenericLetters or more that the news does not write
// in lower case ("(orvestan)", not "(parliament)").
func genericAfter(text string, toks []tok.Token, i int, common func(string) bool) bool {
	if i+2 >= len(toks) || tokText(text, toks, i) != "(" || tokText(text, toks, i+2) != ")" {
		return false
	}
	w := tokText(text, toks, i+1)
	return len(w) >= minGenericLetters && lowerWord(w) && !strings.Contains(w, "-") && !common(w)
}

// doseAfter reports a dose at token i, after a generic name in brackets
// if any: "20 mg", "(valsomaride) 20 mg".
func doseAfter(text string, toks []tok.Token, i int) bool {
	if i+2 < len(toks) && tokText(text, toks, i) == "(" {
		for j := i + 1; j < len(toks) && j-i <= maxProductWords+1; j++ {
			if tokText(text, toks, j) == ")" {
				i = j + 1
				break
			}
		}
	}
	if i+1 >= len(toks) || !numeric(tokText(text, toks, i)) {
		return false
	}
	return lowerIn(doseUnits, tokText(text, toks, i+1))
}

// numeric reports a number written in digits: "20", "2.5".
func numeric(w string) bool {
	digits := 0
	for _, r := range w {
		switch {
		case '0' <= r && r <= '9':
			digits++
		case r != '.' && r != ',':
			return false
		}
	}
	return digits > 0
}
