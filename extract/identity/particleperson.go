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
	var orgs map[int64]bool
	c.eachTypePair(func(ni *nameInfo) bool { return particleNamed(ni.name) }, func(tp typePair, tc *typeCounts) bool {
		if orgs == nil {
			orgs = c.orgKeys()
		}
		if tc.size[tp.or] != tc.count[tp.key] || orgs[tp.key] {
			return false
		}
		pa := tc.articles[tp.pr]
		return pa >= minGivenPersonArticles && pa > tc.articles[tp.or]
	})
}

// orgKeys returns the (key, class) pairs of the non-person names some
// article took for an organisation.
func (c *corpus) orgKeys() map[int64]bool {
	out := map[int64]bool{}
	for i, e := range c.ents {
		if ni := c.info(i); ni.key >= 0 && e.Type == doc.Org {
			out[int64(ni.key)<<1] = true
		}
	}
	return out
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
