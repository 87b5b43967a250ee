package identity

import (
	"strings"
	"unicode"
)

// fullNameTypeRatio is how many times the articles of the other side a
// person's full name needs for the one article that took the name for
// something else to join the person (see mergeMistypedFullNames).
const fullNameTypeRatio = 3

// mergeMistypedFullNames joins the place, organisation or other name of
// a person's full name, taken for it in a single article, to the person
// of that name in typeNoiseMin articles or more and fullNameTypeRatio
// times as many: "Ilka Maršálek" read as a place in a live report, a
// person in four others. The other side must be joined to no other name.
// A two-word name some article took for an organisation stays apart:
// firms bear their founders' names ("Ralph Lauren"); a longer one ("Omar
// bin Said al-Rashidi" in a list of officials) is the person's. The other
// way round, see mistypedPerson.
func (c *corpus) mergeMistypedFullNames() {
	c.eachTypePair(fullPersonNamed, func(tp typePair, tc *typeCounts) bool {
		if c.orgKeys()[tp.key] && len(strings.Fields(tp.ni.name)) < 3 {
			return false
		}
		if c.mistypedPerson(tp, tc) {
			return true
		}
		if tc.size[tp.or] != tc.count[tp.key] || tc.articles[tp.or] != 1 {
			return false
		}
		pa := tc.articles[tp.pr]
		return pa >= typeNoiseMin && pa >= fullNameTypeRatio
	})
}

// fullPersonNamed reports a name of two words or more that opens with a
// capitalised word and closes with a surname written with a capital
// ("Dvorak", "al-Rashidi"): a given name and a surname, perhaps with
// others between.
func fullPersonNamed(ni *nameInfo) bool {
	f := strings.Fields(ni.name)
	return len(f) >= 2 && isCapitalised(f[0]) && strings.IndexFunc(f[len(f)-1], unicode.IsUpper) >= 0 && !particles[strings.ToLower(f[0])]
}

// patronymParticles open an Arabic name's chain of fathers: a name that
// starts with one lost its given name ("bin Hamad al-Nuaimi").
var patronymParticles = wordSet(`bin ibn bint`)

// mayHavePatronym reports whether a name may hold a word of
// patronymParticles: each contains "bin" or "ibn".
func mayHavePatronym(name string) bool {
	return strings.Contains(name, "bin") || strings.Contains(name, "ibn")
}

// mergeLostGivenNames joins a person's name that opens with a lower-case
// patronymic particle ("bin Salem al-Harthy", the given name dropped) to
// the one person of the corpus whose name is a given name and then that
// name ("Faisal bin Salem al-Harthy").
func (c *corpus) mergeLostGivenNames() {
	var short []int
	for i := range c.ents {
		if !c.person(i) || !mayHavePatronym(c.info(i).name) {
			continue
		}
		if f := strings.Fields(c.info(i).name); len(f) >= 3 && patronymParticles[f[0]] {
			short = append(short, i)
		}
	}
	if len(short) == 0 {
		return
	}
	owners := map[string][]int{} // key of the name after its given name → roots
	for i := range c.ents {
		if !c.person(i) || !mayHavePatronym(c.info(i).name) {
			continue
		}
		f := strings.Fields(c.info(i).name)
		if len(f) < 4 || !patronymParticles[f[1]] || !isCapitalised(f[0]) {
			continue
		}
		k := Key(strings.Join(f[1:], " "))
		if r := c.uf.find(i); k != "" && !containsInt(owners[k], r) {
			owners[k] = append(owners[k], r)
		}
	}
	for _, i := range short {
		if roots := owners[Key(c.info(i).name)]; len(roots) == 1 {
			c.uf.union(i, roots[0])
		}
	}
}

// mistypedPerson reports whether the person side of tp is one entity of
// one article, given no role and opening with no known given name, title
// or initial ("Greta Vale" is a person however often the tagger took her
// for a place), and the other side is in typeNoiseMin
// articles or more and fullNameTypeRatio times as many: "Passo Arvo" read
// as a person in a headline, as a place in three reports of the stage.
func (c *corpus) mistypedPerson(tp typePair, tc *typeCounts) bool {
	if tc.size[tp.pr] != 1 || len(c.ents[tp.person].Roles) > 0 || personLike(tp.ni.toks) {
		return false
	}
	oa := tc.articles[tp.or]
	return oa >= typeNoiseMin && oa >= fullNameTypeRatio*tc.articles[tp.pr]
}
