package identity

// trie holds strings as nodes in preorder: the children of node v start
// at v+1 and each ends where its subtree does, so node v's subtree is
// [v, end[v]) and a node costs twelve bytes. Node 0 is the root.
type trie struct {
	label []rune  // the rune leading to the node
	end   []int32 // end of the node's subtree
	term  []int32 // the term the node spells, or -1
}

// buildTrie builds the trie of sorted, distinct strs; node ids name the
// terms, strs[i] being term ids[i] (or i when ids is nil).
func buildTrie(strs []string, ids []int32) trie {
	t := trie{label: []rune{0}, end: []int32{0}, term: []int32{-1}}
	var path []int32 // nodes of the previous string, root excluded
	var prev []rune
	for i, s := range strs {
		rs := []rune(s)
		l := 0
		for l < len(rs) && l < len(prev) && rs[l] == prev[l] {
			l++
		}
		for _, v := range path[l:] {
			t.end[v] = int32(len(t.label))
		}
		path = path[:l]
		for _, r := range rs[l:] {
			path = append(path, int32(len(t.label)))
			t.label = append(t.label, r)
			t.end = append(t.end, 0)
			t.term = append(t.term, -1)
		}
		id := int32(i)
		if ids != nil {
			id = ids[i]
		}
		if len(path) == 0 {
			t.term[0] = id // the empty string
		} else {
			t.term[path[len(path)-1]] = id
		}
		prev = rs
	}
	for _, v := range path {
		t.end[v] = int32(len(t.label))
	}
	t.end[0] = int32(len(t.label))
	t.label = append([]rune(nil), t.label...)
	t.end = append([]int32(nil), t.end...)
	t.term = append([]int32(nil), t.term...)
	return t
}

// child returns the child of v labelled r, or -1.
func (t *trie) child(v int, r rune) int {
	for c := v + 1; c < int(t.end[v]); c = int(t.end[c]) {
		if t.label[c] == r {
			return c
		}
	}
	return -1
}

// walk calls fn with the terms within k edits of q. When half is 0 or
// more, a prefix must also stay within halfK edits of q[:half] until a
// prefix matches q[:half] that closely.
func (t *trie) walk(q []rune, k, half, halfK int, fn func(term, dist int)) {
	m := len(q)
	// A term longer than m+k runes is out of reach, so the walk never goes
	// deeper than m+k characters and needs that many rows.
	rows := make([]int, (m+k+2)*(m+1))
	for j := 0; j <= m; j++ {
		rows[j] = j
	}
	w := trieWalk{t: t, q: q, k: k, half: half, halfK: halfK, rows: rows, fn: fn}
	w.walk(0, 0, half <= 0 || rows[half] <= halfK)
}

type trieWalk struct {
	t           *trie
	q           []rune
	k           int
	half, halfK int
	rows        []int // one edit-distance row per depth, m+1 cells each
	fn          func(term, dist int)
}

// walk visits node v at depth depth, whose row is rows[depth]. anchored
// tells whether the path to v has matched the first half of the query.
func (w *trieWalk) walk(v, depth int, anchored bool) {
	m := len(w.q)
	prev := w.rows[depth*(m+1) : (depth+1)*(m+1)]
	t := w.t
	if term := t.term[v]; term >= 0 && prev[m] <= w.k {
		w.fn(int(term), prev[m])
	}
	if depth >= m+w.k {
		return
	}
	cur := w.rows[(depth+1)*(m+1) : (depth+2)*(m+1)]
	for c := v + 1; c < int(t.end[v]); c = int(t.end[c]) {
		if w.row(prev, cur, t.label[c], depth+1) && (anchored || w.halfOpen(cur)) {
			w.walk(c, depth+1, anchored || cur[w.half] <= w.halfK)
		}
	}
}

// halfOpen reports whether the prefix whose row is cur can still grow
// into a match of the query's first half.
func (w *trieWalk) halfOpen(cur []int) bool {
	for _, c := range cur[:w.half+1] {
		if c <= w.halfK {
			return true
		}
	}
	return false
}

// row fills cur, the edit-distance row after appending r to the prefix,
// and reports whether any cell is still within the tolerance. Only the
// band of cells within k of the diagonal can be, so the rest are set to
// k+1 without computing them.
func (w *trieWalk) row(prev, cur []int, r rune, i int) bool {
	m, k := len(w.q), w.k
	lo, hi := max(1, i-k), min(m, i+k)
	over := k + 1
	if i <= k {
		cur[0] = i
	} else {
		cur[0] = over
	}
	for j := 1; j < lo; j++ {
		cur[j] = over
	}
	ok := cur[0] <= k
	for j := lo; j <= hi; j++ {
		c := prev[j-1]
		if w.q[j-1] != r {
			c++
		}
		c = min(c, prev[j]+1, cur[j-1]+1, over)
		cur[j] = c
		if c <= k {
			ok = true
		}
	}
	for j := hi + 1; j <= m; j++ {
		cur[j] = over
	}
	return ok
}
