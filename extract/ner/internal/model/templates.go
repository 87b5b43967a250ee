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

// extractSentence appends the feature hashes of the tokens of one
// sentence to s.feats and their end offsets to s.off.
func (m *Model) extractSentence(s *Scratch, info []tokInfo, kind uint64) {
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
	for i := 0; i < n; i++ {
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
			f1(tBias, 0),
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
			f2(tCapsLine, kind, c.sh),
			f2(tCapsLineLower, kind, c.l),
		)
		if i == 0 {
			fs = append(fs, f1(tFirstShape, c.sh))
		}
		if n <= 3 {
			fs = append(fs, f2(tShortLine, uint64(n), c.sh))
		}
		for k := 0; k < 4; k++ {
			fs = append(fs, f2(tPre, uint64(k), c.pre[k]), f2(tSuf, uint64(k), c.suf[k]))
		}
		for k := 0; k < 3; k++ {
			fs = append(fs, f2(tCluster, uint64(k), c.c[k]))
		}
		fs = append(fs,
			f2(tClusterPrev, 1, p.c[1]),
			f2(tClusterNext, 1, q.c[1]),
			f3(tClusterPrevCur, 2, p.c[2], c.c[1]),
			f3(tClusterCurNext, 2, c.c[1], q.c[2]),
		)
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
			if e := s.doc[c.l]; e != nil {
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
		s.feats = fs
		s.off = append(s.off, len(s.feats))
	}
}
