// Package wordfilter is a set of words that may answer yes for a word it
// does not hold, never no for one it does: one bit per word, at a hash
// of its length and its first, middle and last bytes, which costs a few
// instructions where a map lookup hashes the whole word and compares it.
// Put in front of a map of words, it spares most lookups of words the
// map lacks.
package wordfilter

// Filter is the set; its zero value holds no word.
type Filter [bits / 64]uint64

const (
	log  = 12
	bits = 1 << log
)

// Of returns the filter of the keys of m, which must not change after.
func Of[V any](m map[string]V) *Filter {
	f := new(Filter)
	for w := range m {
		if w != "" {
			b := bit(w)
			f[b/64] |= 1 << (b % 64)
		}
	}
	return f
}

// Union adds the words of o to f.
func (f *Filter) Union(o *Filter) {
	for i := range f {
		f[i] |= o[i]
	}
}

// bit hashes a non-empty word to a bit of a Filter.
func bit(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])<<16 ^ uint32(w[n-1])<<8 ^ uint32(w[n/2])
	return h * 0x85EBCA6B >> (32 - log)
}

// MayHold reports whether w may be in the set: false means it is not.
// The empty word is never held.
func (f *Filter) MayHold(w string) bool {
	if w == "" {
		return false
	}
	b := bit(w)
	return f[b/64]&(1<<(b%64)) != 0
}
