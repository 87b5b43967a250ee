package kb

import (
	"strings"

	"newsbot/extract/doc"
)

// venueHeads are the last words of the names of the buildings a place's
// events are held at: "Kelsby Leisure Centre", "Alder Town Hall".
var venueHeads = map[string]bool{"hall": true, "centre": true, "center": true, "library": true, "chapel": true, "church": true,
	"arena": true, "stadium": true, "theatre": true, "theater": true, "pavilion": true}

// centres are the venue heads that end the names of towns as well, after
// one word: a venue's name holds another word before them ("Kelsby
// Leisure Centre").
var centres = map[string]bool{"centre": true, "center": true}

// maxVenueWords bounds the words of a venue's name after its place's:
// "Leisure Centre", "Community Center".
const maxVenueWords = 2

// venueTowns returns, by entity id (ids giving each entity's), the place
// whose name opens a venue's, a place's name followed by a building's
// words ("Kelsby Leisure Centre": Kelsby): what is held at the venue
// happens in the place. The longest such place is taken; a name two
// places bear gives none.
func (c *clustered) venueTowns(ids []int64) map[int64]int64 {
	places := map[string]int64{}
	for i, r := range c.recs {
		if r.typ != string(doc.Place) {
			continue
		}
		k := strings.ToLower(r.name)
		if _, twice := places[k]; twice {
			places[k] = 0
			continue
		}
		places[k] = ids[i]
	}
	out := map[int64]int64{}
	for i, r := range c.recs {
		if r.typ != string(doc.Place) {
			continue
		}
		if town := townOfVenue(places, r.name); town != 0 && town != ids[i] {
			out[ids[i]] = town
		}
	}
	return out
}

// townOfVenue returns the id, in places (by lower-cased name; 0 for a
// name of two places), of the place whose name opens venue's before at
// most maxVenueWords words ending in a building's head (two for a
// centre), or 0.
func townOfVenue(places map[string]int64, venue string) int64 {
	words := strings.Fields(venue)
	n := len(words)
	if n < 2 || !venueHeads[strings.ToLower(words[n-1])] {
		return 0
	}
	k := n - 1
	if centres[strings.ToLower(words[n-1])] {
		// "Brooklyn Center", "Rockville Centre": towns of their own.
		k = n - 2
	}
	for ; k >= 1 && n-k <= maxVenueWords; k-- {
		if id, ok := places[strings.ToLower(strings.Join(words[:k], " "))]; ok {
			return id
		}
	}
	return 0
}
