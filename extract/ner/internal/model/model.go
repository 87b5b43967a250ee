// Package model is the statistical core of the named-entity tagger: hashed
// features, a first-order structured perceptron decoded with Viterbi over
// BIO tags, and the compact file format the trained weights ship in.
package model

import (
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
	W     []float32                     // row r, tag g at W[r*NumTags+g]
	Trans [NumTags + 1][NumTags]float32 // last row: from sentence start
	// Clusters maps a word to its finest distributional cluster; Parent1
	// and Parent2 map clusters to coarser ones.
	Clusters map[string]uint32
	Parent1  []uint16
	Parent2  []uint16
	Gaz      Gazetteer
}

// New returns an empty model with a table of 1<<bits rows.
func New(bits uint) *Model {
	return &Model{Bits: bits, W: make([]float32, (1<<bits)*NumTags), Clusters: map[string]uint32{}, Gaz: Gazetteer{}}
}

// row maps a feature hash to its row in the weight table.
func (m *Model) row(h uint64) int { return int(h >> (64 - m.Bits)) }

// Prepare analyses a document, given as the tokens of all its sentences
// and the index in toks where each sentence starts. Features are then
// extracted one sentence at a time by Sentence or Decode, which keeps
// memory proportional to the longest sentence.
func (m *Model) Prepare(s *Scratch, text string, toks []tok.Token, sentStart []int, gaz Gazetteer) {
	s.sent = append(s.sent[:0], sentStart...)
	s.sent = append(s.sent, len(toks))
	m.analyse(s, text, toks, gaz)
	m.collectDoc(s)
}

// Sentences returns the number of sentences of the prepared document.
func (s *Scratch) Sentences() int { return len(s.sent) - 1 }

// Sentence extracts the features of sentence k of the prepared document
// as rows of the weight table: token i's rows are rows[off[i]:off[i+1]].
// The slices are reused by the next call.
func (m *Model) Sentence(s *Scratch, k int) (rows []int32, off []int) {
	s.feats = s.feats[:0]
	s.off = append(s.off[:0], 0)
	m.extractSentence(s, s.info[s.sent[k]:s.sent[k+1]], uint64(s.kind[k]))
	s.rows = s.rows[:0]
	for _, h := range s.feats {
		s.rows = append(s.rows, int32(m.row(h)))
	}
	return s.rows, s.off
}

// emissions fills s.em with the per-token tag scores of one sentence.
func (m *Model) emissions(s *Scratch, rows []int32, off []int) []float32 {
	n := len(off) - 1
	if cap(s.em) < n*NumTags {
		s.em = make([]float32, n*NumTags, 2*n*NumTags)
	}
	em := s.em[:n*NumTags]
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
// prepared document.
func (m *Model) Decode(s *Scratch, k int, dst []int) []int {
	rows, off := m.Sentence(s, k)
	return m.decode(s, rows, off, dst)
}

func (m *Model) decode(s *Scratch, rows []int32, off []int, dst []int) []int {
	n := len(off) - 1
	dst = dst[:0]
	if n == 0 {
		return dst
	}
	em := m.emissions(s, rows, off)
	if cap(s.back) < n*NumTags {
		s.back = make([]uint8, n*NumTags, 2*n*NumTags)
	}
	back := s.back[:n*NumTags]
	const negInf = float32(-1e30)
	var cur, next [NumTags]float32
	for g := 0; g < NumTags; g++ {
		cur[g] = negInf
		if allowed(NumTags, g) {
			cur[g] = em[g] + m.Trans[NumTags][g]
		}
	}
	for i := 1; i < n; i++ {
		for g := 0; g < NumTags; g++ {
			best, arg := negInf, 0
			for p := 0; p < NumTags; p++ {
				if !allowed(p, g) {
					continue
				}
				if v := cur[p] + m.Trans[p][g]; v > best {
					best, arg = v, p
				}
			}
			next[g] = best + em[i*NumTags+g]
			back[i*NumTags+g] = uint8(arg)
		}
		cur = next
	}
	best, arg := cur[0], 0
	for g := 1; g < NumTags; g++ {
		if cur[g] > best {
			best, arg = cur[g], g
		}
	}
	for i := 0; i < n; i++ {
		dst = append(dst, 0)
	}
	for i := n - 1; i >= 0; i-- {
		dst[i] = arg
		arg = int(back[i*NumTags+arg])
	}
	return dst
}
