package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// ofPlace returns the one word after "of" that ends an organisation's
// name of three words or more, the place the body is of: "Valdonia" of
// "National Bank of Valdonia". A plural ("Japan Federation of Employers")
// is whom the body is of, no place.
func ofPlace(name string) (string, bool) {
	f := strings.Fields(name)
	if len(f) < 3 || f[len(f)-2] != "of" || !isCapitalised(f[len(f)-1]) {
		return "", false
	}
	w := f[len(f)-1]
	for _, end := range []string{"ers", "ors", "ists", "ants", "ents"} {
		if strings.HasSuffix(w, end) {
			return "", false
		}
	}
	return w, true
}

// stateBodyHeads are the heads of a name that make the word after its
// "of" a country, region or city: "National Bank of Valdonia",
// "University of Krasnik", not "Lewis of Phillips".
var stateBodyHeads = wordSet(`bank university republic kingdom government state city college`)

// statePlace is ofPlace for the names of state bodies only.
func statePlace(name string) (string, bool) {
	w, ok := ofPlace(name)
	if !ok {
		return "", false
	}
	f := strings.Fields(name)
	return w, stateBodyHeads[bare(f[len(f)-3])]
}

// retypeBodyPlaces gives the type place to every one-word person or
// organisation that some article wrote as a place and some organisation's
// name closes as the place it is of ("the National Bank of Valdonia" beside
// "Valdonia's prime minister", which the tagger read as a person's). It
// returns ents itself when nothing changes, else a retyped copy.
func retypeBodyPlaces(ents []DocEntity) []DocEntity {
	tails, places := map[string]bool{}, map[string]bool{}
	for _, e := range ents {
		switch e.Type {
		case doc.Org:
			if w, ok := statePlace(e.Name); ok {
				tails[Key(w)] = true
			}
		case doc.Place:
			places[Key(e.Name)] = true
		}
	}
	if len(tails) == 0 {
		return ents
	}
	out := ents
	for i, e := range ents {
		if e.Type != doc.Person && e.Type != doc.Org || strings.ContainsRune(strings.TrimSpace(e.Name), ' ') {
			continue
		}
		if k := Key(e.Name); k == "" || !tails[k] || !places[k] {
			continue
		}
		if &out[0] == &ents[0] {
			out = append([]DocEntity(nil), ents...)
		}
		out[i].Type = doc.Place
	}
	return out
}
