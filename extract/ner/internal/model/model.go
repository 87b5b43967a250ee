// Package model is the statistical core of the named-entity tagger: hashed
// features, a first-order structured perceptron decoded with Viterbi over
// BIO tags, and the compact file format the trained weights ship in.
package model

import (
	"slices"

	"newsbot/extract/ner/internal/tok"
)

// Entity types in tag order. Tag 0 is O; type t has tags B = 1+2t, I = 2+2t.
const (
	TypePER = iota
	TypeORG
	TypeLOC
	TypeMISC
	NumTypes
)

// NumTags is the number of BIO tags.
const NumTags = 1 + 2*NumTypes

// TypeNames are the CoNLL names of the entity types.
var TypeNames = [NumTypes]string{"PER", "ORG", "LOC", "MISC"}

// BeginTag and InsideTag return the tags of entity type t.
func BeginTag(t int) int  { return 1 + 2*t }
func InsideTag(t int) int { return 2 + 2*t }

// TagType returns the entity type of tag g, or -1 for O.
func TagType(g int) int {
	if g == 0 {
		return -1
	}
	return (g - 1) / 2
}

// IsInside reports whether g is an I tag.
func IsInside(g int) bool { return g != 0 && (g-1)%2 == 1 }

// Model is a trained tagger. It is read-only after loading and safe for
// concurrent use; each goroutine brings its own Scratch.
type Model struct {
	Bits  uint                          // the weight table has 1<<Bits rows
	W     []float32                     // row r, tag g at W[r*NumTags+g]; nil in a loaded model
	tab   *table                        // a loaded model's weights, packed
	Trans [NumTags + 1][NumTags]float32 // last row: from sentence start
	// Clusters maps a word to its finest distributional cluster; Parent1
	// and Parent2 map clusters to coarser ones.
	Clusters map[string]uint32
	Parent1  []uint16
	Parent2  []uint16
	Gaz      Gazetteer
	// Built by Load, for the analysis of text to tag.
	words     *wordIndex
	gazFilter keyFilter
	// Built by Load: the sentence edges with their places, the place of
	// the bias feature (see lexrows.go), the transitions by the tag
	// they lead into (see transInto) and their quietStep.
	edge      [2]tokInfo
	biasPlace int32
	into      [NumTags][NumTags]float32
	quiet     quietStep
}

// New returns an empty model with a table of 1<<bits rows.
func New(bits uint) *Model {
	return &Model{Bits: bits, W: make([]float32, (1<<bits)*NumTags), Clusters: map[string]uint32{}, Gaz: Gazetteer{}}
}

// Prepare analyses a document, given as the tokens of all its sentences
// and the index in toks where each sentence starts. Features are then
// extracted one sentence at a time by Sentence or Decode, which keeps
// memory proportional to the longest sentence.
func (m *Model) Prepare(s *Scratch, text string, toks []tok.Token, sentStart []int, gaz Gazetteer) {
	m.prepare(s, text, toks, sentStart, gaz, keyFilter{}, false)
}

// PrepareDoc is Prepare with the model's own gazetteer, which a loaded
// model looks up through a filter that skips most misses.
func (m *Model) PrepareDoc(s *Scratch, text string, toks []tok.Token, sentStart []int) {
	m.prepare(s, text, toks, sentStart, m.Gaz, m.gazFilter, true)
}

// prepare is Prepare through the filter f of gaz; own tells that gaz is
// the model's own gazetteer.
func (m *Model) prepare(s *Scratch, text string, toks []tok.Token, sentStart []int, gaz Gazetteer, f keyFilter, own bool) {
	s.text, s.toks = text, toks
	s.sent = append(s.sent[:0], sentStart...)
	s.sent = append(s.sent, len(toks))
	m.analyse(s, text, toks, gaz, f, own)
	m.collectDoc(s)
}

// Sentences returns the number of sentences of the prepared document.
func (s *Scratch) Sentences() int { return len(s.sent) - 1 }

// Sentence extracts the features of sentence k of the prepared document
// as rows of the weight table: token i's rows are rows[off[i]:off[i+1]].
// The slices are reused by the next call.
func (m *Model) Sentence(s *Scratch, k int) (rows []int32, off []int) {
	return m.sentence(s, k, nil)
}

