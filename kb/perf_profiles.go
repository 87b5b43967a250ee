package kb

import (
	"cmp"
	"encoding/json"
	"slices"
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
	scores := make([]relatedScore, len(need))
	for ent, idx := range byEntity {
		// Oldest first, as the article list is shown.
		slices.SortFunc(idx, func(i, j int) int {
			a, b := &members[i], &members[j]
			if c := strings.Compare(a.pub, b.pub); c != 0 {
				return c
			}
			if c := strings.Compare(a.extID, b.extID); c != 0 {
				return c
			}
			return cmp.Compare(a.doc, b.doc)
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
		related := relatedPeople(ent, idx, members, peopleIn, names, scores)
		out[ent] = profileRow{articles: strings.Join(arts, sep), outlets: strings.Join(outlets, sep), recent: string(rj),
			related: strings.Join(related, sep)}
	}
	return out
}

// relatedScore is what relatedPeople counts of a person named with an
// entity.
type relatedScore struct {
	articles, mentions int
	last               int64 // the article it was last counted in
}

// relatedPeople ranks the people named in the entity's articles: by the
// number of those articles, then by their mentions there, then by name.
// peopleIn lists, by article, the members that are people: an entity
// named in thousands of articles (a country, a wire service) reads the
// people of each rather than every name. scores, by entity, are zero and
// left so: the scores of the people met are counted there rather than
// in a map of their own for every entity.
func relatedPeople(ent int64, idx []int, members []memberRow, peopleIn map[int64][]int, names map[int64]string, scores []relatedScore) []string {
	docsIn := map[int64]int{} // the entity's per-article entities in each article
	for _, i := range idx {
		docsIn[members[i].article]++
	}
	var met []int64 // the people counted, in scores
	defer func() {
		for _, id := range met {
			scores[id] = relatedScore{}
		}
	}()
	for art, own := range docsIn {
		for _, j := range peopleIn[art] {
			o := &members[j]
			if o.entity == ent {
				continue
			}
			s := &scores[o.entity]
			if s.articles == 0 {
				met = append(met, o.entity)
			}
			if s.articles == 0 || s.last != art {
				s.last = art
				s.articles++
			}
			s.mentions += own * o.mentions
		}
	}
	// The first relatedNames in that order are kept as they are met,
	// rather than every person sorted: people alike in all three are
	// alike in what is listed of them, their name.
	before := func(x, y int64) bool {
		a, b := &scores[x], &scores[y]
		if a.articles != b.articles {
			return a.articles > b.articles
		}
		if a.mentions != b.mentions {
			return a.mentions > b.mentions
		}
		return names[x] < names[y]
	}
	top := make([]int64, 0, relatedNames+1)
	for _, id := range met {
		if len(top) == relatedNames && !before(id, top[len(top)-1]) {
			continue
		}
		k := len(top)
		for k > 0 && before(id, top[k-1]) {
			k--
		}
		top = slices.Insert(top, k, id)
		if len(top) > relatedNames {
			top = top[:relatedNames]
		}
	}
	out := make([]string, 0, relatedNames)
	for _, id := range top {
		out = append(out, names[id])
	}
	return out
}
