package model

import (
	"bytes"
	"math"
	"math/rand"
	"slices"
	"testing"
)

// savedAndLoaded returns a model of 1<<bits rows with random weights in
// a fraction dense of its rows, as it comes back from its file.
func savedAndLoaded(tb testing.TB, bits uint, dense float64, seed int64) *Model {
	tb.Helper()
	rng := rand.New(rand.NewSource(seed))
	m := New(bits)
	for r := 0; r < 1<<bits; r++ {
		if rng.Float64() >= dense {
			continue
		}
		for g := 0; g < NumTags; g++ {
			if rng.Intn(3) > 0 {
				m.W[r*NumTags+g] = float32(rng.NormFloat64() * 3)
			}
		}
	}
	for p := range m.Trans {
		for g := range m.Trans[p] {
			m.Trans[p][g] = float32(rng.NormFloat64())
		}
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

// fullTable returns the loaded model m with its weights spread back into
// a full float table, as models were tagged with before packing.
func fullTable(m *Model) *Model {
	f := New(m.Bits)
	for r := 0; r < 1<<m.Bits; r++ {
		for g := 0; g < NumTags; g++ {
			f.W[r*NumTags+g] = m.weight(r, g)
		}
	}
	f.Trans = m.Trans
	return f
}

func TestPackedTableScoresAsTheFullTable(t *testing.T) {
	tests := []struct {
		name  string
		dense float64
	}{
		{"a sparse table", 0.1},
		{"a table with most rows stored", 0.9},
		{"a table with no rows stored", 0},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := savedAndLoaded(t, 12, tt.dense, int64(i))
			if m.W != nil || m.tab == nil {
				t.Fatal("loaded model has no packed table")
			}
			full := fullTable(m)
			rng := rand.New(rand.NewSource(int64(i)))
			var s1, s2 Scratch
			for n := 0; n < 200; n++ {
				var rows []int32
				off := []int{0}
				for tk := rng.Intn(40); tk > 0; tk-- {
					for k := rng.Intn(60); k > 0; k-- {
						rows = append(rows, int32(rng.Intn(1<<12)))
					}
					off = append(off, len(rows))
				}
				a := m.emissions(&s1, rows, off)
				b := full.emissions(&s2, rows, off)
				for k := range a {
					if math.Float32bits(a[k]) != math.Float32bits(b[k]) {
						t.Fatalf("score %d: packed %v, full %v", k, a[k], b[k])
					}
				}
				got := m.decode(&s1, rows, off, nil, nil)
				want := full.decode(&s2, rows, off, nil, nil)
				if !slices.Equal(got, want) {
					t.Fatalf("tags: packed %v, full %v", got, want)
				}
			}
		})
	}
}

func TestSaveRefusesALoadedModel(t *testing.T) {
	m := savedAndLoaded(t, 8, 0.5, 1)
	if err := m.Save(&bytes.Buffer{}, 0); err == nil {
		t.Error("a loaded model was saved without its full table")
	}
}

func BenchmarkEmissions(b *testing.B) {
	m := savedAndLoaded(b, 18, 0.25, 1)
	rng := rand.New(rand.NewSource(1))
	rows := make([]int32, 45*1000)
	for i := range rows {
		rows[i] = int32(rng.Intn(1 << 18))
	}
	off := []int{0}
	for i := 45; i <= len(rows); i += 45 {
		off = append(off, i)
	}
	var s Scratch
	for b.Loop() {
		m.emissions(&s, rows, off)
	}
}

// TestResolveOneFindsEveryRow checks the place of every row of tables of
// several densities against the row's weights: a stored row's place holds
// them, and every other row reads the row of zeros after the stored ones.
func TestResolveOneFindsEveryRow(t *testing.T) {
	for i, dense := range []float64{0, 0.1, 0.5, 0.9, 1} {
		m := savedAndLoaded(t, 10, dense, int64(i))
		tab := m.tab
		if want := int32(len(tab.w)/NumTags - 1); tab.zero != want {
			t.Fatalf("density %v: zero row at %d, want %d", dense, tab.zero, want)
		}
		all := make([]int32, 1<<10)
		for r := range all {
			all[r] = int32(r)
		}
		batch := tab.resolve(nil, all)
		for r := range all {
			k := tab.resolveOne(int32(r))
			if k != batch[r] {
				t.Fatalf("density %v, row %d: place %d, resolve gives %d", dense, r, k, batch[r])
			}
			w := tab.lookup(r)
			if w == nil {
				if k != tab.zero {
					t.Fatalf("density %v, row %d not stored: place %d, want the zero row %d", dense, r, k, tab.zero)
				}
				continue
			}
			if got := tab.w[int(k)*NumTags : (int(k)+1)*NumTags]; &got[0] != &w[0] {
				t.Fatalf("density %v, row %d: place %d is not the row's", dense, r, k)
			}
		}
	}
}
