package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// personTails returns the keys of the last two name tokens of the
// article's personal names of three or more tokens. Spanish and
// Portuguese names carry two surnames, and later mentions use both: "Ortega
// Ruiz" is Ana Belén Ortega Ruiz, "García Márquez" María José García
// Márquez.
func personTails(forms []*form) map[string]bool {
	var out map[string]bool // made on the first key (see addKey)
	for _, f := range forms {
		if f.typ == doc.Person && len(f.toks) >= 3 {
			out = addKey(out, tailKey(f.toks))
		}
	}
	return out
}

// personParticleTails returns the keys (WordsKey) of the particle and
// surname that end the article's personal names of three or more words
// written with a particle before the surname: "Al Rashidy" of "Muhammad Al
// Rashidy", "van Dijk" of "Virgil van Dijk".
func personParticleTails(forms []*form) map[string]bool {
	var out map[string]bool // made on the first key (see addKey)
	for _, f := range forms {
		if f.typ != doc.Person {
			continue
		}
		prev, last, ok := lastTwoOfThree(f.display)
		if !ok || !particles[strings.ToLower(bare(prev))] || !isCapitalised(last) {
			continue
		}
		out = addKey(out, WordsKey(prev+" "+last))
	}
	return out
}

// lastTwoOfThree returns the last two of the fields strings.Fields would
// split s into, when there are three or more.
func lastTwoOfThree(s string) (prev, last string, ok bool) {
	rest, last := lastField(s)
	rest, prev = lastField(rest)
	_, first := lastField(rest)
	return prev, last, first != ""
}

// tailKey is the key of the last two of a name's tokens, or "" for a name
// of fewer than two.
func tailKey(toks []string) string {
	if len(toks) < 2 {
		return ""
	}
	a, b := tokenKey(toks[len(toks)-2]), tokenKey(stripArticlePrefix(toks[len(toks)-1]))
	if a == "" || b == "" {
		return ""
	}
	return a + " " + b
}

// retypeNamedPlaces gives a name tagged a person whose last word ends the
// names of companies or places the type that word says: "Halvorsen
// Therapeutics" is the company its bare name "Halvorsen" stands for. A
// word the article also tags alone as a person is a surname: "Mills
// said" after "Anne Parker Mills".
func retypeNamedPlaces(forms []*form) {
	alone := map[string]bool{}
	for _, f := range forms {
		if f.typ == doc.Person && f.ntok == 1 {
			alone[f.lastKey] = true
		}
	}
	for _, f := range forms {
		if f.typ == doc.Person && !alone[f.lastKey] {
			f.typ = personOrPlace(f.display)
		}
	}
}

// surnameAlone reports an entity one of whose forms is the last word of
// its name alone, tagged a person, where that word also ends companies'
// names: it is a surname ("Mills" of Anne Parker Mills). Words that end
// only institutions' names ("Ministry") are no surnames.
func surnameAlone(e *articleEntity) bool {
	if len(e.forms) < 2 {
		return false
	}
	if last, ok := lastOfSeveral(e.name); !ok || !bareIn(companyHeads, last) {
		return false
	}
	last := lastTokenKey(e.name)
	for _, g := range e.forms {
		if g.ntok == 1 && g.lastKey == last && g.votes.of(doc.Person) > 0 {
			return true
		}
	}
	return false
}
