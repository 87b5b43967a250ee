package model

import (
	"bytes"
	"math"
	"math/rand"
	"reflect"
	"slices"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	m := New(10)
	m.W[5*NumTags+1] = 2.5
	m.W[700*NumTags+3] = -1.25
	m.Trans[NumTags][1] = 0.5
	m.Clusters = map[string]uint32{"Paris": 1, "London": 0}
	m.Parent1, m.Parent2 = []uint16{0, 0}, []uint16{0}
	m.Gaz = Gazetteer{GazKey([]string{"New", "York"}): 1 << TypeLOC}
	var buf bytes.Buffer
	if err := m.Save(&buf, 0); err != nil {
		t.Fatal(err)
	}
	got, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got.weight(5, 1) < 2.49 || got.weight(700, 3) > -1.24 || got.weight(6, 1) != 0 || got.Trans != m.Trans {
		t.Errorf("weights not restored")
	}
	if !reflect.DeepEqual(got.Clusters, m.Clusters) || !reflect.DeepEqual(got.Gaz, m.Gaz) {
		t.Errorf("clusters or gazetteer not restored")
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "not gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00"} {
		if _, err := Load(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("Load(%q) succeeded", in)
		}
	}
}

func TestDecodeFollowsBIO(t *testing.T) {
	// A model that only likes I-PER must still open every entity with B.
	m := New(8)
	for r := 0; r < 1<<8; r++ {
		m.W[r*NumTags+InsideTag(TypePER)] = 1
	}
	text := "Anna Maria Smith"
	toks := tok.Split(nil, text, 0, len(text))
	var s Scratch
	m.Prepare(&s, text, toks, []int{0}, nil)
	tags := m.Decode(&s, 0, nil)
	prev := NumTags
	for i, g := range tags {
		if !allowed(prev, g) {
			t.Fatalf("tag %d at %d follows %d: %v", g, i, prev, tags)
		}
		prev = g
	}
}

func TestDecoderPredecessorsAreTheAllowedOnes(t *testing.T) {
	for g := 0; g < NumTags; g++ {
		for p := 0; p < NumTags; p++ {
			// decode tries g-1 and g before an I tag, every tag otherwise.
			tried := !IsInside(g) || p == g-1 || p == g
			if tried != allowed(p, g) {
				t.Errorf("tag %d after %d: decode tries it %v, allowed %v", g, p, tried, allowed(p, g))
			}
		}
	}
}

// viterbiByLoop is the decoder as a loop over the tags, which tells I
// tags from the others as it goes, for checking the spelt-out step
// against.
func viterbiByLoop(em []float32, n int, trans *[NumTags + 1][NumTags]float32, into *[NumTags][NumTags]float32, onlyO []bool) []int {
	back := make([]uint8, n*NumTags)
	var cur, next [NumTags]float32
	for g := 0; g < NumTags; g++ {
		cur[g] = negInf
		if allowed(NumTags, g) && (g == 0 || onlyO == nil || !onlyO[0]) {
			cur[g] = em[g] + trans[NumTags][g]
		}
	}
	for i := 1; i < n; i++ {
		e := (*[NumTags]float32)(em[i*NumTags : (i+1)*NumTags])
		bk := (*[NumTags]uint8)(back[i*NumTags : (i+1)*NumTags])
		if onlyO != nil && onlyO[i] {
			best, arg := bestPred(&cur, &into[0])
			cur = outsideOnly
			cur[0] = best
			bk[0] = uint8(arg)
			continue
		}
		for g := 0; g < NumTags; g++ {
			best, arg := negInf, 0
			if IsInside(g) {
				if v := cur[g-1] + into[g][g-1]; v > best {
					best, arg = v, g-1
				}
				if v := cur[g] + into[g][g]; v > best {
					best, arg = v, g
				}
			} else {
				for p := 0; p < NumTags; p++ {
					if v := cur[p] + into[g][p]; v > best {
						best, arg = v, p
					}
				}
			}
			next[g] = best + e[g]
			bk[g] = uint8(arg)
		}
		cur = next
	}
	best, arg := cur[0], 0
	for g := 1; g < NumTags; g++ {
		if cur[g] > best {
			best, arg = cur[g], g
		}
	}
	out := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*NumTags+arg])
	}
	return out
}

