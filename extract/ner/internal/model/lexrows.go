package model

import "math/bits"

// Of the ~45 features of a token, 25 depend on one word alone: the
// word's own identity, shape, flags, affixes and clusters, and the
// features that name it as a neighbour ("the word before is said"). A
// loaded model resolves each of them to its place in the packed weight
// table once per word form, when the word is analysed, and the word
// cache keeps the places with the rest of the analysis. Decode then
// hashes and resolves only the features that combine words or depend on
// the document, and adds the rows in the very order of extractSentence,
// so every score is the same to the bit.

// lexPlaces are the places in a loaded model's packed table of the
// features that depend on one word alone.
type lexPlaces struct {
	// own: word, lower, shape, flags, then the four prefixes and
	// suffixes in turn, then the three clusters.
	own [15]int32
	// prev and next: the word as the token before or after, by lower
	// case, word, shape and mid cluster; prev2 and next2: two before or
	// after, by lower case.
	prev, next   [4]int32
	prev2, next2 int32
}

// place returns the place in t.w of the row of feature hash h in a table
// of 1<<b rows; a row not stored reads the zero row (see resolve).
func (t *table) place(h uint64, b uint) int32 {
	return t.resolveOne(int32(h >> (64 - b)))
}

// resolveOne is resolve for one row, also without a branch: whether a
// row is stored follows no pattern the processor could predict.
func (t *table) resolveOne(r int32) int32 {
	rw := t.idx[r>>6]
	bit := uint64(1) << (r & 63)
	k := int32(rw.base) + int32(bits.OnesCount64(rw.bits&(bit-1)))
	// k if the row is stored, else the zero row.
	stored := -int32(rw.bits >> (r & 63) & 1)
	return t.zero ^ (k^t.zero)&stored
}

// fillPlaces fills in.lex from the word fields of in and its affixes a,
// as extractSentence hashes them.
func (m *Model) fillPlaces(in *tokInfo, a *affixes) {
	t, b := m.tab, m.Bits
	x := &in.lex
	x.own[0] = t.place(f1(tWord, in.w), b)
	x.own[1] = t.place(f1(tLower, in.l), b)
	x.own[2] = t.place(f1(tShape, in.sh), b)
	x.own[3] = t.place(f1(tFlags, uint64(in.flags)), b)
	for k := 0; k < 4; k++ {
		x.own[4+2*k] = t.place(then2(lead.pre[k], a.pre[k]), b)
		x.own[5+2*k] = t.place(then2(lead.suf[k], a.suf[k]), b)
	}
	for k := 0; k < 3; k++ {
		x.own[12+k] = t.place(then2(lead.cluster[k], uint64(in.c[k])), b)
	}
	x.prev = [4]int32{
		t.place(f1(tLowerPrev, in.l), b), t.place(f1(tWordPrev, in.w), b),
		t.place(f1(tShapePrev, in.sh), b), t.place(then2(lead.clusterPrev, uint64(in.c[1])), b),
	}
	x.next = [4]int32{
		t.place(f1(tLowerNext, in.l), b), t.place(f1(tWordNext, in.w), b),
		t.place(f1(tShapeNext, in.sh), b), t.place(then2(lead.clusterNext, uint64(in.c[1])), b),
	}
	x.prev2 = t.place(f1(tLowerPrev2, in.l), b)
	x.next2 = t.place(f1(tLowerNext2, in.l), b)
}

// edges returns the sentinels that stand before and after a sentence,
// with their places filled in when the model is loaded.
func (m *Model) edges() (start, end *tokInfo) {
	return &m.edge[0], &m.edge[1]
}

// initDecode sets what Decode reads of a loaded model besides its tables:
// the sentinels of extractSentence with their places, the place of the
// bias feature and the transitions by the tag they lead into, with their
// quietStep.
func (m *Model) initDecode() {
	m.into = transInto(&m.Trans)
	m.quiet = newQuietStep(&m.into)
	m.edge = [2]tokInfo{{w: 1, l: 1, sh: 1}, {w: 2, l: 2, sh: 2}}
	// The sentinels have no affixes: their hashes are 0.
	m.fillPlaces(&m.edge[0], &affixes{})
	m.fillPlaces(&m.edge[1], &affixes{})
	m.biasPlace = m.tab.place(lead.bias, m.Bits)
}

// extractPlaces is extractSentence for a loaded model: it appends to s.ks
// the places of the features of each token, in the order in which
// extractSentence appends the features, and their end offsets to s.koff.
func (m *Model) extractPlaces(s *Scratch, info []tokInfo, kind uint64, skip []bool) {
	t, b := m.tab, m.Bits
	n := len(info)
	start, end := m.edges()
	get := func(i int) *tokInfo {
		if i < 0 {
			return start
		}
		if i >= n {
			return end
		}
		return &info[i]
	}
	capsLine, capsLineLower := f1(tCapsLine, kind), f1(tCapsLineLower, kind)
	sc := s.shapeCache(m)
	ks := s.ks[:0]
	s.koff = append(s.koff[:0], 0)
	for i := 0; i < n; i++ {
		if skip != nil && skip[i] {
			s.koff = append(s.koff, int32(len(ks)))
			continue
		}
		c, p, q, p2, q2 := &info[i], get(i-1), get(i+1), get(i-2), get(i+2)
		shapes := m.shapePlaces(sc, p.sh, c.sh, q.sh)
		ks = append(ks,
			c.lex.own[0],
			c.lex.own[1],
			t.place(f2(tBigramPrev, p.l, c.l), b),
			t.place(f2(tBigramNext, c.l, q.l), b),
			m.biasPlace,
			c.lex.own[2],
			p.lex.prev[0],
			q.lex.next[0],
			p2.lex.prev2,
			q2.lex.next2,
			p.lex.prev[1],
			q.lex.next[1],
			p.lex.prev[2],
			q.lex.next[2],
			shapes[0],
			shapes[1],
			shapes[2],
			t.place(f2(tLowerPrevShape, p.l, c.sh), b),
			c.lex.own[3],
			t.place(then2(capsLine, c.sh), b),
			t.place(then2(capsLineLower, c.l), b),
		)
		if i == 0 {
			ks = append(ks, t.place(f1(tFirstShape, c.sh), b))
		}
		if n <= 3 {
			ks = append(ks, t.place(f2(tShortLine, uint64(n), c.sh), b))
		}
		ks = append(ks, c.lex.own[4:]...)
		ks = append(ks,
			p.lex.prev[3],
			q.lex.next[3],
			t.place(then3(then2(lead.clusterPrevCur, uint64(p.c[2])), uint64(c.c[1])), b),
			t.place(then3(then2(lead.clusterCurNext, uint64(c.c[1])), uint64(q.c[2])), b),
		)
		s.feats = m.contextFeatures(s.feats[:0], s, c, p, q, kind)
		for _, h := range s.feats {
			ks = append(ks, t.place(h, b))
		}
		s.koff = append(s.koff, int32(len(ks)))
	}
	s.ks = ks
}
