package model

import (
	"math"
	"math/bits"
)

// Lookup structures built when a model is loaded. Tagging looks up every
// token in the word clusters (up to three spellings) and every token
// sequence of up to MaxGazLen tokens in the gazetteer; with Go maps these
// lookups cost as much as a fifth of tagging. The structures below answer
// exactly as the maps do, from hashes the analysis computes anyway.

// wordIndex maps words to their clusters by open addressing on the word
// hashes of the analysis (hashBytes), confirming a hit on the word itself.
// Entries sit in the slots, so that a probe reads one cache line.
type wordIndex struct {
	slots []wordEntry // n == 0 marks an empty slot
	shift uint        // slot of hash h: mix(h) >> shift
	text  []byte      // the words, end to end
}

type wordEntry struct {
	h   uint64
	off uint32 // the word is text[off : off+n]
	n   uint16
	c   uint16
}

// newWordIndex indexes clusters, or returns nil if it cannot hold them
// (it stores cluster numbers and word lengths in 16 bits, offsets in 32).
func newWordIndex(clusters map[string]uint32) *wordIndex {
	// At most two thirds of the slots are used, so probes stay short.
	n := len(clusters)
	b := uint(bits.Len(uint(n + n/2)))
	x := &wordIndex{slots: make([]wordEntry, 1<<b), shift: 64 - b}
	mask := uint64(len(x.slots) - 1)
	for w, c := range clusters {
		if w == "" || len(w) > math.MaxUint16 || c > math.MaxUint16 {
			return nil
		}
		h := hashBytes([]byte(w))
		i := mix(h) >> x.shift & mask
		for x.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = wordEntry{h: h, off: uint32(len(x.text)), n: uint16(len(w)), c: uint16(c)}
		x.text = append(x.text, w...)
		if len(x.text) > math.MaxUint32 {
			return nil
		}
	}
	return x
}

// lookup returns the cluster of word w, whose hashBytes is h.
// KnownWord reports whether the model's word clusters, learnt from
// unlabelled news, hold w as written: a lower-case w is a word the news
// writes in lower case ("station", "safety"), not only a name.
func (m *Model) KnownWord(w string) bool {
	b := []byte(w)
	if m.words != nil {
		_, ok := m.words.lookup(hashBytes(b), b)
		return ok
	}
	_, ok := m.Clusters[w]
	return ok
}

func (x *wordIndex) lookup(h uint64, w []byte) (uint32, bool) {
	mask := uint64(len(x.slots) - 1)
	for i := mix(h) >> x.shift & mask; ; i = (i + 1) & mask {
		e := &x.slots[i]
		if e.n == 0 {
			return 0, false
		}
		if e.h == h && string(x.text[e.off:e.off+uint32(e.n)]) == string(w) {
			return uint32(e.c), true
		}
	}
}

// keyFilter is a Bloom filter over well-mixed 64-bit keys that sets two
// bits of one 64-bit word a key: a clear bit proves a key absent, so
// most gazetteer misses never reach the map, and where both bits are set
// the lookup goes on to the map, which decides. With both bits in one
// word a lookup reads one cache line, as with one bit, and lets through
// about a fifth as many absent keys.
type keyFilter struct {
	bits  []uint64
	shift uint // word of key k: k >> shift
}

// newKeyFilter returns a filter of about 16 bits per key.
func newKeyFilter[V any](keys map[uint64]V) keyFilter {
	b := uint(bits.Len(uint(len(keys)))) + 4
	words := uint(0) // log2 of the number of words
	if b > 6 {
		words = b - 6
	}
	f := keyFilter{bits: make([]uint64, 1<<words), shift: 64 - words}
	for k := range keys {
		f.bits[k>>f.shift] |= keyBits(k)
	}
	return f
}

// keyBits returns the two bits of a key's word that mark it, taken from
// the key's low bits, which the word index (its top bits) leaves free.
func keyBits(k uint64) uint64 { return 1<<(k&63) | 1<<(k>>6&63) }

// mayHave reports false only for keys that are certainly absent. The zero
// filter lets every key through.
func (f keyFilter) mayHave(k uint64) bool {
	if f.bits == nil {
		return true
	}
	m := keyBits(k)
	return f.bits[k>>f.shift]&m == m
}
