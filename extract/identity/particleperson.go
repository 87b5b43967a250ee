package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// mergeParticleNamedPeople joins the place or other name of a personal
// name with lower-case particles inside ("Amélie de Vautrin-Bois") to the
// person of that name, when more articles (two at least) name the person
// and the other side was joined to no other name: such a name is a
// person's though the tagger took it for something else in one report.
// An organisation of the name stays apart, as in mergeGivenNamedPeople.
func (c *corpus) mergeParticleNamedPeople() {
	c.eachTypePair(func(ni *nameInfo) bool { return particleNamed(ni.name) }, func(tp typePair, tc *typeCounts) bool {
		if tc.size[tp.or] != tc.count[tp.key] || c.orgKeys()[tp.key] {
			return false
		}
		pa := tc.articles[tp.pr]
		return pa >= minGivenPersonArticles && pa > tc.articles[tp.or]
	})
}

// orgKeys returns, by key << 1 | class, the (key, class) pairs of the
// non-person names some article took for an organisation. The types are
// set before the merges (see retypeBodyPlaces): the pairs are read once.
func (c *corpus) orgKeys() []bool {
	if c.orgPairs == nil {
		out := make([]bool, 2*c.nkeys)
		for i := range c.ents {
			e := &c.ents[i] // read in place: an entity is large to copy
			if ni := c.info(i); ni.key >= 0 && e.Type == doc.Org {
				out[int64(ni.key)<<1] = true
			}
		}
		c.orgPairs = out
	}
	return c.orgPairs
}

// particleNamed reports a name of a capitalised word, lower-case name
// particles and a capitalised surname: "Amélie de Vautrin-Bois", "Joost
// van der Heijden".
func particleNamed(name string) bool {
	f := strings.Fields(name)
	if len(f) < 3 || !isCapitalised(f[0]) || particles[strings.ToLower(f[0])] || !isCapitalised(f[len(f)-1]) {
		return false
	}
	for _, w := range f[1 : len(f)-1] {
		if !particles[w] {
			return false
		}
	}
	return true
}
