package identity

import "newsbot/extract/doc"

// retypeDemonymCountries types as a place a one-word name taken for an
// organisation when the article also writes a word for its people, taken
// for neither a person nor a body: "Kestria" beside "the Kestrian
// government" is a country.
func retypeDemonymCountries(forms []*form) {
	others := map[string]bool{}
	for _, f := range forms {
		if f.typ == doc.Other && len(f.toks) == 1 {
			others[f.key] = true
		}
	}
	if len(others) == 0 {
		return
	}
	for _, f := range forms {
		if f.typ != doc.Org || len(f.toks) != 1 || f.suffix != "" || isAcronym(f.display) {
			continue
		}
		if hasDemonym(others, f.display) {
			f.typ, f.votes = doc.Place, onlyVotes(doc.Place, f.count)
		}
	}
}
