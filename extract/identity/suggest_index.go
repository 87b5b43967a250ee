package identity

import (
	"sort"
	"unicode/utf8"
)

// The index behind NameIndex.Suggest. Every name contributes its key and
// its token keys as terms, and the distinct terms go into a trie. A query
// walks the trie with one row of the edit-distance table per character and
// abandons a branch as soon as the whole row exceeds the tolerance, so it
// visits a few hundred prefixes instead of every name. Each term lists the
// names it came from and in which role (whole key, surname, other token),
// which is all the scoring needs: a name's score is the best over its
// matching terms, so names are scored without rereading them.

// Roles of a term in a name.
const (
	roleKey   = iota // the whole key
	roleLast         // the last token, normally the surname
	roleOther        // any other token
)

// posting is a name id shifted left by two bits, plus the term's role.
type posting uint32

func (p posting) name() int { return int(p >> 2) }
func (p posting) role() int { return int(p & 3) }

// termIndex maps the distinct terms to the names they occur in.
type termIndex struct {
	fwd      trie     // the terms
	rev      trie     // the terms spelt backwards, to match a query's end first
	start    []uint32 // postings of term t are post[start[t]:start[t+1]]
	post     []posting
	maxRunes int // rune length of the longest term
	// first holds each term's first rune: two edits are accepted only
	// when it is the query's (see sameStart).
	first []rune
}

// buildTermIndex indexes the keys and token keys of names.
func buildTermIndex(names []indexedName) termIndex {
	type entry struct {
		term string
		p    posting
	}
	n := 0
	for _, in := range names {
		n += 2 + len(in.toks)
	}
	entries := make([]entry, 0, n)
	for id, in := range names {
		entries = append(entries, entry{in.key, posting(id<<2 | roleKey)})
		for i, tk := range in.toks {
			role := roleOther
			if i == len(in.toks)-1 {
				role = roleLast
			}
			entries = append(entries, entry{tk, posting(id<<2 | role)})
		}
		if in.bare != "" {
			entries = append(entries, entry{in.bare, posting(id<<2 | roleLast)})
		}
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].term != entries[j].term {
			return entries[i].term < entries[j].term
		}
		return entries[i].p < entries[j].p
	})
	var ti termIndex
	var terms []string
	ti.post = make([]posting, len(entries))
	for i, e := range entries {
		if i == 0 || e.term != entries[i-1].term {
			terms = append(terms, e.term)
			r, _ := utf8.DecodeRuneInString(e.term)
			ti.first = append(ti.first, r)
			ti.start = append(ti.start, uint32(i))
			ti.maxRunes = max(ti.maxRunes, utf8.RuneCountInString(e.term))
		}
		ti.post[i] = e.p
	}
	ti.start = append(ti.start, uint32(len(entries)))
	// The append-grown slice is trimmed so a large index does not keep up
	// to twice its size in spare capacity.
	ti.start = append([]uint32(nil), ti.start...)
	ti.fwd = buildTrie(terms, nil)
	rev := make([]string, len(terms))
	ids := make([]int32, len(terms))
	for i, t := range terms {
		rev[i], ids[i] = reverseRunes(t), int32(i)
	}
	sort.Sort(byString{rev, ids})
	ti.rev = buildTrie(rev, ids)
	return ti
}

// postings returns the postings of term t.
func (ti *termIndex) postings(t int) []posting {
	return ti.post[ti.start[t]:ti.start[t+1]]
}

// prefixTerms calls fn with every term starting with q.
func (ti *termIndex) prefixTerms(q string, fn func(term int)) {
	t := &ti.fwd
	v := 0
	for _, r := range q {
		v = t.child(v, r)
		if v < 0 {
			return
		}
	}
	for x := v; x < int(t.end[v]); x++ {
		if t.term[x] >= 0 {
			fn(int(t.term[x]))
		}
	}
}

// near calls fn with every term within edit distance k of q (by rune) and
// that distance, possibly more than once.
//
// A plain walk with k of 2 or 3 still visits thousands of prefixes, since
// any three first letters are within 3 edits of the query's. So for those
// the query is cut in two halves: an alignment within k edits spends at
// most k/2 (that is 1) of them on one half. The walk over the terms finds
// those whose first half is that close, the walk over the reversed terms
// those whose second half is, and each walk keeps only the prefixes still
// within 1 edit of its half until the half is matched.
func (ti *termIndex) near(q string, k int, fn func(term, dist int)) {
	qr := []rune(q)
	m := len(qr)
	if len(ti.start) <= 1 || m > ti.maxRunes+k {
		return
	}
	if k < 2 || m < 4 {
		ti.fwd.walk(qr, k, 0, -1, fn)
		return
	}
	seen := map[int]bool{}
	once := func(term, d int) {
		if !seen[term] {
			seen[term] = true
			fn(term, d)
		}
	}
	ti.fwd.walk(qr, k, m/2, 1, once)
	rq := make([]rune, m)
	for i, r := range qr {
		rq[m-1-i] = r
	}
	ti.rev.walk(rq, k, m-m/2, 1, once)
}

// byString sorts strings with the ids that go with them.
type byString struct {
	s   []string
	ids []int32
}

func (b byString) Len() int           { return len(b.s) }
func (b byString) Less(i, j int) bool { return b.s[i] < b.s[j] }
func (b byString) Swap(i, j int) {
	b.s[i], b.s[j] = b.s[j], b.s[i]
	b.ids[i], b.ids[j] = b.ids[j], b.ids[i]
}

// reverseRunes spells s backwards, rune by rune.
func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
