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
	var size []int32
	var count map[int64]int32
	var articles []int32
	var orgs map[int64]bool
	for k, p := range c.first {
		if k&1 == 0 || !particleNamed(c.info(p).name) {
			continue
		}
		o, ok := c.first[k&^1]
		if !ok {
			continue
		}
		if size == nil {
			size, count = c.classSizes()
			articles = c.articleCounts()
			orgs = c.orgKeys()
		}
		pr, or := c.uf.find(p), c.uf.find(o)
		if pr == or || size[or] != count[k&^1] || orgs[k&^1] {
			continue
		}
		if pa := articles[pr]; pa >= minGivenPersonArticles && pa > articles[or] {
			c.uf.union(pr, or)
		}
	}
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
