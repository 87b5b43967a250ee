package kb

import (
	"encoding/binary"
	"sort"
)

// probeMask is the bitmap of the sentences holding a form of every
// probed group, or nil when none is probed; group gives each probe's. It
// is computed in the first probed group's bitmap when that group has
// one form (its test of a sentence the mask passed still answers true),
// else in a buffer of bs.
func probeMask(probes []*probe, group []int, bs *blobSet) []byte {
	var mask []byte
	for i, p := range probes {
		if p == nil || i > 0 && probes[i-1] != nil && group[i-1] == group[i] {
			continue // a group is taken whole, at its first form
		}
		bits := p.bits
		if i+1 < len(probes) && probes[i+1] != nil && group[i+1] == group[i] {
			bits = bs.copy(p.bits)
			for j := i + 1; j < len(probes) && probes[j] != nil && group[j] == group[i]; j++ {
				bits = orBits(bits, probes[j].bits)
			}
		}
		if mask == nil {
			mask = bits
			continue
		}
		mask = mask[:min(len(mask), len(bits))]
		andBits(mask, bits)
	}
	return mask
}

// andBits sets dst to dst AND src over dst's length.
func andBits(dst, src []byte) {
	i := 0
	for ; i+8 <= len(dst); i += 8 {
		binary.LittleEndian.PutUint64(dst[i:], binary.LittleEndian.Uint64(dst[i:])&binary.LittleEndian.Uint64(src[i:]))
	}
	for ; i < len(dst); i++ {
		dst[i] &= src[i]
	}
}

// orBits returns dst OR src, as long as the longer.
func orBits(dst, src []byte) []byte {
	for len(dst) < len(src) {
		dst = append(dst, 0)
	}
	i := 0
	for ; i+8 <= len(src); i += 8 {
		binary.LittleEndian.PutUint64(dst[i:], binary.LittleEndian.Uint64(dst[i:])|binary.LittleEndian.Uint64(src[i:]))
	}
	for ; i < len(src); i++ {
		dst[i] |= src[i]
	}
	return dst
}

// probe tests sentences for a common word: its bitmap says whether a
// sentence holds it, its repeats list how often when more than once. A
// rarer word tested with it in its group has a bitmap made of its
// postings, and a cursor over them (cur) to say how often.
type probe struct {
	bits, repeats []byte
	id            int64 // the repeats entry read last
	times         uint64
	cur           *cursor
}

// freq returns how often the word occurs in sentence id (0: not at all).
// ids must come in increasing order.
func (p *probe) freq(id int64) uint64 {
	if p.cur != nil {
		p.cur.seek(id)
		if !p.cur.done && p.cur.id == id {
			return uint64(p.cur.freq)
		}
		return 0
	}
	if id < 0 || id/8 >= int64(len(p.bits)) || p.bits[id/8]&(1<<(id%8)) == 0 {
		return 0
	}
	for p.id < id && len(p.repeats) > 0 {
		if b := p.repeats; len(b) >= 2 && b[0] < 0x80 && b[1] < 0x80 {
			// Most entries are a near id and a small count, a byte each.
			p.id, p.times, p.repeats = p.id+int64(b[0]), uint64(b[1]), b[2:]
			continue
		}
		d, n := binary.Uvarint(p.repeats)
		if n <= 0 {
			p.repeats = nil
			break
		}
		t, m := binary.Uvarint(p.repeats[n:])
		if m <= 0 {
			p.repeats = nil
			break
		}
		p.repeats = p.repeats[n+m:]
		p.id += int64(d)
		p.times = t
	}
	if p.id == id {
		return p.times
	}
	return 1
}

// matchAll calls visit for each id that every group of cursors holds
// (any cursor of a group), in id order.
func matchAll(curs []*cursor, group []int, ngroups int, visit func(int64)) error {
	if len(curs) == 1 {
		for c := curs[0]; !c.done; c.next() {
			visit(c.id)
		}
		return cursorErr(curs)
	}
	low := make([]int64, ngroups)
	for {
		// Each group's smallest id; the largest of them is the least a
		// match can be.
		for g := range low {
			low[g] = -1
		}
		for i, c := range curs {
			if !c.done && (low[group[i]] < 0 || c.id < low[group[i]]) {
				low[group[i]] = c.id
			}
		}
		target := int64(-1)
		for _, l := range low {
			if l < 0 {
				return cursorErr(curs) // a group is exhausted
			}
			target = max(target, l)
		}
		all := true
		for _, l := range low {
			all = all && l == target
		}
		if all {
			visit(target)
			advance(curs, target)
			continue
		}
		for _, c := range curs {
			c.seek(target)
		}
	}
}

// matchAny calls visit for each id any cursor holds, in id order.
func matchAny(curs []*cursor, visit func(int64)) error {
	for {
		next := int64(-1)
		for _, c := range curs {
			if !c.done && (next < 0 || c.id < next) {
				next = c.id
			}
		}
		if next < 0 {
			return cursorErr(curs)
		}
		visit(next)
		advance(curs, next)
	}
}

// advance moves the cursors at id past it.
func advance(curs []*cursor, id int64) {
	for _, c := range curs {
		if !c.done && c.id == id {
			c.next()
		}
	}
}

func cursorErr(curs []*cursor) error {
	for _, c := range curs {
		if c.err != nil {
			return c.err
		}
	}
	return nil
}

// topRows keeps the best keep rows seen, in FTS5's order (score, then
// id), as its ORDER BY score LIMIT does.
type topRows struct {
	keep int
	rows []rankedRow
}

func (t *topRows) add(r rankedRow) {
	less := func(a, b rankedRow) bool { return a.score < b.score || a.score == b.score && a.id < b.id }
	n := len(t.rows)
	if n == t.keep && (t.keep == 0 || !less(r, t.rows[n-1])) {
		return
	}
	i := sort.Search(n, func(i int) bool { return less(r, t.rows[i]) })
	if n < t.keep {
		t.rows = append(t.rows, rankedRow{})
	}
	copy(t.rows[i+1:], t.rows[i:len(t.rows)-1])
	t.rows[i] = r
}
