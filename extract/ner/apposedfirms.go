package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// apposedFirmNouns name a firm in an apposition after its name and never a
// person: "Ostley Marr, the firm representing them".
var apposedFirmNouns = wordSet(`firm company start-up startup consultancy partnership`)

// apposedFirms makes an organisation, at its every mention, of a name
// tagged a person or a place that an apposition after it calls a firm,
// the firm's noun ending the noun phrase: "Ostley Marr, the law firm
// representing them, said", "Ostley Marr, a private investment firm,
// said". A person described by the firm ("Ann Lee, the firm's founder",
// "Ann Lee, a company director") is left alone, and so is a place the
// company is said to be in ("in Marlow, Ohio, the joint venture company,
// Ostley Marr, will") unless "a" names it a firm that does something
// ("Marlow, a company incorporated in").
func apposedFirms(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	var names map[string]bool
	for _, s := range ss {
		if (s.typ == model.TypePER || s.typ == model.TypeLOC) && firmAppositionAt(text, toks, tags, s.end, s.typ == model.TypePER) {
			if names == nil {
				names = map[string]bool{}
			}
			names[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	if len(names) == 0 {
		return
	}
	retypeNamed(text, toks, dt, names, model.TypeORG)
}

// firmAppositionAt reports a comma at token i, "the" or "a", up to two
// untagged lower-case words, a firm's noun and, after it, a relative
// pronoun or a participle (see firmNounEnd): ", the law firm representing
// them", ", a firm that". For a person's name (person) the clause's
// punctuation may end it too (", a private investment firm,"); for a
// place's the article must be "a".
func firmAppositionAt(text string, toks []tok.Token, tags []int, i int, person bool) bool {
	if i+3 >= len(toks) || tokText(text, toks, i) != "," {
		return false
	}
	if a := tokText(text, toks, i+1); a != "a" && (a != "the" || !person) {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4 && tags[k] == 0; k++ {
		w := tokText(text, toks, k)
		if !lowerWord(w) {
			return false
		}
		if inSet(apposedFirmNouns, w) {
			if k+1 >= len(toks) || tags[k+1] != 0 {
				return false
			}
			next := tokText(text, toks, k+1)
			return firmNounEnd(next) || person && (next == "," || next == "." || next == ";")
		}
	}
	return false
}

// firmParticiples follow a firm's noun as the participle that ends its
// noun phrase: "a company based in", "a firm owned by".
var firmParticiples = wordSet(`based owned controlled founded run headquartered incorporated registered listed hired retained`)

// firmNounEnd reports a word that closes the noun phrase a firm's noun
// heads and says more of the firm: a relative pronoun or a participle
// ("representing", "based"). A verb of saying after it ("the company
// said", "noted") makes the firm a speaker, not an apposition.
func firmNounEnd(w string) bool {
	switch w {
	case "that", "which", "whose":
		return true
	}
	return inSet(firmParticiples, w) || len(w) > 5 && lowerWord(w) && strings.HasSuffix(w, "ing")
}
