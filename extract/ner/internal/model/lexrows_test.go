package model

import (
	"bytes"
	"math/rand"
	"slices"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

// loadedRandom returns a loaded model with random weights in half its
// rows, a few word clusters and gazetteer names.
func loadedRandom(tb testing.TB, seed int64) *Model {
	tb.Helper()
	rng := rand.New(rand.NewSource(seed))
	m := New(12)
	for i := range m.W {
		if rng.Intn(2) == 0 {
			m.W[i] = float32(rng.NormFloat64() * 3)
		}
	}
	for p := range m.Trans {
		for g := range m.Trans[p] {
			m.Trans[p][g] = float32(rng.NormFloat64())
		}
	}
	m.Clusters = map[string]uint32{"Paris": 1, "said": 2, "the": 0, "Smith": 2}
	m.Parent1, m.Parent2 = []uint16{0, 1, 1}, []uint16{0, 0}
	m.Gaz = Gazetteer{
		GazKey([]string{"New", "York"}): 1 << TypeLOC,
		GazKey([]string{"Anna"}):        1 << TypePER,
		NameKey("Smith"):                NameLast,
	}
	var buf bytes.Buffer
	if err := m.Save(&buf, 0); err != nil {
		tb.Fatal(err)
	}
	got, err := Load(&buf)
	if err != nil {
		tb.Fatal(err)
	}
	return got
}

func TestDecodeReadsTheRowsOfTheFeatures(t *testing.T) {
	tests := []struct {
		name, text string
		sents      []int // first token of each sentence
	}{
		{"one word", "Paris", []int{0}},
		{"two words", "Anna Smith", []int{0}},
		{"a short line", "Smith said .", []int{0}},
		{"a sentence", "Anna Smith said in Paris that the New York office would close .", []int{0}},
		{"a headline and a sentence", "PARIS TALKS FAIL Anna Smith said the talks in Paris failed , and Smith left for new york .", []int{0, 3}},
		{"words never seen", "Zorblat Qux-7 of 1996-08-22 said U.S. “stocks” fell ’s", []int{0}},
		{"three sentences", "Paris . the Paris office said so . Smith", []int{0, 2, 8}},
	}
	m := loadedRandom(t, 7)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tok.Split(nil, tt.text, 0, len(tt.text))
			var s Scratch
			m.PrepareDoc(&s, tt.text, toks, tt.sents)
			for k := 0; k < s.Sentences(); k++ {
				info := s.info[s.sent[k]:s.sent[k+1]]
				for _, skip := range [][]bool{nil, markOutside(nil, info)} {
					rows, off := m.sentence(&s, k, skip)
					want := m.tab.resolve(nil, rows)
					wantOff := slices.Clone(off)
					m.extractPlaces(&s, info, uint64(s.kind[k]), skip)
					if !slices.Equal(s.ks, want) {
						t.Fatalf("sentence %d: places %v, want %v", k, s.ks, want)
					}
					for i := range wantOff {
						if int(s.koff[i]) != wantOff[i] {
							t.Fatalf("sentence %d: offsets %v, want %v", k, s.koff, wantOff)
						}
					}
				}
				rows, off := m.sentence(&s, k, markOutside(nil, info))
				want := m.decode(&s, rows, off, markOutside(nil, info), nil)
				if got := m.Decode(&s, k, nil); !slices.Equal(got, want) {
					t.Errorf("sentence %d: tags %v, want %v", k, got, want)
				}
			}
		})
	}
}
