package model

// Three features of every scored token combine the shapes of the token
// and its neighbours: the shapes before and of the token, of the token and
// after it, and all three. Shapes are few ("Xx", "x", "d", ","), so the
// same three shapes stand together again and again, and a small
// direct-mapped cache of the places of the three features, by the three
// shapes, spares most tokens three hashings and three lookups in the
// table's bitmap. A cached place is the one computed the first time, so
// the cache changes nothing but speed.

const shapeCacheBits = 10 // 1024 entries of 40 bytes

type shapeCache struct {
	m    *Model // the model the places were found in
	ents [1 << shapeCacheBits]shapeEntry
}

// shapeEntry holds the places of the shape features of the shapes p, c
// and q. An entry whose places are all zero is taken for empty and
// filled again, so that the empty entries never answer for shapes that
// hash to zero.
type shapeEntry struct {
	p, c, q uint64
	places  [3]int32 // tShapePrevCur, tShapeCurNext, tShape3
}

// shapeCache returns the cache of shape places in m's table.
func (s *Scratch) shapeCache(m *Model) *shapeCache {
	if s.shapes == nil {
		s.shapes = new(shapeCache)
	}
	if s.shapes.m != m {
		clear(s.shapes.ents[:])
		s.shapes.m = m
	}
	return s.shapes
}

// shapePlaces returns the places in m's table of the features of the
// shapes p, c and q (before, of and after a token), as extractPlaces
// orders them.
func (m *Model) shapePlaces(sc *shapeCache, p, c, q uint64) *[3]int32 {
	e := &sc.ents[(p*0x9e3779b97f4a7c15^c*0xc2b2ae3d27d4eb4f^q*0x165667b19e3779f9)>>(64-shapeCacheBits)]
	if e.p == p && e.c == c && e.q == q && e.places != [3]int32{} {
		return &e.places
	}
	t, b := m.tab, m.Bits
	*e = shapeEntry{p: p, c: c, q: q, places: [3]int32{
		t.place(f2(tShapePrevCur, p, c), b),
		t.place(f2(tShapeCurNext, c, q), b),
		t.place(f3(tShape3, p, c, q), b),
	}}
	return &e.places
}
