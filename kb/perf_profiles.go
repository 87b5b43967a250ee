package kb

import (
	"encoding/json"
	"sort"
	"strings"
)

// Entity profiles are precomputed at build time: the per-query cost of
// !who would otherwise grow with the number of articles naming the entity
// (a country or a wire service is named in a third of them), and a query
// must stay in the milliseconds at hundreds of thousands of articles.

// recentArticles is how many of an entity's newest articles the profile
// snippets are chosen from.
const recentArticles = 30

// relatedNames is how many co-occurring people a profile lists.
const relatedNames = 5

// memberRow is one per-article entity as the aggregation sees it.
type memberRow struct {
	doc, article, entity int64
	extID, source, pub   string
	copies               []string // outlets of the article's word-for-word copies
	mentions             int
	person               bool
}

// profileRow is what entity_profiles stores for one entity.
type profileRow struct {
	articles, outlets, recent, related string
}

// buildProfiles prepares, for each corpus entity with need set, its
// article list, its outlets, the per-article entities of its newest
// articles, and the people most often named with it.
func buildProfiles(members []memberRow, names map[int64]string, need []bool) map[int64]profileRow {
	byEntity := map[int64][]int{}
	peopleIn := map[int64][]int{} // by article, the members that are people
	for i, m := range members {
		if need[m.entity] {
			byEntity[m.entity] = append(byEntity[m.entity], i)
		}
		if m.person {
			peopleIn[m.article] = append(peopleIn[m.article], i)
		}
	}
	out := make(map[int64]profileRow, len(byEntity))
	for ent, idx := range byEntity {
		// Oldest first, as the article list is shown.
		sort.Slice(idx, func(i, j int) bool {
			a, b := &members[idx[i]], &members[idx[j]]
			if a.pub != b.pub {
				return a.pub < b.pub
			}
			if a.extID != b.extID {
				return a.extID < b.extID
			}
			return a.doc < b.doc
		})
		var arts, outlets []string
		seenArt, seenOutlet := map[int64]bool{}, map[string]bool{}
		for _, i := range idx {
			m := &members[i]
			if !seenArt[m.article] {
				seenArt[m.article] = true
				arts = append(arts, m.extID)
				for _, src := range append([]string{m.source}, m.copies...) {
					if k := strings.ToLower(src); k != "" && !seenOutlet[k] { // an article without an outlet names none
						seenOutlet[k] = true
						outlets = append(outlets, src)
					}
				}
			}
		}
		var recent []int64
		n := 0
		for k := len(idx) - 1; k >= 0 && n < recentArticles; k-- {
			m := &members[idx[k]]
			recent = append(recent, m.doc)
			if k == 0 || members[idx[k-1]].article != m.article {
				n++
			}
		}
		rj, _ := json.Marshal(recent)
		related := relatedPeople(ent, idx, members, peopleIn, names)
		out[ent] = profileRow{articles: strings.Join(arts, sep), outlets: strings.Join(outlets, sep), recent: string(rj),
			related: strings.Join(related, sep)}
	}
	return out
}

// relatedPeople ranks the people named in the entity's articles: by the
// number of those articles, then by their mentions there, then by name.
// peopleIn lists, by article, the members that are people: an entity
// named in thousands of articles (a country, a wire service) reads the
// people of each rather than every name.
func relatedPeople(ent int64, idx []int, members []memberRow, peopleIn map[int64][]int, names map[int64]string) []string {
	type score struct {
		articles, mentions int
		last               int64 // the article it was last counted in
	}
	docsIn := map[int64]int{} // the entity's per-article entities in each article
	for _, i := range idx {
		docsIn[members[i].article]++
	}
	acc := map[int64]*score{}
	for art, own := range docsIn {
		for _, j := range peopleIn[art] {
			o := &members[j]
			if o.entity == ent {
				continue
			}
			s := acc[o.entity]
			if s == nil {
				s = &score{}
				acc[o.entity] = s
			}
			if s.articles == 0 || s.last != art {
				s.last = art
				s.articles++
			}
			s.mentions += own * o.mentions
		}
	}
	ids := make([]int64, 0, len(acc))
	for id := range acc {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := acc[ids[i]], acc[ids[j]]
		if a.articles != b.articles {
			return a.articles > b.articles
		}
		if a.mentions != b.mentions {
			return a.mentions > b.mentions
		}
		return names[ids[i]] < names[ids[j]]
	})
	out := make([]string, 0, relatedNames)
	for _, id := range ids[:min(len(ids), relatedNames)] {
		out = append(out, names[id])
	}
	return out
}
