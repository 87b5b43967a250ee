package identity

import "newsbot/extract/doc"

// minGenericName is the shortest lower-case surface taken for a generic
// name: shorter lower-case words are abbreviations or slips.
const minGenericName = 5

// mergeGenericNames joins a product named in lower case by an article
// ("orvimastat", a generic name) to the one product whose mentions some
// article wrote that way: an article that pairs a brand with its generic
// name ("Velostra (orvimastat)") names the brand both ways. A generic
// name two products were written with stays apart.
func (c *corpus) mergeGenericNames() {
	owners := map[string][]int{} // lower-case surface → distinct roots
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Other {
			continue
		}
		for _, s := range e.Surfaces {
			if s != e.Name && lowerName(s) {
				if r := c.uf.find(i); !containsInt(owners[s], r) {
					owners[s] = append(owners[s], r)
				}
			}
		}
	}
	if len(owners) == 0 {
		return
	}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if roots := owners[e.Name]; e.Type == doc.Other && len(roots) == 1 {
			c.uf.union(i, roots[0])
		}
	}
}

// lowerName reports a single word of minGenericName or more lower-case
// ASCII letters: "orvimastat".
func lowerName(s string) bool {
	if len(s) < minGenericName {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
