package identity

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// mergeTickerShortNames joins a company's short name to its full name
// when both were written with one ticker or acronym: "Orvana (ORV)" in
// one article and "Orvana Biosciences Inc. (ORV)" in another are one
// company, the short name being the opening words of the full one. A
// ticker written for two full names stays apart, and so do names neither
// of which opens the other.
func (c *corpus) mergeTickerShortNames() {
	owners := map[string][]int{} // ticker → distinct roots
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if c.person(i) || e.Type == doc.Place {
			continue
		}
		for _, s := range e.Surfaces {
			if s != e.Name && tickerLike(s) {
				if r := c.uf.find(i); !containsInt(owners[s], r) {
					owners[s] = append(owners[s], r)
				}
			}
		}
	}
	for _, roots := range owners {
		if len(roots) != 2 {
			continue
		}
		a, b := c.ents[roots[0]].Name, c.ents[roots[1]].Name
		if opensName(a, b) || opensName(b, a) {
			c.uf.union(roots[0], roots[1])
		}
	}
}

// tickerLike reports a ticker or an acronym: two to five capital letters.
func tickerLike(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) || r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

// opensName reports whether short is the opening words of long: "Orvana"
// of "Orvana Biosciences Inc.".
func opensName(short, long string) bool {
	ks, kl := Key(short), Key(long)
	return ks != "" && strings.HasPrefix(kl, ks+" ")
}
