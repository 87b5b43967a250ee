package identity

import "newsbot/extract/doc"

// demonymEndings turn a country's name into its people's: "Kestria",
// "Kestrian", "Kestrians"; "Brell", "Brellan".
var demonymEndings = []string{"n", "ns", "an", "ans"}

// mergeDemonymPlaces joins the person of a one-word name to the place or
// organisation of that name in more articles when the articles also
// write a word for its people, which no person's name has ("Kestria"
// beside "Kestrian" voters), and the person side was joined to no other
// name: the name is a country's.
func (c *corpus) mergeDemonymPlaces() {
	var others map[string]bool
	oneWord := func(ni *nameInfo) bool { return len(ni.toks) == 1 && ni.suffix == "" }
	c.eachTypePair(oneWord, func(tp typePair, tc *typeCounts) bool {
		if tc.size[tp.pr] != tc.count[tp.key|1] || tc.articles[tp.or] <= tc.articles[tp.pr] {
			return false
		}
		if others == nil {
			others = c.oneWordOthers()
		}
		return hasDemonym(others, tp.ni.name)
	})
}

// oneWordOthers returns the keys of the one-word names no article took for
// a person's.
func (c *corpus) oneWordOthers() map[string]bool {
	people := map[string]bool{}
	out := map[string]bool{}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if len(c.info(i).toks) != 1 {
			continue
		}
		k := c.nameKey(i)
		if e.Type == doc.Person {
			people[k] = true
		} else {
			out[k] = true
		}
	}
	for k := range people {
		delete(out, k)
	}
	return out
}

// hasDemonym reports whether others holds a word for the people of the
// place name.
func hasDemonym(others map[string]bool, name string) bool {
	for _, e := range demonymEndings {
		if others[Key(name+e)] {
			return true
		}
	}
	return false
}
