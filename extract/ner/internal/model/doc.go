package model

import "math/bits"

// Document-level features let every occurrence of a capitalised word see
// the contexts of its other occurrences in the same article (Chieu & Ng
// 2002): "Pirelli" in a headline learns from "giant Pirelli on Friday"
// elsewhere, and a surname alone from the "Mr" before another occurrence.

// Line kinds: headlines in capitals or in title case are tagged with less
// trust in capitalisation.
const (
	lineNormal = iota
	lineCaps
	lineTitle
)

const maxDocCtx = 8

type docEntry struct {
	prev, next [maxDocCtx]uint64
	np, nn     uint8
	seq        uint8 // 1 alone, 2 first, 4 inside, 8 last of a capitalised run
	lower      bool  // also written in lower case
	midCap     bool  // capitalised somewhere other than a sentence start
}

func addCtx(set *[maxDocCtx]uint64, n *uint8, h uint64) {
	for _, x := range set[:*n] {
		if x == h {
			return
		}
	}
	if int(*n) < maxDocCtx {
		set[*n] = h
		*n++
	}
}

// lineKind classifies a sentence by its capitalisation.
func lineKind(info []tokInfo) uint8 {
	words, caps, inits := 0, 0, 0
	for i := range info {
		f := info[i].flags
		if f&flagHasLetter == 0 {
			continue
		}
		words++
		if f&flagHasLower == 0 {
			caps++
		}
		if f&flagInitCap != 0 {
			inits++
		}
	}
	switch {
	case words >= 3 && caps == words:
		return lineCaps
	case words >= 3 && inits == words:
		return lineTitle
	}
	return lineNormal
}

func isCap(f uint8) bool { return f&flagInitCap != 0 }

// docIndex finds the document entry of a word by the hash of its lower
// case (tokInfo.l), by open addressing over a table sized for the
// document, which is cleared in time proportional to the document (a map
// once grown for a long document costs its size to clear after).
type docIndex struct {
	slots []docSlot
	shift uint // the slot of hash l starts the search at l*k >> shift
}

// docSlot holds the hash of a word and 1 + the index of its entry in
// Scratch.pool; 0 marks an empty slot.
type docSlot struct {
	l uint64
	e int32
}

// reset empties x and sizes it for n words: at most half its slots are
// ever taken, so searches stay short.
func (x *docIndex) reset(n int) {
	b := uint(bits.Len(uint(2*n) | 7))
	if cap(x.slots) >= 1<<b {
		x.slots = x.slots[:1<<b]
		clear(x.slots)
	} else {
		x.slots = make([]docSlot, 1<<b)
	}
	x.shift = 64 - b
}

// slot returns the slot of the word of hash l, or the empty slot where
// it would go.
func (x *docIndex) slot(l uint64) *docSlot {
	mask := len(x.slots) - 1
	for i := int(l * 0x9e3779b97f4a7c15 >> x.shift); ; i = (i + 1) & mask {
		if sl := &x.slots[i]; sl.e == 0 || sl.l == l {
			return sl
		}
	}
}

// entry returns the document entry of the word of hash l, or nil.
func (s *Scratch) entry(l uint64) *docEntry {
	if len(s.doc.slots) == 0 {
		return nil
	}
	if sl := s.doc.slot(l); sl.e != 0 {
		return &s.pool[sl.e-1]
	}
	return nil
}

// collectDoc gathers the contexts of capitalised words over the document.
func (m *Model) collectDoc(s *Scratch) {
	s.pool = s.pool[:0]
	s.kind = s.kind[:0]
	caps := 0 // the capitalised tokens of normal lines, which make the entries
	for k := 0; k+1 < len(s.sent); k++ {
		kind := lineKind(s.info[s.sent[k]:s.sent[k+1]])
		s.kind = append(s.kind, kind)
		if kind != lineNormal {
			continue
		}
		for i := s.sent[k]; i < s.sent[k+1]; i++ {
			if isCap(s.info[i].flags) {
				caps++
			}
		}
	}
	s.doc.reset(caps)
	for k := 0; k+1 < len(s.sent); k++ {
		if s.kind[k] != lineNormal {
			continue
		}
		a, b := s.sent[k], s.sent[k+1]
		for i := a; i < b; i++ {
			in := &s.info[i]
			if !isCap(in.flags) {
				continue
			}
			sl := s.doc.slot(in.l)
			if sl.e == 0 {
				s.pool = append(s.pool, docEntry{})
				*sl = docSlot{l: in.l, e: int32(len(s.pool))}
			}
			e := &s.pool[sl.e-1]
			if i > a {
				addCtx(&e.prev, &e.np, s.info[i-1].l)
				e.midCap = true
			}
			if i+1 < b {
				addCtx(&e.next, &e.nn, s.info[i+1].l)
			}
			prevCap := i > a && isCap(s.info[i-1].flags)
			nextCap := i+1 < b && isCap(s.info[i+1].flags)
			switch {
			case !prevCap && !nextCap:
				e.seq |= 1
			case !prevCap:
				e.seq |= 2
			case nextCap:
				e.seq |= 4
			default:
				e.seq |= 8
			}
		}
	}
	for k := 0; k+1 < len(s.sent); k++ {
		for i := s.sent[k] + 1; i < s.sent[k+1]; i++ {
			in := &s.info[i]
			if in.flags&flagHasLetter != 0 && !isCap(in.flags) {
				if e := s.entry(in.l); e != nil {
					e.lower = true
				}
			}
		}
	}
}
