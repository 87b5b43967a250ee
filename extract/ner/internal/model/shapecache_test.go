package model

import (
	"math/rand"
	"testing"
)

// TestShapeCacheGivesThePlacesOfTheShapes checks the cached places of the
// shape features against the places found afresh, for shapes that repeat,
// that evict each other, that are zero, and for two models sharing one
// Scratch in turn.
func TestShapeCacheGivesThePlacesOfTheShapes(t *testing.T) {
	models := []*Model{loadedRandom(t, 7), loadedRandom(t, 8)}
	rng := rand.New(rand.NewSource(1))
	shapes := []uint64{0, 1, 2}
	for len(shapes) < 3<<shapeCacheBits/2 {
		shapes = append(shapes, rng.Uint64())
	}
	var s Scratch
	for round := 0; round < 6; round++ {
		m := models[round%2]
		sc := s.shapeCache(m)
		for n := 0; n < 4<<shapeCacheBits; n++ {
			p, c, q := shapes[rng.Intn(len(shapes))], shapes[rng.Intn(len(shapes))], shapes[rng.Intn(len(shapes))]
			if n%7 == 0 {
				p, c, q = shapes[n%3], shapes[n%3], shapes[n%3] // the zero and sentinel shapes
			}
			want := [3]int32{
				m.tab.place(f2(tShapePrevCur, p, c), m.Bits),
				m.tab.place(f2(tShapeCurNext, c, q), m.Bits),
				m.tab.place(f3(tShape3, p, c, q), m.Bits),
			}
			if got := *m.shapePlaces(sc, p, c, q); got != want {
				t.Fatalf("round %d: places of shapes %x %x %x = %v, want %v", round, p, c, q, got, want)
			}
		}
	}
}
