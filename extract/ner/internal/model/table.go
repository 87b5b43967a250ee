package model

import (
	"math/bits"
	"slices"
)

// table is the read-only form of the weight table that a loaded model
// tags with. Reading ~45 random rows per token is the tagger's main cost,
// and it is bound by cache misses, so the table is made small: the model
// file stores only the rows that carry weight (about a quarter of them),
// and they are kept packed together and found through a rank bitmap of
// one bit per row. A row that is not stored is all zeros and is skipped,
// which leaves every float sum exactly as the full table gives.
//
// Keeping the weights as the file's 16-bit integers would halve the table
// again, but converting and scaling them on every read costs more than
// the cache misses it saves.
type table struct {
	idx []rankWord // one per 64 rows of the full table
	// w holds the stored rows, NumTags weights each, in row order, and
	// after them one row of zeros that rows not stored read instead.
	w []float32
	// zero is the place of the row of zeros: len(w)/NumTags - 1.
	zero int32
}

// rankWord marks which of 64 consecutive rows are stored; base is the
// packed index of the first of them.
type rankWord struct {
	bits uint64
	base uint32
}

// newTable returns an empty table for a full table of 1<<b rows with
// room for n stored rows; rows must then be added in increasing order
// with add.
func newTable(b uint, n int) *table {
	return &table{idx: make([]rankWord, (1<<b+63)/64), w: make([]float32, NumTags, (n+1)*NumTags)}
}

// add stores row r (greater than any row added before) and returns its
// weights to fill in. The row takes the place of the zero row, which
// moves up.
func (t *table) add(r uint64) []float32 {
	k := len(t.w)/NumTags - 1
	rw := &t.idx[r/64]
	if rw.bits == 0 {
		rw.base = uint32(k)
	}
	rw.bits |= 1 << (r % 64)
	t.w = append(t.w, make([]float32, NumTags)...)
	t.zero = int32(len(t.w)/NumTags - 1)
	return t.w[k*NumTags : (k+1)*NumTags]
}

// lookup returns the weights of row r, or nil when the row is all zeros.
func (t *table) lookup(r int) []float32 {
	rw := t.idx[r/64]
	bit := uint64(1) << (r % 64)
	if rw.bits&bit == 0 {
		return nil
	}
	k := (int(rw.base) + bits.OnesCount64(rw.bits&(bit-1))) * NumTags
	return t.w[k : k+NumTags : k+NumTags]
}

// weight returns the weight of tag g in row r of the model, whichever
// form its table is in.
func (m *Model) weight(r, g int) float32 {
	if m.tab != nil {
		if w := m.tab.lookup(r); w != nil {
			return w[g]
		}
		return 0
	}
	return m.W[r*NumTags+g]
}

// emissions fills em with the tag scores of each token, summing its rows
// in feature order as the full table would. The rows are first resolved
// to their places in the packed table, all of them, and only then read:
// the bitmap and the weights each cost a cache miss, and with the two
// kinds of reads in separate loops the processor has many of them under
// way at once instead of waiting on each weight row for its bitmap word.
// ks is scratch space for the places and is returned, grown as needed.
func (t *table) emissions(em []float32, rows []int32, off []int, ks []int32) []int32 {
	ks = t.resolve(ks, rows)
	tw := t.w
	for i := 0; i+1 < len(off); i++ {
		e := (*[NumTags]float32)(em[i*NumTags : (i+1)*NumTags])
		*e = sumRows(tw, ks[off[i]:off[i+1]])
	}
	return ks
}

// resolve returns in ks the place in t.w of each row of rows: a row not
// stored reads the zero row, which leaves every sum as it was (a sum that
// starts at +0 is never -0), and spares the loop a branch that the
// processor cannot predict.
func (t *table) resolve(ks []int32, rows []int32) []int32 {
	ks = slices.Grow(ks[:0], len(rows))[:len(rows)]
	idx := t.idx
	zero := int32(len(t.w)/NumTags - 1)
	for j, r := range rows {
		rw := idx[r>>6]
		bit := uint64(1) << (r & 63)
		k := int32(rw.base) + int32(bits.OnesCount64(rw.bits&(bit-1)))
		// k if the row is stored, else zero, without a branch.
		stored := -int32(rw.bits >> (r & 63) & 1)
		ks[j] = zero ^ (k^zero)&stored
	}
	return ks
}

// sumRows returns the sums of the packed rows ks of tw, added in order.
// The sums are spelled out one variable per tag so that they stay in
// registers.
func sumRows(tw []float32, ks []int32) [NumTags]float32 {
	var s0, s1, s2, s3, s4, s5, s6, s7, s8 float32
	for _, k := range ks {
		k := int(k) * NumTags
		w := (*[NumTags]float32)(tw[k : k+NumTags])
		s0 += w[0]
		s1 += w[1]
		s2 += w[2]
		s3 += w[3]
		s4 += w[4]
		s5 += w[5]
		s6 += w[6]
		s7 += w[7]
		s8 += w[8]
	}
	return [NumTags]float32{s0, s1, s2, s3, s4, s5, s6, s7, s8}
}

// The unrolled sums above assume nine tags.
var _ = [1]int{}[NumTags-9]