// sentence is Sentence leaving out the features of the tokens marked in
// skip, which may be nil.
func (m *Model) sentence(s *Scratch, k int, skip []bool) (rows []int32, off []int) {
	s.feats = s.feats[:0]
	s.off = append(s.off[:0], 0)
	sentenceAffixes(s, k)
	m.extractSentence(s, s.info[s.sent[k]:s.sent[k+1]], uint64(s.kind[k]), skip)
	rows = slices.Grow(s.rows[:0], len(s.feats))[:len(s.feats)]
	sh := 64 - m.Bits // a feature's row is the top Bits bits of its hash
	for i, h := range s.feats {
		rows[i] = int32(h >> sh)
	}
	s.rows = rows
	return rows, s.off
}

// emissions fills s.em with the per-token tag scores of one sentence.
func (m *Model) emissions(s *Scratch, rows []int32, off []int) []float32 {
	n := len(off) - 1
	if cap(s.em) < n*NumTags {
		s.em = make([]float32, n*NumTags, 2*n*NumTags)
	}
	em := s.em[:n*NumTags]
	if m.tab != nil {
		s.ks = m.tab.emissions(em, rows, off, s.ks)
		return em
	}
	for i := 0; i < n; i++ {
		var sc [NumTags]float32
		for _, r := range rows[off[i]:off[i+1]] {
			r := int(r) * NumTags
			w := m.W[r : r+NumTags : r+NumTags]
			for g := range sc {
				sc[g] += w[g]
			}
		}
		copy(em[i*NumTags:], sc[:])
	}
	return em
}

// allowed reports whether tag g may follow tag prev (prev NumTags is the
// sentence start): an I tag continues an entity of its own type.
func allowed(prev, g int) bool {
	if !IsInside(g) {
		return true
	}
	return prev < NumTags && prev != 0 && TagType(prev) == TagType(g)
}

// Decode returns in dst the best tag sequence of sentence k of the
// prepared document. Plain lower-case words that no training name holds
// and that stand among other quiet tokens are tagged O without being
// scored (see plain.go).
func (m *Model) Decode(s *Scratch, k int, dst []int) []int {
	info := s.info[s.sent[k]:s.sent[k+1]]
	s.onlyO = markOutside(s.onlyO, info)
	if m.tab == nil {
		rows, off := m.sentence(s, k, s.onlyO)
		return m.decode(s, rows, off, s.onlyO, dst)
	}
	m.extractPlaces(s, info, uint64(s.kind[k]), s.onlyO)
	return m.viterbi(s, m.placeEmissions(s, len(info)), len(info), &m.into, &m.quiet, s.onlyO, dst)
}

// placeEmissions fills s.em with the tag scores of the n tokens whose
// places extractPlaces left in s.ks and s.koff.
func (m *Model) placeEmissions(s *Scratch, n int) []float32 {
	if cap(s.em) < n*NumTags {
		s.em = make([]float32, n*NumTags, 2*n*NumTags)
	}
	em := s.em[:n*NumTags]
	tw := m.tab.w
	for i := 0; i < n; i++ {
		e := (*[NumTags]float32)(em[i*NumTags : (i+1)*NumTags])
		*e = sumRows(tw, s.ks[s.koff[i]:s.koff[i+1]])
	}
	return em
}

// bestPred returns the best of cur[p] + into[p] over all p (the first
// one on ties) and its p, spelled out so that the scores stay in
// registers.
func bestPred(cur, into *[NumTags]float32) (float32, int) {
	best, arg := float32(negInf), 0
	if v := cur[0] + into[0]; v > best {
		best, arg = v, 0
	}
	if v := cur[1] + into[1]; v > best {
		best, arg = v, 1
	}
	if v := cur[2] + into[2]; v > best {
		best, arg = v, 2
	}
	if v := cur[3] + into[3]; v > best {
		best, arg = v, 3
	}
	if v := cur[4] + into[4]; v > best {
		best, arg = v, 4
	}
	if v := cur[5] + into[5]; v > best {
		best, arg = v, 5
	}
	if v := cur[6] + into[6]; v > best {
		best, arg = v, 6
	}
	if v := cur[7] + into[7]; v > best {
		best, arg = v, 7
	}
	if v := cur[8] + into[8]; v > best {
		best, arg = v, 8
	}
	return best, arg
}

