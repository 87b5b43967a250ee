package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// mergeDeclaredOneWordAliases joins an organisation named in some article
// only by a one-word name of its own coining to the organisation another
// article declared that name for: "the Tellmar Department of Water and
// Power, known as TellWater" in one story, "TellWater crews" in others.
// Such a name is a spelling of the organisation that is no word of its
// name and no acronym (those join by their own rules); one claimed by two
// different organisations joins neither.
func (c *corpus) mergeDeclaredOneWordAliases() {
	owners := map[string][]int{} // alias key → roots claiming it
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Org || len(c.info(i).toks) < 2 {
			continue
		}
		for j, s := range e.Surfaces {
			// The name itself, of two words or more, coins nothing.
			if s == e.Name || !coinedAlias(e.Name, s) {
				continue
			}
			if k, r := c.surfaceKey(i, j), c.uf.find(i); k != "" && !containsInt(owners[k], r) {
				owners[k] = append(owners[k], r)
			}
		}
	}
	if len(owners) == 0 {
		return
	}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Org || len(c.info(i).toks) != 1 {
			continue
		}
		if roots := owners[c.nameKey(i)]; len(roots) == 1 && c.uf.find(i) != roots[0] {
			c.uf.union(i, roots[0])
		}
	}
}

// coinedAlias reports whether spelling s of an organisation named name is
// a one-word name of its own: no acronym and none of the name's words
// ("TellWater" of "Tellmar Department of Water and Power", not "Tellmar").
func coinedAlias(name, s string) bool {
	if len(strings.Fields(s)) != 1 || isAcronym(s) || Key(s) == "" {
		return false
	}
	for _, w := range strings.Fields(name) {
		if Key(w) == Key(s) {
			return false
		}
	}
	return true
}
