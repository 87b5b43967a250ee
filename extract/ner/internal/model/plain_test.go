package model

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

func TestMarkOutside(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // one letter per token: o tagged O unscored, s scored
	}{
		{"a lower-case sentence is tagged O but for its punctuation", "talks ended without a deal .", "ooooos"},
		{"a word next to a capital is scored", "talks with Tom ended today", "ossso"},
		{"a word next to a number is scored", "it rose 5 percent last year", "osssoo"},
		{"words that training names hold are scored", "the price of the shares", "sosso"},
		{"punctuation is scored but leaves its neighbours quiet", "prices , however , rose", "ososo"},
		{"a word with a capital inside is scored", "shares of eBay rose", "osss"},
		{"a word with a letter outside ASCII is scored", "the café opened late", "ssoo"},
	}
	m := New(8)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tok.Split(nil, tt.text, 0, len(tt.text))
			var s Scratch
			m.Prepare(&s, tt.text, toks, []int{0}, nil)
			var got strings.Builder
			for _, o := range markOutside(nil, s.info) {
				if o {
					got.WriteByte('o')
				} else {
					got.WriteByte('s')
				}
			}
			if got.String() != tt.want {
				t.Errorf("markOutside(%q) = %s, want %s", tt.text, got.String(), tt.want)
			}
		})
	}
}

// bestForced finds by trying every tag sequence the best one that follows
// BIO and has O wherever onlyO is set.
func bestForced(m *Model, em []float32, onlyO []bool) []int {
	n := len(onlyO)
	var best []int
	bestScore := float32(negInf)
	tags := make([]int, n)
	var try func(i int, prev int, score float32)
	try = func(i int, prev int, score float32) {
		if i == n {
			if best == nil || score > bestScore {
				best, bestScore = slices.Clone(tags), score
			}
			return
		}
		for g := 0; g < NumTags; g++ {
			if !allowed(prev, g) || onlyO[i] && g != 0 {
				continue
			}
			tags[i] = g
			try(i+1, g, score+m.Trans[prev][g]+em[i*NumTags+g])
		}
	}
	try(0, NumTags, 0)
	return best
}

func TestDecodeKeepsOnlyOWhereForced(t *testing.T) {
	m := savedAndLoaded(t, 10, 0.5, 3)
	rng := rand.New(rand.NewSource(3))
	var s Scratch
	for k := 0; k < 300; k++ {
		n := 1 + rng.Intn(5)
		var rows []int32
		off := []int{0}
		onlyO := make([]bool, n)
		for i := range onlyO {
			onlyO[i] = rng.Intn(2) == 0
			for f := 5; f > 0 && !onlyO[i]; f-- {
				rows = append(rows, int32(rng.Intn(1<<10)))
			}
			off = append(off, len(rows))
		}
		em := slices.Clone(m.emissions(&s, rows, off))
		got := m.decode(&s, rows, off, onlyO, nil)
		if want := bestForced(m, em, onlyO); !slices.Equal(got, want) {
			t.Fatalf("forced %v: decode %v, best %v", onlyO, got, want)
		}
	}
}
