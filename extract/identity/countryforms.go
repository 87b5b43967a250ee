package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// countryForms are the words of a country's full name before "of":
// "Republic of Valdoria", "State of Texas". After its short name only
// "Federation" is one ("Kessland Federation"): a "Federation of Banks" is
// a body.
var countryForms = wordSet(`republic kingdom state commonwealth principality sultanate emirate`)

// dividedStates are short names whose "Republic of" is one state of a
// divided country: the "Republic of China" is Taiwan, the "Republic of
// Vietnam" was South Vietnam, the "Republic of Korea" is South Korea.
var dividedStates = wordSet(`china vietnam korea`)

// countryShortName returns the short name inside a country's full name:
// "Valdoria" for "Republic of Valdoria" or "The Republic of Valdoria",
// "Kessland" for "Kessland Federation". Longer names ("People's Republic
// of China", "Federation of Economic Organisations") have none, and
// neither has the full name of one state of a divided country.
func countryShortName(name string) (string, bool) {
	f := strings.Fields(name)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	switch {
	case len(f) == 3 && countryForms[strings.ToLower(f[0])] && f[1] == "of":
		return f[2], !dividedStates[strings.ToLower(f[2])]
	case len(f) == 2 && f[1] == "Federation":
		return f[0], true
	}
	return "", false
}

// mergeCountryForms joins a place named by a country's full name to the
// place named by its short name ("Republic of Valdoria" to "Valdoria"),
// when some article writes the short name as a place.
func (c *corpus) mergeCountryForms() {
	places := map[string]int{} // short name's key → first place with it
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type == doc.Place {
			if k := c.info(i).key; k >= 0 {
				if _, ok := places[c.nameKey(i)]; !ok {
					places[c.nameKey(i)] = i
				}
			}
		}
	}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Place {
			continue
		}
		if short, ok := countryShortName(e.Name); ok {
			if j, ok := places[Key(short)]; ok {
				c.uf.union(i, j)
			}
		}
	}
}

// shortFormOf reports whether name is the short name inside the
// country's full name full: "Valdoria" of "Republic of Valdoria", which
// names the country in its profile.
func shortFormOf(name, full string) bool {
	short, ok := countryShortName(full)
	return ok && Key(short) == Key(name)
}