// step moves the decoder on by one token whose tag scores are e: cur
// holds the best score of each tag of the token before and becomes that of
// each tag of this token, and bk takes the best predecessor of each tag.
// The tags are spelled out, O first, then B and I of each type in turn:
// only the B and I tags of its own type may precede an I tag (see
// allowed), and they are g-1 and g (see insidePred).
func step(cur *[NumTags]float32, into *[NumTags][NumTags]float32, e *[NumTags]float32, bk *[NumTags]uint8) {
	b0, a0 := bestPred(cur, &into[0])
	b1, a1 := bestPred(cur, &into[1])
	b2, a2 := insidePred(cur, &into[2], 2)
	b3, a3 := bestPred(cur, &into[3])
	b4, a4 := insidePred(cur, &into[4], 4)
	b5, a5 := bestPred(cur, &into[5])
	b6, a6 := insidePred(cur, &into[6], 6)
	b7, a7 := bestPred(cur, &into[7])
	b8, a8 := insidePred(cur, &into[8], 8)
	*cur = [NumTags]float32{b0 + e[0], b1 + e[1], b2 + e[2], b3 + e[3], b4 + e[4], b5 + e[5], b6 + e[6], b7 + e[7], b8 + e[8]}
	*bk = [NumTags]uint8{uint8(a0), uint8(a1), uint8(a2), uint8(a3), uint8(a4), uint8(a5), uint8(a6), uint8(a7), uint8(a8)}
}

// insidePred returns the better of cur[p] + into[p] for the B and I tags
// g-1 and g of the type of the I tag g (the first one on ties) and its p,
// or negInf and 0 when neither beats negInf.
func insidePred(cur, into *[NumTags]float32, g int) (float32, int) {
	best, arg := negInf, 0
	if v := cur[g-1] + into[g-1]; v > best {
		best, arg = v, g-1
	}
	if v := cur[g] + into[g]; v > best {
		best, arg = v, g
	}
	return best, arg
}

const negInf = float32(-1e30)

// A token tagged O unscored leaves every tag but O at negInf (see
// outsideOnly), so for the token after it the decoder's sums over the
// tags before, cur[p] + into[g][p], are constants for every p but O.
// quietStep holds, for each tag g, the best of them and its p as bestPred
// (insidePred for an I tag) finds it over those p in turn, from negInf:
// the token after then weighs only its O predecessor against them, which
// picks the very score and tag bestPred would (see afterQuiet).
type quietStep struct {
	best [NumTags]float32
	arg  [NumTags]uint8
}

// newQuietStep returns the quietStep of the transitions into.
func newQuietStep(into *[NumTags][NumTags]float32) (q quietStep) {
	for g := 0; g < NumTags; g++ {
		best, arg := negInf, 0
		if IsInside(g) {
			best, arg = insidePred(&outsideOnly, &into[g], g)
		} else {
			for p := 1; p < NumTags; p++ {
				if v := outsideOnly[p] + into[g][p]; v > best {
					best, arg = v, p
				}
			}
		}
		q.best[g], q.arg[g] = best, uint8(arg)
	}
	return q
}

// afterQuiet is bestPred(cur, &into[g]) for an O or B tag g where every
// cur[p] but cur[0] is negInf: O is tried first, from negInf, and then
// the others, whose best q.best[g] replaces it only if greater, as in
// bestPred, where every later p that is no greater keeps the earlier one.
func (q *quietStep) afterQuiet(cur0 float32, into *[NumTags][NumTags]float32, g int) (float32, int) {
	best, arg := negInf, 0
	if v := cur0 + into[g][0]; v > best {
		best, arg = v, 0
	}
	if q.best[g] > best {
		best, arg = q.best[g], int(q.arg[g])
	}
	return best, arg
}

