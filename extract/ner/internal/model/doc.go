package model

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

// collectDoc gathers the contexts of capitalised words over the document.
func (m *Model) collectDoc(s *Scratch) {
	if s.doc == nil {
		s.doc = map[uint64]*docEntry{}
	}
	clear(s.doc)
	s.pool = s.pool[:0]
	s.kind = s.kind[:0]
	for k := 0; k+1 < len(s.sent); k++ {
		s.kind = append(s.kind, lineKind(s.info[s.sent[k]:s.sent[k+1]]))
	}
	// Entries are pointers into s.pool, so reserve it up front.
	if cap(s.pool) < len(s.info) {
		s.pool = make([]docEntry, 0, len(s.info))
	}
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
			e := s.doc[in.l]
			if e == nil {
				s.pool = append(s.pool, docEntry{})
				e = &s.pool[len(s.pool)-1]
				s.doc[in.l] = e
			}
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
				if e := s.doc[in.l]; e != nil {
					e.lower = true
				}
			}
		}
	}
}
