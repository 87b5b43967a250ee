package identity

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// sameStart reports whether two keys begin with the same letter, which
// two edits must keep.
func sameStart(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb
}

// referenceSuggest is the full scan NameIndex.Suggest replaced: it scores
// every name. The tests hold the index to its answers. Without bare it is
// the scan exactly as it was, which did not read a surname without its
// article ("Assad" for "al-Assad").
func referenceSuggest(names []indexedName, query string, n int, bare bool) []string {
	qk := Key(query)
	if qk == "" || n <= 0 {
		return nil
	}
	ql := lastTokenKey(query)
	var cands []cand
	for _, in := range names {
		s, ok := suggestScore(qk, ql, in, bare)
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

// referenceScore is suggestScore for one name by its display form, or
// false when the name does not match the query at all.
func referenceScore(names []indexedName, query, name string, bare bool) (int, bool) {
	qk, ql := Key(query), lastTokenKey(query)
	for _, in := range names {
		if in.name == name {
			return suggestScore(qk, ql, in, bare)
		}
	}
	return 0, false
}

// suggestScore rates one indexed name against a query key qk whose last
// token key is ql; lower is better, in quarter edits. Matching the whole
// name beats matching one of its tokens, a surname beats a given name,
// and an exact match beats a prefix, which beats an edit.
func suggestScore(qk, ql string, in indexedName, bare bool) (int, bool) {
	best, ok := 1<<30, false
	try := func(s int) {
		if s < best {
			best, ok = s, true
		}
	}
	if d, ok := within(qk, in.key, tolerance(qk)); ok && (d < 2 || sameStart(qk, in.key)) {
		try(4 * d)
	}
	if strings.HasPrefix(in.key, qk) && len(qk) >= 3 {
		try(2)
	}
	type tok struct {
		key   string
		extra int
	}
	var toks []tok
	for i, tk := range in.toks {
		extra := 1
		if i < len(in.toks)-1 {
			extra = 3
		}
		toks = append(toks, tok{tk, extra})
	}
	if bare && in.bare != "" {
		toks = append(toks, tok{in.bare, 1})
	}
	for _, t := range toks {
		tk, extra := t.key, t.extra
		for qi, q := range [2]string{ql, qk} {
			if qi == 1 && q == ql {
				break
			}
			if d, ok := within(q, tk, tolerance(q)); ok && (d < 2 || sameStart(q, tk)) {
				try(4*d + extra)
			}
			if strings.HasPrefix(tk, q) && len(q) >= 3 {
				try(2 + extra)
			}
		}
	}
	return best, ok
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