// step is step where every cur[p] but cur[0] is negInf.
func (q *quietStep) step(cur *[NumTags]float32, into *[NumTags][NumTags]float32, e *[NumTags]float32, bk *[NumTags]uint8) {
	c0 := cur[0]
	b0, a0 := q.afterQuiet(c0, into, 0)
	b1, a1 := q.afterQuiet(c0, into, 1)
	b3, a3 := q.afterQuiet(c0, into, 3)
	b5, a5 := q.afterQuiet(c0, into, 5)
	b7, a7 := q.afterQuiet(c0, into, 7)
	*cur = [NumTags]float32{b0 + e[0], b1 + e[1], q.best[2] + e[2], b3 + e[3], q.best[4] + e[4], b5 + e[5], q.best[6] + e[6], b7 + e[7], q.best[8] + e[8]}
	*bk = [NumTags]uint8{uint8(a0), uint8(a1), q.arg[2], uint8(a3), q.arg[4], uint8(a5), q.arg[6], uint8(a7), q.arg[8]}
}

// outsideOnly scores every tag but O out of reach.
var outsideOnly = [NumTags]float32{0, negInf, negInf, negInf, negInf, negInf, negInf, negInf, negInf}

// decode finds the best tag sequence of a sentence whose token i has the
// features rows[off[i]:off[i+1]]; where onlyO (which may be nil) is set,
// only O is tried.
func (m *Model) decode(s *Scratch, rows []int32, off []int, onlyO []bool, dst []int) []int {
	n := len(off) - 1
	if n == 0 {
		return dst[:0]
	}
	into := transInto(&m.Trans)
	q := newQuietStep(&into)
	return m.viterbi(s, m.emissions(s, rows, off), n, &into, &q, onlyO, dst)
}

// transInto returns the transition scores by the tag they lead into:
// into[g][p] is trans[p][g], contiguous for the decoder's inner loop.
func transInto(trans *[NumTags + 1][NumTags]float32) (into [NumTags][NumTags]float32) {
	for p := 0; p < NumTags; p++ {
		for g := 0; g < NumTags; g++ {
			into[g][p] = trans[p][g]
		}
	}
	return into
}

// viterbi returns in dst the best tag sequence of n tokens with the tag
// scores em and the transition scores into (see transInto), whose
// quietStep is q; where onlyO (which may be nil) is set, only O is tried.
func (m *Model) viterbi(s *Scratch, em []float32, n int, into *[NumTags][NumTags]float32, q *quietStep, onlyO []bool, dst []int) []int {
	dst = dst[:0]
	if n == 0 {
		return dst
	}
	if cap(s.back) < n*NumTags {
		s.back = make([]uint8, n*NumTags, 2*n*NumTags)
	}
	back := s.back[:n*NumTags]
	var cur [NumTags]float32
	for g := 0; g < NumTags; g++ {
		cur[g] = negInf
		if allowed(NumTags, g) && (g == 0 || onlyO == nil || !onlyO[0]) {
			cur[g] = em[g] + m.Trans[NumTags][g]
		}
	}
	// quiet tells that every tag of cur but O is negInf, as after a
	// token tagged O unscored.
	quiet := onlyO != nil && onlyO[0]
	for i := 1; i < n; i++ {
		e := (*[NumTags]float32)(em[i*NumTags : (i+1)*NumTags])
		bk := (*[NumTags]uint8)(back[i*NumTags : (i+1)*NumTags])
		if onlyO != nil && onlyO[i] {
			var best float32
			var arg int
			if quiet {
				best, arg = q.afterQuiet(cur[0], into, 0)
			} else {
				best, arg = bestPred(&cur, &into[0])
			}
			cur = outsideOnly
			cur[0] = best
			bk[0] = uint8(arg)
			quiet = true
			continue
		}
		if quiet {
			q.step(&cur, into, e, bk)
			quiet = false
			continue
		}
		step(&cur, into, e, bk)
	}
	best, arg := cur[0], 0
	for g := 1; g < NumTags; g++ {
		if cur[g] > best {
			best, arg = cur[g], g
		}
	}
	dst = slices.Grow(dst, n)[:n]
	for i := n - 1; i >= 0; i-- {
		dst[i] = arg
		arg = int(back[i*NumTags+arg])
	}
	return dst
}
