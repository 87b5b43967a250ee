package identity

import "slices"

// mergeFormerNames joins a person named in some article only by a former
// name to the person another article gave that name as an earlier one:
// "Marianne Tolley, formerly Marianne Fenwick" in one story, "Marianne
// Fenwick" alone in another. A former name is a full name among a
// person's spellings that keeps the given name but not the surname (see
// formerNameAliases); one claimed by two different people joins neither.
func (c *corpus) mergeFormerNames() {
	owners := map[string][]int{} // former name's key → roots claiming it
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		ni := c.info(i)
		if !c.person(i) || !ni.full || ni.suffix != "" {
			continue
		}
		for j, s := range e.Surfaces {
			// The name itself has its tokens, suffix and key already.
			toks, suffix := ni.toks, ni.suffix
			if s != e.Name {
				toks, suffix = nameTokens(s), nameSuffix(s)
			}
			if len(toks) < 2 || suffix != "" || givenKey(toks[0]) != ni.firstKey || tokenKey(toks[len(toks)-1]) == ni.lastKey {
				continue
			}
			k := ni.keyText
			if s != e.Name {
				k = c.surfaceKey(i, j)
			}
			if r := c.uf.find(i); k != "" && !containsInt(owners[k], r) {
				owners[k] = append(owners[k], r)
			}
		}
	}
	if len(owners) == 0 {
		return
	}
	for i := range c.ents {
		if !c.person(i) || !c.info(i).full {
			continue
		}
		roots := owners[c.nameKey(i)]
		if len(roots) == 1 && !slices.Contains(roots, c.uf.find(i)) {
			c.uf.union(i, roots[0])
		}
	}
}
