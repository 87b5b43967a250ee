package identity

import (
	"fmt"
	"testing"

	"newsbot/extract/doc"
)

// groupArticleCounts counts each set's distinct articles from its
// groups, as articleCounts does for any input.
func groupArticleCounts(c *corpus) string {
	counts := make([]int32, len(c.ents))
	for _, members := range c.groups() {
		counts[c.uf.find(members[0])] = int32(c.distinctArticles(members))
	}
	return fmt.Sprint(counts)
}

// naiveByRoot lists each set's members by root, in input order.
func naiveByRoot(c *corpus) string {
	by := make([][]int, len(c.ents))
	for i := range c.ents {
		r := c.uf.find(i)
		by[r] = append(by[r], i)
	}
	return fmt.Sprint(by)
}

// evidenceByRoot lists each set's members by root as ev holds them.
func evidenceByRoot(c *corpus, ev *evidence) [][]int {
	by := make([][]int, len(c.ents))
	for r := range by {
		by[r] = ev.members(r)
	}
	return by
}

func TestCorpusCountsFollowTheSets(t *testing.T) {
	ent := func(art, name string) DocEntity {
		return DocEntity{Article: art, Name: name, Type: doc.Person, Surfaces: []string{name}, Mentions: 1}
	}
	tests := []struct {
		name    string
		ents    []DocEntity
		inOrder bool
		unions  [][2]int
	}{
		{"articles in order", []DocEntity{ent("1", "Ann Berg"), ent("1", "Bo Lind"), ent("2", "Ann Berg"), ent("3", "Berg"), ent("3", "Bo Lind")},
			true, [][2]int{{0, 3}, {1, 4}, {0, 1}}},
		{"an article come back to", []DocEntity{ent("1", "Ann Berg"), ent("2", "Ann Berg"), ent("1", "Berg"), ent("2", "Bo Lind")},
			false, [][2]int{{0, 2}, {1, 3}, {0, 3}}},
		{"an empty key counts no article", []DocEntity{ent("1", "Ann Berg"), ent("1", "."), ent("2", "Ann Berg")},
			true, [][2]int{{0, 1}, {1, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCorpus(tt.ents)
			if c.artsInOrder != tt.inOrder {
				t.Fatalf("artsInOrder = %v, want %v", c.artsInOrder, tt.inOrder)
			}
			for step := 0; step <= len(tt.unions); step++ {
				if step > 0 {
					c.uf.union(tt.unions[step-1][0], tt.unions[step-1][1])
				}
				for n := 0; n < 2; n++ { // counted, then kept
					if got, want := fmt.Sprint(c.articleCounts()), groupArticleCounts(c); got != want {
						t.Errorf("after %d unions: articleCounts %s, want %s", step, got, want)
					}
					size, _ := c.classSizes()
					if got, want := fmt.Sprint(size), fmt.Sprint(c.mentionCounts()); got != want {
						t.Errorf("after %d unions: sizes %s, want %s", step, got, want)
					}
					if got, want := fmt.Sprint(evidenceByRoot(c, c.newEvidence())), naiveByRoot(c); got != want {
						t.Errorf("after %d unions: byRoot %s, want %s", step, got, want)
					}
				}
			}
		})
	}
}

// TestEvidenceUnionFollowsTheSets checks that the members evidence gives
// after its own unions are the sets' members, those of the first set
// named first, and that a set merged away has none.
func TestEvidenceUnionFollowsTheSets(t *testing.T) {
	var ents []DocEntity
	for i, n := range []string{"Ann Berg", "Bo Lind", "Ann Berg", "Berg", "Bo Lind", "Cy Moe", "Moe", "Dee Ek"} {
		ents = append(ents, DocEntity{Article: fmt.Sprint(i % 3), Name: n, Type: doc.Person, Surfaces: []string{n}, Mentions: 1})
	}
	c := newCorpus(ents)
	c.uf.union(0, 2)
	ev := c.newEvidence()
	want := map[int][]int{0: {0, 2}, 1: {1}, 3: {3}, 4: {4}, 5: {5}, 6: {6}, 7: {7}}
	for _, u := range [][2]int{{3, 0}, {1, 4}, {6, 5}, {4, 6}} {
		ri, rj := c.uf.find(u[0]), c.uf.find(u[1])
		joined := append(append([]int(nil), want[ri]...), want[rj]...)
		delete(want, ri)
		delete(want, rj)
		ev.union(c, u[0], u[1])
		want[c.uf.find(u[0])] = joined
		for r := range ents {
			if got := ev.members(r); fmt.Sprint(got) != fmt.Sprint(want[r]) {
				t.Errorf("after union %v: members(%d) = %v, want %v", u, r, got, want[r])
			}
		}
	}
}
