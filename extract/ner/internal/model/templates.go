package model

// Template numbers. They only need to differ from each other; changing
// them invalidates a trained model.
const (
	tBias = iota + 1
	tWord
	tLower
	tShape
	tPre
	tSuf
	tLowerPrev
	tLowerNext
	tLowerPrev2
	tLowerNext2
	tShapePrev
	tShapeNext
	tShapePrevCur
	tShapeCurNext
	tShape3
	tBigramPrev
	tBigramNext
	tFirstShape
	tCluster
	tClusterPrev
	tClusterNext
	tGaz
	tGazCap
	tCapsLine
	tCapsLineLower
	tShortLine
	tLowerPrevShape
	tFlags
	tWordPrev
	tWordNext
	tClusterPrevCur
	tClusterCurNext
	tPos
	tDocCase
	tDocPrev
	tDocNext
	tDocSeq
	tName
	tPlace
)

// NumLexical is the number of word-identity features that lead the
// feature list of every token.
const NumLexical = 4

// lead holds the hashes of the constant leading arguments of features,
// which every token would otherwise hash again (see then2).
var lead = func() (l struct {
	bias                           uint64
	pre, suf                       [4]uint64
	cluster                        [3]uint64
	clusterPrev, clusterNext       uint64
	clusterPrevCur, clusterCurNext uint64
}) {
	l.bias = f1(tBias, 0)
	for k := range l.pre {
		l.pre[k], l.suf[k] = f1(tPre, uint64(k)), f1(tSuf, uint64(k))
	}
	for k := range l.cluster {
		l.cluster[k] = f1(tCluster, uint64(k))
	}
	l.clusterPrev, l.clusterNext = f1(tClusterPrev, 1), f1(tClusterNext, 1)
	l.clusterPrevCur, l.clusterCurNext = f1(tClusterPrevCur, 2), f1(tClusterCurNext, 2)
	return l
}()

// extractSentence appends the feature hashes of the tokens of one
// sentence to s.feats and their end offsets to s.off; tokens marked in
// skip (which may be nil) get no features.
func (m *Model) extractSentence(s *Scratch, info []tokInfo, kind uint64, skip []bool) {
	n := len(info)
	// Distinct sentinels beyond the start and the end of the sentence.
	start := tokInfo{w: 1, l: 1, sh: 1}
	end := tokInfo{w: 2, l: 2, sh: 2}
	get := func(i int) *tokInfo {
		if i < 0 {
			return &start
		}
		if i >= n {
			return &end
		}
		return &info[i]
	}
	capsLine, capsLineLower := f1(tCapsLine, kind), f1(tCapsLineLower, kind)
	for i := 0; i < n; i++ {
		if skip != nil && skip[i] {
			s.off = append(s.off, len(s.feats))
			continue
		}
		c, p, q, p2, q2 := &info[i], get(i-1), get(i+1), get(i-2), get(i+2)
		fs := s.feats
		// The first NumLexical features name the word itself; training
		// drops them at random so that context and word-class features
		// learn to carry unseen names.
		fs = append(fs,
			f1(tWord, c.w),
			f1(tLower, c.l),
			f2(tBigramPrev, p.l, c.l),
			f2(tBigramNext, c.l, q.l),
			lead.bias,
			f1(tShape, c.sh),
			f1(tLowerPrev, p.l),
			f1(tLowerNext, q.l),
			f1(tLowerPrev2, p2.l),
			f1(tLowerNext2, q2.l),
			f1(tWordPrev, p.w),
			f1(tWordNext, q.w),
			f1(tShapePrev, p.sh),
			f1(tShapeNext, q.sh),
			f2(tShapePrevCur, p.sh, c.sh),
			f2(tShapeCurNext, c.sh, q.sh),
			f3(tShape3, p.sh, c.sh, q.sh),
			f2(tLowerPrevShape, p.l, c.sh),
			f1(tFlags, uint64(c.flags)),
			then2(capsLine, c.sh),
			then2(capsLineLower, c.l),
		)
		if i == 0 {
			fs = append(fs, f1(tFirstShape, c.sh))
		}
		if n <= 3 {
			fs = append(fs, f2(tShortLine, uint64(n), c.sh))
		}
		for k := 0; k < 4; k++ {
			fs = append(fs, then2(lead.pre[k], s.affix[i].pre[k]), then2(lead.suf[k], s.affix[i].suf[k]))
		}
		for k := 0; k < 3; k++ {
			fs = append(fs, then2(lead.cluster[k], uint64(c.c[k])))
		}
		fs = append(fs,
			then2(lead.clusterPrev, uint64(p.c[1])),
			then2(lead.clusterNext, uint64(q.c[1])),
			then3(then2(lead.clusterPrevCur, uint64(p.c[2])), uint64(c.c[1])),
			then3(then2(lead.clusterCurNext, uint64(c.c[1])), uint64(q.c[2])),
		)
		fs = m.contextFeatures(fs, s, c, p, q, kind)
		s.feats = fs
		s.off = append(s.off, len(s.feats))
	}
}

// contextFeatures appends the features of token c (between p and q in a
// sentence of the given kind) that come from the gazetteer, the place
// list and the other occurrences of its word in the document.
func (m *Model) contextFeatures(fs []uint64, s *Scratch, c, p, q *tokInfo, kind uint64) []uint64 {
	if c.gaz != 0 {
		capBit := uint64(c.flags & flagInitCap)
		for b := 0; b < 2*NumTypes; b++ {
			if c.gaz&(1<<b) != 0 {
				fs = append(fs, f1(tGaz, uint64(b)), f2(tGazCap, uint64(b), capBit))
			}
		}
	}
	if c.place != 0 {
		fs = append(fs, f2(tPlace, uint64(c.place), kind))
	}
	if c.name != 0 || p.name != 0 || q.name != 0 {
		capBit := uint64(c.flags & flagInitCap)
		fs = append(fs, f3(tName, uint64(c.name), capBit, 0), f3(tName, uint64(p.name), uint64(q.name), 1))
	}
	if isCap(c.flags) {
		if e := s.entry(c.l); e != nil {
			for _, h := range e.prev[:e.np] {
				fs = append(fs, f1(tDocPrev, h))
			}
			for _, h := range e.next[:e.nn] {
				fs = append(fs, f1(tDocNext, h))
			}
			var lo, mid uint64
			if e.lower {
				lo = 1
			}
			if e.midCap {
				mid = 1
			}
			fs = append(fs, f2(tDocSeq, uint64(e.seq), kind), f3(tDocCase, lo, mid, kind))
		} else {
			fs = append(fs, f1(tDocCase, kind))
		}
	}
	return fs
}
