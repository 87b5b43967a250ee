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
	var size []int32
	var count map[int64]int32
	var articles []int32
	var initials map[int]map[string]bool
	for k, p := range c.first {
		if k&1 == 0 {
			continue
		}
		ni := c.info(p)
		if len(ni.toks) < 2 || ni.suffix != "" || personLike(ni.toks) || givenNamed(ni) {
			continue
		}
		o, ok := c.first[k&^1]
		if !ok {
			continue
		}
		if size == nil {
			size, count = c.classSizes()
			articles = c.articleCounts()
			initials = c.acronymsByRoot()
		}
		pr, or := c.uf.find(p), c.uf.find(o)
		if pr == or || size[pr] != count[k] || c.ents[o].Type != doc.Org {
			continue
		}
		if a := acronymOf(ni.name); len(a) >= 2 && initials[or][a] && articles[or] > articles[pr] {
			c.uf.union(pr, or)
		}
	}
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
	for i, e := range c.ents {
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
