package model

import "newsbot/extract/ner/internal/tok"

// Example is one training sentence with its prepared features.
type Example struct {
	Rows []int32
	Off  []int
	Gold []int
}

// NewExamples prepares a gold-tagged document for training, one example
// per sentence; gold holds the tags of all tokens.
func (m *Model) NewExamples(s *Scratch, text string, toks []tok.Token, sentStart []int, gold []int, gaz Gazetteer) []Example {
	m.Prepare(s, text, toks, sentStart, gaz)
	var out []Example
	for k := 0; k < s.Sentences(); k++ {
		rows, off := m.Sentence(s, k)
		out = append(out, Example{
			Rows: append([]int32(nil), rows...),
			Off:  append([]int(nil), off...),
			Gold: append([]int(nil), gold[s.sent[k]:s.sent[k+1]]...),
		})
	}
	return out
}

// Trainer runs the averaged structured perceptron (Collins 2002) with the
// lazy-averaging trick: u accumulates step-weighted updates so that the
// average is W - u/c.
type Trainer struct {
	M      *Model
	u      []float64
	tu     [NumTags + 1][NumTags]float64
	c      float64
	s      Scratch
	pred   []int
	rows   []int32
	off    []int
	Errors int
}

// NewTrainer starts training m.
func NewTrainer(m *Model) *Trainer {
	return &Trainer{M: m, u: make([]float64, len(m.W)), c: 1}
}

// Learn decodes one example and updates the weights if it was wrong.
// Each token's word-identity features are left out with probability drop
// (using rnd, a source of uniform numbers in [0, 1)).
func (t *Trainer) Learn(ex Example, drop float64, rnd func() float64) {
	if drop > 0 {
		ex = t.dropLexical(ex, drop, rnd)
	}
	t.pred = t.M.decode(&t.s, ex.Rows, ex.Off, nil, t.pred)
	wrong := false
	for i := range ex.Gold {
		if ex.Gold[i] != t.pred[i] {
			wrong = true
			break
		}
	}
	if wrong {
		t.Errors++
		prevG, prevP := NumTags, NumTags
		for i, g := range ex.Gold {
			p := t.pred[i]
			if g != p {
				for _, r := range ex.Rows[ex.Off[i]:ex.Off[i+1]] {
					t.add(int(r)*NumTags+g, 1)
					t.add(int(r)*NumTags+p, -1)
				}
			}
			if g != p || prevG != prevP {
				t.M.Trans[prevG][g]++
				t.tu[prevG][g] += t.c
				t.M.Trans[prevP][p]--
				t.tu[prevP][p] -= t.c
			}
			prevG, prevP = g, p
		}
	}
	t.c++
}

func (t *Trainer) add(k int, d float32) {
	t.M.W[k] += d
	t.u[k] += float64(d) * t.c
}

// Averaged returns a copy of the model with averaged weights.
func (t *Trainer) Averaged() *Model {
	a := *t.M
	a.W = make([]float32, len(t.M.W))
	for k, w := range t.M.W {
		if w != 0 || t.u[k] != 0 {
			a.W[k] = w - float32(t.u[k]/t.c)
		}
	}
	for p := range a.Trans {
		for g := range a.Trans[p] {
			a.Trans[p][g] = t.M.Trans[p][g] - float32(t.tu[p][g]/t.c)
		}
	}
	return &a
}

func (t *Trainer) dropLexical(ex Example, drop float64, rnd func() float64) Example {
	t.rows, t.off = t.rows[:0], append(t.off[:0], 0)
	for i := 0; i+1 < len(ex.Off); i++ {
		rs := ex.Rows[ex.Off[i]:ex.Off[i+1]]
		if len(rs) > NumLexical && rnd() < drop {
			rs = rs[NumLexical:]
		}
		t.rows = append(t.rows, rs...)
		t.off = append(t.off, len(t.rows))
	}
	return Example{Rows: t.rows, Off: t.off, Gold: ex.Gold}
}
