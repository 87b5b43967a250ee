package identity

// mergeAcronyms joins a non-person entity named by an acronym ("U.S.") to
// the one non-person entity whose articles gave that acronym as a spelling
// of a longer name ("United States" with surface "U.S."). An acronym that
// stands for two different names stays apart.
func (c *corpus) mergeAcronyms() {
	owners := map[string][]int{} // acronym key → distinct roots
	for i, e := range c.ents {
		if c.person(i) || !c.info(i).full {
			continue
		}
		for _, s := range e.Surfaces {
			if !isAcronym(s) {
				continue
			}
			k, r := Key(s), c.uf.find(i)
			if !containsInt(owners[k], r) {
				owners[k] = append(owners[k], r)
			}
		}
	}
	if len(owners) == 0 {
		return
	}
	for i, e := range c.ents {
		if c.person(i) || !isAcronym(e.Name) {
			continue
		}
		if roots := owners[Key(e.Name)]; len(roots) == 1 {
			c.uf.union(i, roots[0])
		}
	}
}

func containsInt(s []int, x int) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// mergeTypeNoise joins the person and non-person entities of one name when
// one side is overwhelmingly more frequent and neither was joined to
// anything else (see Cluster).
func (c *corpus) mergeTypeNoise() {
	size := make([]int32, len(c.ents))
	for i := range c.ents {
		size[c.uf.find(i)]++
	}
	count := map[int64]int32{} // (key, class) → entities
	for i := range c.ents {
		if ni := c.info(i); ni.key >= 0 {
			k := int64(ni.key) << 1
			if c.person(i) {
				k |= 1
			}
			count[k]++
		}
	}
	var articles []int32
	for k, p := range c.first {
		if k&1 == 0 {
			continue
		}
		o, ok := c.first[k&^1]
		if !ok {
			continue
		}
		pr, or := c.uf.find(p), c.uf.find(o)
		if pr == or || size[pr] != count[k] || size[or] != count[k&^1] {
			continue
		}
		if articles == nil {
			articles = c.articleCounts()
		}
		pa, oa := articles[pr], articles[or]
		if pa >= typeNoiseMin && pa >= typeNoiseRatio*oa || oa >= typeNoiseMin && oa >= typeNoiseRatio*pa {
			c.uf.union(pr, or)
		}
	}
}
