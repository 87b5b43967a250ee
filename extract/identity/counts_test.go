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
					if got, want := fmt.Sprint(c.newEvidence().byRoot), naiveByRoot(c); got != want {
						t.Errorf("after %d unions: byRoot %s, want %s", step, got, want)
					}
				}
			}
		})
	}
}
