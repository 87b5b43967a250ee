package identity

import (
	"sort"
	"strings"
)

// Suggest returns up to n names from names that the query may have meant:
// names whose key, or one of whose name tokens (the surname above all), is
// within a small edit distance of the query's key or its last token, or
// starts with it ("Witkof" → "Steve Witkoff", "Zelenskiy" → "Volodymyr
// Zelenskiy"). Best matches come first; names are returned as given, each
// once. To ask many queries of one list, build a NameIndex once instead.
func Suggest(query string, names []string, n int) []string {
	return NewNameIndex(names).Suggest(query, n)
}

// NameIndex holds a list of names with their keys computed once, for
// repeated Suggest queries over the same names.
type NameIndex struct {
	names []indexedName
}

type indexedName struct {
	name string
	key  string
	toks []string // token keys, surname last
}

// NewNameIndex indexes names; duplicates and names with an empty key are
// dropped.
func NewNameIndex(names []string) *NameIndex {
	ix := &NameIndex{}
	seen := map[string]bool{}
	for _, name := range names {
		if seen[name] {
			continue
		}
		seen[name] = true
		k := Key(name)
		if k == "" {
			continue
		}
		var toks []string
		for _, t := range nameTokens(name) {
			if tk := tokenKey(t); tk != "" {
				toks = append(toks, tk)
			}
		}
		ix.names = append(ix.names, indexedName{name, k, toks})
	}
	return ix
}

// Suggest is the package Suggest over the indexed names.
func (ix *NameIndex) Suggest(query string, n int) []string {
	qk := Key(query)
	if qk == "" || n <= 0 {
		return nil
	}
	ql := lastTokenKey(query)
	// Keep the n best in order as we go: near misses can be numerous
	// (every name sharing a common surname) and n is small.
	var cands []cand
	for _, in := range ix.names {
		s, ok := suggestScore(qk, ql, in)
		if !ok {
			continue
		}
		c := cand{in.name, s}
		if len(cands) == n && !c.before(cands[n-1]) {
			continue
		}
		i := sort.Search(len(cands), func(i int) bool { return c.before(cands[i]) })
		if len(cands) < n {
			cands = append(cands, cand{})
		}
		copy(cands[i+1:], cands[i:len(cands)-1])
		cands[i] = c
	}
	out := make([]string, len(cands))
	for i, c := range cands {
		out[i] = c.name
	}
	return out
}

type cand struct {
	name  string
	score int
}

// before orders suggestions: better score, then the longer (fuller) name,
// then lexically.
func (c cand) before(d cand) bool {
	if c.score != d.score {
		return c.score < d.score
	}
	if len(c.name) != len(d.name) {
		return len(c.name) > len(d.name)
	}
	return c.name < d.name
}

// suggestScore rates one indexed name against a query key qk whose last
// token key is ql; lower is better, in quarter edits. Matching the whole
// name beats matching one of its tokens, a surname beats a given name,
// and an exact match beats a prefix, which beats an edit.
func suggestScore(qk, ql string, in indexedName) (int, bool) {
	best, ok := 1<<30, false
	try := func(s int) {
		if s < best {
			best, ok = s, true
		}
	}
	if d, ok := within(qk, in.key, tolerance(qk)); ok {
		try(4 * d)
	}
	if strings.HasPrefix(in.key, qk) && len(qk) >= 3 {
		try(2)
	}
	for i, tk := range in.toks {
		extra := 1
		if i < len(in.toks)-1 {
			extra = 3
		}
		for qi, q := range [2]string{ql, qk} {
			if qi == 1 && q == ql {
				break
			}
			if d, ok := within(q, tk, tolerance(q)); ok {
				try(4*d + extra)
			}
			if strings.HasPrefix(tk, q) && len(q) >= 3 {
				try(2 + extra)
			}
		}
	}
	return best, ok
}

// tolerance is the largest edit distance accepted for a key of that length.
func tolerance(k string) int {
	switch n := len(k); {
	case n <= 3:
		return 0
	case n <= 5:
		return 1
	case n <= 10:
		return 2
	default:
		return 3
	}
}

// within returns the edit distance of a and b when it is at most max. Rows
// of the dynamic programme stop as soon as every cell exceeds max, and the
// length difference alone rules most pairs out.
func within(a, b string, max int) (int, bool) {
	var bufA, bufB [64]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return 0, false
	}
	var bufP, bufC [65]int
	prev, cur := bufP[:0], bufC[:0]
	if len(rb)+1 > len(bufP) {
		prev, cur = make([]int, 0, len(rb)+1), make([]int, 0, len(rb)+1)
	}
	prev, cur = prev[:len(rb)+1], cur[:len(rb)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return 0, false
		}
		prev, cur = cur, prev
	}
	d := prev[len(rb)]
	return d, d <= max
}

// distance is the Levenshtein distance between two strings, by rune.
func distance(a, b string) int {
	var bufA, bufB [64]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 8 {
		return len(ra) - len(rb)
	}
	var bufP, bufC [65]int
	prev, cur := bufP[:0], bufC[:0]
	if len(rb)+1 > len(bufP) {
		prev, cur = make([]int, 0, len(rb)+1), make([]int, 0, len(rb)+1)
	}
	prev, cur = prev[:len(rb)+1], cur[:len(rb)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}
