package cluster

import (
	"reflect"
	"strings"
	"testing"
)

func corpus() *Corpus {
	c := NewCorpus()
	text := strings.Repeat("the cat sat on the mat . the dog sat on the rug . a cat ran to a dog . ", 20) +
		strings.Repeat("prices rose in Paris . prices fell in London . shares rose in Tokyo . ", 20)
	for _, w := range strings.Fields(text) {
		c.Add(w)
	}
	return c
}

func TestBuild(t *testing.T) {
	o := Options{MinCount: 3, MaxWords: 100, Contexts: 30, Dims: 32, K: [3]int{4, 2, 1}, Iters: 10, Seed: 1}
	r := corpus().Build(o)
	t.Run("every frequent word gets a valid cluster", func(t *testing.T) {
		for w, c := range r.Words {
			if int(c) >= len(r.Parent1) || int(r.Parent1[c]) >= len(r.Parent2) {
				t.Errorf("%s: cluster %d out of range", w, c)
			}
		}
		if _, ok := r.Words["Paris"]; !ok {
			t.Errorf("Paris not clustered: %v", r.Words)
		}
	})
	t.Run("words in the same contexts share a cluster", func(t *testing.T) {
		if r.Words["Paris"] != r.Words["London"] {
			t.Errorf("Paris %d and London %d differ", r.Words["Paris"], r.Words["London"])
		}
	})
	t.Run("building is deterministic", func(t *testing.T) {
		if r2 := corpus().Build(o); !reflect.DeepEqual(r, r2) {
			t.Error("two builds differ")
		}
	})
}
