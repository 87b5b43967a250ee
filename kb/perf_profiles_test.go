package kb

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"testing"
)

// relatedBySort is relatedPeople's ranking done by sorting every person:
// by articles, then mentions (both most first), then name.
func relatedBySort(ent int64, idx []int, members []memberRow, peopleIn map[int64][]int, names map[int64]string) []string {
	type score struct{ articles, mentions int }
	docsIn := map[int64]int{}
	for _, i := range idx {
		docsIn[members[i].article]++
	}
	acc := map[int64]*score{}
	for art, own := range docsIn {
		counted := map[int64]bool{}
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
			if !counted[o.entity] {
				counted[o.entity] = true
				s.articles++
			}
			s.mentions += own * o.mentions
		}
	}
	var ids []int64
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
	var out []string
	for _, id := range ids[:min(len(ids), relatedNames)] {
		out = append(out, names[id])
	}
	return out
}

// The people a profile lists are those a full sort ranks first, with few
// and many people, ties on counts, and people sharing a name.
func TestRelatedPeopleMatchesSort(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for round := range 300 {
		people := 1 + r.Intn(12)
		articles := 1 + r.Intn(8)
		names := map[int64]string{}
		for e := int64(1); e <= int64(people); e++ {
			names[e] = fmt.Sprintf("P%d", r.Intn(people)) // some share a name
		}
		var members []memberRow
		for a := int64(1); a <= int64(articles); a++ {
			for e := int64(1); e <= int64(people); e++ {
				for range r.Intn(4) - 1 { // absent, or named once or twice
					members = append(members, memberRow{doc: int64(len(members) + 1), article: a, entity: e,
						mentions: 1 + r.Intn(2), person: true})
				}
			}
		}
		peopleIn := map[int64][]int{}
		var idx []int
		const ent = 1
		for i, m := range members {
			peopleIn[m.article] = append(peopleIn[m.article], i)
			if m.entity == ent {
				idx = append(idx, i)
			}
		}
		scores := make([]relatedScore, people+1)
		got := relatedPeople(ent, idx, members, peopleIn, names, scores)
		if again := relatedPeople(ent, idx, members, peopleIn, names, scores); !slices.Equal(again, got) {
			t.Fatalf("round %d: %q, then %q: the scores were not left zero", round, got, again)
		}
		want := relatedBySort(ent, idx, members, peopleIn, names)
		if len(want) == 0 {
			want = []string{}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: got %q, want %q", round, got, want)
		}
	}
}
