package identity

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
)

// dropPlaceOpeners takes from each organisation's aliases the name of a
// place that opens its own name, when the corpus names that place in
// more articles than the organisation and writes it as a place for sure
// (see surePlaces): "Harwick" is the town of most articles, not a short
// form of "Harwick Athletic" or of the "Harwick Chamber of Commerce",
// though a match report says "Harwick travel to Eastbury". The mentions
// stay the organisation's; only the name a reader types no longer finds
// it. A word the tagger took for a place now and then ("Piper" of Piper
// Aircraft) is no sure place, and stays the organisation's alias.
func (c *corpus) dropPlaceOpeners(out []Entity) {
	var places map[string]int // place's key → its index in out
	var sure map[string]bool  // read when first needed
	for i := range out {
		e := &out[i]
		if e.Type != doc.Org || len(e.Aliases) == 0 {
			continue
		}
		if !slices.ContainsFunc(e.Aliases, func(a string) bool { return wordOpens(e.Name, a) }) {
			// Most organisations have no alias opening their name:
			// the places are listed for those that have.
			continue
		}
		if places == nil {
			places, sure = c.placeEntities(out), c.surePlaces()
		}
		e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool {
			if !wordOpens(e.Name, a) {
				return false
			}
			k := Key(a)
			p, ok := places[k]
			return ok && (sure[k] || ner.ListedPlace(a)) && c.distinctArticles(out[p].Members) > c.distinctArticles(e.Members)
		})
	}
}

// wordOpens reports whether a one-word alias is the first word of a
// longer name: "Harwick" of "Harwick Athletic".
func wordOpens(name, alias string) bool {
	return !strings.Contains(alias, " ") && strings.HasPrefix(name, alias+" ")
}

// placeEntities returns the one-word places of out by key.
func (c *corpus) placeEntities(out []Entity) map[string]int {
	places := map[string]int{}
	for i := range out {
		if out[i].Type == doc.Place && !strings.Contains(out[i].Name, " ") {
			if k := Key(out[i].Name); k != "" {
				places[k] = i
			}
		}
	}
	return places
}

// minDatelineWord is the fewest letters of a word in capitals taken for
// a dateline's place: shorter ones are more often acronyms ("IBM").
const minDatelineWord = 5

// surePlaces returns the keys of the words some article writes as a
// place for sure: in capitals as a place, as a dateline opens a story
// ("HARWICK, England (Reuters) -"), or closing a place's name after "of"
// ("the Port of Harwick").
func (c *corpus) surePlaces() map[string]bool {
	sure := map[string]bool{}
	for i := range c.ents {
		if c.ents[i].Type != doc.Place {
			continue
		}
		ni := c.info(i)
		if ni.caps && len(ni.toks) == 1 && len(ni.name) >= minDatelineWord {
			sure[ni.keyText] = true
		} else if w, ok := ofPlace(ni.name); ok {
			sure[Key(w)] = true
		}
	}
	return sure
}
