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
	// The last three fields of strings.Fields, read from the end
	// without splitting the whole name.
	rest, w := lastField(name)
	rest, of := lastField(rest)
	if of != "of" {
		return "", false
	}
	if _, head := lastField(rest); head == "" || !isCapitalised(w) {
		return "", false
	}
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
	return w, bareIn(stateBodyHeads, f[len(f)-3])
}

// retypeBodyPlaces gives the type place to every one-word person or
// organisation that some article wrote as a place and some organisation's
// name closes as the place it is of ("the National Bank of Valdonia" beside
// "Valdonia's prime minister", which the tagger read as a person's). It
// leaves c.ents itself when nothing changes, else sets a retyped copy.
// Each distinct name is read once per type: the sets only gain what its
// first entity of the type adds.
func (c *corpus) retypeBodyPlaces() {
	const orgSeen, placeSeen = 1, 2
	seen := make([]uint8, len(c.names))
	tails, places := map[string]bool{}, map[string]bool{}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		id := c.nameOf[i]
		switch e.Type {
		case doc.Org:
			if seen[id]&orgSeen != 0 {
				continue
			}
			seen[id] |= orgSeen
			if w, ok := statePlace(e.Name); ok {
				tails[Key(w)] = true
			}
		case doc.Place:
			if seen[id]&placeSeen != 0 {
				continue
			}
			seen[id] |= placeSeen
			places[c.names[id].keyText] = true
		}
	}
	if len(tails) == 0 {
		return
	}
	// retyped: 0 not yet read, 1 stays, 2 becomes a place.
	retyped := make([]uint8, len(c.names))
	ents := c.ents
	for i := range ents {
		e := &ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Person && e.Type != doc.Org {
			continue
		}
		id := c.nameOf[i]
		if retyped[id] == 0 {
			retyped[id] = 1
			if k := c.names[id].keyText; k != "" && tails[k] && places[k] && !strings.ContainsRune(strings.TrimSpace(e.Name), ' ') {
				retyped[id] = 2
			}
		}
		if retyped[id] != 2 {
			continue
		}
		if &c.ents[0] == &ents[0] {
			c.ents = append([]DocEntity(nil), ents...)
		}
		c.ents[i].Type = doc.Place
		c.people[i] = false
		c.repsDone, c.orgPairs = false, nil // read of the types
	}
}

// placeOfName returns the word a place's name of three words or more
// closes after "of", the town or country it is of: "Harwick" of the
// "Port of Harwick", "London" of the "City of London". The article uses
// that word as a place, whatever opens with it too ("the Harwick Chamber
// of Commerce").
func placeOfName(f *form) (string, bool) {
	if f.typ != doc.Place || f.ntok < 2 {
		return "", false
	}
	return ofPlace(f.display)
}
