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
	for i, e := range c.ents {
		ni := c.info(i)
		if !c.person(i) || !ni.full || ni.suffix != "" {
			continue
		}
		for _, s := range e.Surfaces {
			toks := nameTokens(s)
			if len(toks) < 2 || nameSuffix(s) != "" || givenKey(toks[0]) != ni.firstKey || tokenKey(toks[len(toks)-1]) == ni.lastKey {
				continue
			}
			k := Key(s)
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