// TestViterbiStepMatchesTheLoop checks the decoder against the loop on
// random scores, with many ties and scores out of reach, with and
// without tokens forced to O.
func TestViterbiStepMatchesTheLoop(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 5000; round++ {
		m := New(8)
		for p := range m.Trans {
			for g := range m.Trans[p] {
				m.Trans[p][g] = float32(rng.Intn(7) - 3) // small integers tie often
			}
		}
		into := transInto(&m.Trans)
		n := 1 + rng.Intn(12)
		em := make([]float32, n*NumTags)
		for i := range em {
			em[i] = float32(rng.Intn(9) - 4)
			if rng.Intn(10) == 0 {
				em[i] = 2 * negInf
			}
		}
		var onlyO []bool
		if round%2 == 1 {
			onlyO = make([]bool, n)
			for i := range onlyO {
				onlyO[i] = rng.Intn(3) == 0
			}
		}
		q := newQuietStep(&into)
		var s Scratch
		got := m.viterbi(&s, em, n, &into, &q, onlyO, nil)
		if want := viterbiByLoop(em, n, &m.Trans, &into, onlyO); !slices.Equal(got, want) {
			t.Fatalf("round %d: %v, want %v", round, got, want)
		}
	}
}

// TestQuietStepMatchesStep checks the decoder's step after a token tagged
// O unscored against the full step, to the bit, on transitions with many
// ties, some large enough to move negInf, and some out of reach.
func TestQuietStepMatchesStep(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	pick := func() float32 {
		switch rng.Intn(12) {
		case 0:
			return negInf
		case 1:
			return 2 * negInf
		case 2:
			return float32(rng.Intn(5)-2) * 1e23 // moves negInf by a few of its steps
		case 3:
			return -negInf
		}
		return float32(rng.Intn(7) - 3)
	}
	for round := 0; round < 20000; round++ {
		var into [NumTags][NumTags]float32
		for g := range into {
			for p := range into[g] {
				into[g][p] = pick()
			}
		}
		var e [NumTags]float32
		for g := range e {
			e[g] = pick()
		}
		q := newQuietStep(&into)
		cur := outsideOnly
		cur[0] = pick()
		want, got := cur, cur
		var wantBk, gotBk [NumTags]uint8
		step(&want, &into, &e, &wantBk)
		q.step(&got, &into, &e, &gotBk)
		for g := range got {
			if math.Float32bits(got[g]) != math.Float32bits(want[g]) || gotBk[g] != wantBk[g] {
				t.Fatalf("round %d, tag %d: %v from %d, want %v from %d", round, g, got[g], gotBk[g], want[g], wantBk[g])
			}
		}
		wb, wa := bestPred(&cur, &into[0])
		gb, ga := q.afterQuiet(cur[0], &into, 0)
		if math.Float32bits(gb) != math.Float32bits(wb) || ga != wa {
			t.Fatalf("round %d, O: %v from %d, want %v from %d", round, gb, ga, wb, wa)
		}
	}
}

// TestDecodeMatchesTheLoop checks Decode of a loaded model, which tags
// plain words O unscored and steps past them with its quietStep, against
// the decoder as a loop on the scores Decode summed.
func TestDecodeMatchesTheLoop(t *testing.T) {
	text := "the price of oil rose sharply in London on Monday , and the shares of Royal Dutch fell as traders said they would wait"
	toks := tok.Split(nil, text, 0, len(text))
	for seed := int64(0); seed < 40; seed++ {
		m := savedAndLoaded(t, 10, 0.5, seed)
		var s Scratch
		m.PrepareDoc(&s, text, toks, []int{0})
		got := m.Decode(&s, 0, nil)
		if !slices.Contains(s.onlyO, true) {
			t.Fatal("no token tagged O unscored")
		}
		want := viterbiByLoop(s.em, len(toks), &m.Trans, &m.into, s.onlyO)
		if !slices.Equal(got, want) {
			t.Fatalf("seed %d: %v, want %v", seed, got, want)
		}
	}
}
