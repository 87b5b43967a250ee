package identity

import (
	"sort"

	"newsbot/extract/doc"
)

// unionFind is a disjoint-set forest over input indexes.
type unionFind struct{ parent []int32 }

func newUnionFind(n int) *unionFind {
	p := make([]int32, n)
	for i := range p {
		p[i] = int32(i)
	}
	return &unionFind{p}
}

func (u *unionFind) find(i int) int {
	for int(u.parent[i]) != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = int(u.parent[i])
	}
	return i
}

// union joins the sets of a and b; the smaller index becomes the root so
// that results do not depend on map iteration order.
func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = int32(ra)
}

// groups returns the members of every set, each in input order, sets
// ordered by their first member. Entities with an empty key are left out.
func (c *corpus) groups() [][]int {
	slot := make([]int32, len(c.ents))
	for i := range slot {
		slot[i] = -1
	}
	var out [][]int
	for i := range c.ents {
		if c.info(i).key < 0 {
			continue
		}
		r := c.uf.find(i)
		if slot[r] < 0 {
			slot[r] = int32(len(out))
			out = append(out, nil)
		}
		out[slot[r]] = append(out[slot[r]], i)
	}
	return out
}

// distinctArticles counts the different articles among members.
func (c *corpus) distinctArticles(members []int) int {
	seen := make(map[int32]struct{}, len(members))
	for _, i := range members {
		seen[c.article[i]] = struct{}{}
	}
	return len(seen)
}

// collect turns the sets into entities, largest first.
func (c *corpus) collect() []Entity {
	groups := c.groups()
	out := make([]Entity, 0, len(groups))
	for _, members := range groups {
		out = append(out, c.buildEntity(members))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Members) != len(out[j].Members) {
			return len(out[i].Members) > len(out[j].Members)
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// spelling accumulates how one name string was used within an entity.
type spelling struct {
	name     string
	weight   int // mentions
	articles int // member entities (one per article and name)
	full     bool
}

func (c *corpus) buildEntity(members []int) Entity {
	names := map[int32]*spelling{}
	aliases := map[string]int{}
	votes := map[doc.EntityType]int{}
	for _, i := range members {
		e := &c.ents[i]
		w := max(e.Mentions, 1)
		votes[e.Type] += w
		id := c.nameOf[i]
		sp := names[id]
		if sp == nil {
			sp = &spelling{name: e.Name, full: c.names[id].full}
			names[id] = sp
		}
		sp.weight += w
		sp.articles++
		aliases[squash(e.Name)] += w
		for _, s := range e.Surfaces {
			aliases[squash(s)]++
		}
	}
	var best *spelling
	for _, sp := range names {
		if best == nil || better(sp, best) {
			best = sp
		}
	}
	best.name = squash(best.name)
	delete(aliases, best.name)
	delete(aliases, "")
	al := make([]string, 0, len(aliases))
	for s := range aliases {
		al = append(al, s)
	}
	sort.Slice(al, func(i, j int) bool {
		if aliases[al[i]] != aliases[al[j]] {
			return aliases[al[i]] > aliases[al[j]]
		}
		return al[i] < al[j]
	})
	return Entity{Name: best.name, Type: majority(votes, c.ents[members[0]].Type), Aliases: al, Members: members}
}

// better orders spellings for the display name: a full name over a bare
// surname, then more mentions, more articles, the longer, the lexically
// smaller.
func better(s, t *spelling) bool {
	if s.full != t.full {
		return s.full
	}
	if s.weight != t.weight {
		return s.weight > t.weight
	}
	if s.articles != t.articles {
		return s.articles > t.articles
	}
	if len(s.name) != len(t.name) {
		return len(s.name) > len(t.name)
	}
	return s.name < t.name
}
