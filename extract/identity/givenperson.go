package identity

import (
	"cmp"
	"slices"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
	"newsbot/extract/sex"
)

// minGivenPersonArticles is how many articles must name a given name and
// surname as a person before the articles that took it for a place or an
// organisation join it.
const minGivenPersonArticles = 2

// mergeGivenNamedPeople joins the place of a two-word name whose first
// word is a known given name to the person of that name, when more
// articles name the person than the place and the place was joined to no
// other name: "Jordan Ellery had given Rovers the lead" read as a place by
// "Jordan" in one report, a person in two others. mergeTypeNoise asks far
// more articles of the majority, for any name; a given name and a surname
// are a person's already. An organisation of the name stays apart: firms
// bear their founders' names ("Ralph Lauren").
func (c *corpus) mergeGivenNamedPeople() {
	var unplaced []bool
	c.eachTypePair(givenNamed, func(tp typePair, tc *typeCounts) bool {
		pa := tc.articles[tp.pr]
		if tc.size[tp.or] != tc.count[tp.key] || pa < minGivenPersonArticles || pa <= tc.articles[tp.or] {
			return false
		}
		if unplaced == nil {
			unplaced = c.unplacedKeys()
		}
		return !unplaced[tp.key]
	})
}

// typePair is a name some article reads as a person's and another as
// another type's, in two clusters: the key (its person bit clear), the
// first entity of each side, their clusters' roots and the person side's
// name.
type typePair struct {
	key           int64
	person, other int
	pr, or        int
	ni            *nameInfo
}

// typeCounts are what the merges of typePair weigh, counted at first
// need: the entities of each cluster by root, of each (key, class) pair
// (person class in the low bit) and the articles of each cluster.
type typeCounts struct {
	size     []int32
	count    []int32 // by key << 1 | person, as classSizes counts
	articles []int32
}

// eachTypePair calls join for every typePair whose person side's name
// keep accepts, and unions the two clusters when join says so. The counts
// are taken once, before the first join.
func (c *corpus) eachTypePair(keep func(*nameInfo) bool, join func(typePair, *typeCounts) bool) {
	var tc *typeCounts
	for _, kp := range c.keyTypePairs() {
		k, p, o := kp.key, kp.person, kp.other
		if !keep(c.info(p)) {
			continue
		}
		if tc == nil {
			size, count := c.classSizes()
			tc = &typeCounts{size: size, count: count, articles: c.articleCounts()}
		}
		pr, or := c.uf.find(p), c.uf.find(o)
		if pr != or && join(typePair{key: k &^ 1, person: p, other: o, pr: pr, or: or, ni: c.info(p)}, tc) {
			c.uf.union(pr, or)
		}
	}
}

// keyTypePair is a key some article names a person and another a
// non-person: the key (its person bit set) and the first entity of
// each class (see mergeKeys).
type keyTypePair struct {
	key           int64
	person, other int
}

// keyTypePairs returns the keys of c.first that name both a person and
// a non-person, listed once: mergeKeys writes c.first and nothing
// changes it after, while most keys name one class only. The pairs
// come in key order.
func (c *corpus) keyTypePairs() []keyTypePair {
	if c.typePairs == nil {
		pairs := []keyTypePair{}
		for k, p := range c.first {
			if k&1 == 0 {
				continue
			}
			if o, ok := c.first[k&^1]; ok {
				pairs = append(pairs, keyTypePair{key: k, person: p, other: o})
			}
		}
		slices.SortFunc(pairs, func(a, b keyTypePair) int { return cmp.Compare(a.key, b.key) })
		c.typePairs = pairs
	}
	return c.typePairs
}

// givenNamed reports a name of two words whose first is a given name the
// sex table knows or a place's name common as a given name ("Jordan").
func givenNamed(ni *nameInfo) bool {
	if len(ni.toks) != 2 || ni.suffix != "" {
		return false
	}
	return sex.Of(ni.name) != sex.Unknown || ner.GivenPlaceName(ni.toks[0])
}

// classSizes returns the size of every cluster by root and the number of
// entities of each (key, class) pair, the person class in the low bit.
// Both are kept while they hold (see countCache): callers only read them.
func (c *corpus) classSizes() ([]int32, []int32) {
	cc := &c.counted
	if cc.sizes == nil || cc.sizesAt != c.uf.joins {
		size := make([]int32, len(c.ents))
		for i := range c.ents {
			size[c.uf.find(i)]++
		}
		cc.sizes, cc.sizesAt = size, c.uf.joins
	}
	if cc.keys == nil {
		// Keys are interned below c.nkeys: a slot for each class.
		count := make([]int32, 2*c.nkeys)
		for i := range c.ents {
			if ni := c.info(i); ni.key >= 0 {
				k := int64(ni.key) << 1
				if c.person(i) {
					k |= 1
				}
				count[k]++
			}
		}
		cc.keys = count
	}
	return cc.sizes, cc.keys
}

// unplacedKeys returns, by key << 1 | class, the (key, class) pairs of
// the non-person names some article gave another type than a place.
func (c *corpus) unplacedKeys() []bool {
	out := make([]bool, 2*c.nkeys)
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if ni := c.info(i); ni.key >= 0 && e.Type != doc.Person && e.Type != doc.Place {
			out[int64(ni.key)<<1] = true
		}
	}
	return out
}
