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
	type cand struct {
		name  string
		score int
	}
	var cands []cand
	for _, in := range ix.names {
		if s, ok := suggestScore(qk, ql, in); ok {
			cands = append(cands, cand{in.name, s})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score < cands[j].score
		}
		if len(cands[i].name) != len(cands[j].name) {
			return len(cands[i].name) > len(cands[j].name)
		}
		return cands[i].name < cands[j].name
	})
	if len(cands) > n {
		cands = cands[:n]
	}
	out := make([]string, len(cands))
	for i, c := range cands {
		out[i] = c.name
	}
	return out
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
	if d := distance(qk, in.key); d <= tolerance(qk) {
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
		for _, q := range []string{ql, qk} {
			if d := distance(q, tk); d <= tolerance(q) {
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

// distance is the Levenshtein distance between two strings, by rune.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 8 {
		return len(ra) - len(rb)
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
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
