package identity

import "newsbot/extract/doc"

// mergeInitialledBodies joins the person of a name of two words or more
// to the organisation of that name when more articles name the
// organisation, some of them by the name's initials ("Blue Horizon (BH)"
// and "BH" beside "Blue Horizon" read as a person's name elsewhere), the
// name opens with no known given name and neither side was joined to any
// other name. mergeTypeNoise asks far more articles of the majority; the
// initials are the sign of a body.
func (c *corpus) mergeInitialledBodies() {
	var initials map[int]map[string]bool
	bodyLike := func(ni *nameInfo) bool {
		return len(ni.toks) >= 2 && ni.suffix == "" && !personLike(ni.toks) && !givenNamed(ni)
	}
	c.eachTypePair(bodyLike, func(tp typePair, tc *typeCounts) bool {
		if tc.size[tp.pr] != tc.count[tp.key|1] || c.ents[tp.other].Type != doc.Org {
			return false
		}
		a := acronymOf(tp.ni.name)
		if len(a) < 2 || tc.articles[tp.or] <= tc.articles[tp.pr] {
			return false
		}
		if initials == nil {
			// Taken at the first pair that needs them: no pair before
			// it joined, so the sets are as they were at the first.
			initials = c.acronymsByRoot()
		}
		return initials[tp.or][a]
	})
}

// acronymsByRoot returns the acronyms each organisation cluster holds as
// names or surfaces.
func (c *corpus) acronymsByRoot() map[int]map[string]bool {
	out := map[int]map[string]bool{}
	add := func(r int, s string) {
		if out[r] == nil {
			out[r] = map[string]bool{}
		}
		out[r][s] = true
	}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Org {
			continue
		}
		r := c.uf.find(i)
		if isAcronym(e.Name) {
			add(r, e.Name)
		}
		for _, s := range e.Surfaces {
			if isAcronym(s) {
				add(r, s)
			}
		}
	}
	return out
}
