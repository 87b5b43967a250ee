package ner

import "unsafe"

// The rules test words against a few hundred fixed word sets, most of
// them many times per document, and most words are in none of the sets
// they are tested against. Each fixed set therefore carries a filter of
// the lengths and the first and last bytes of its words: a word whose
// length or end bytes no word of the set has is rejected without hashing
// it into the map. A set's filter is found from the set itself through a
// small table keyed by the set's identity; a set that is not registered
// (one built while tagging) has no filter and is always looked up.

// setFilter describes the words of one fixed set.
type setFilter struct {
	set         uintptr // the identity of the set's map; 0 marks a free slot
	lens        uint64  // bit n: a word of n bytes (63: of 63 bytes or more)
	first, last uint32  // bit c&31: a word whose first (last) byte is c
	id          uint16  // the set's number, below 1<<setFilterBits (see docTags.mayHoldAny)
}

// setFilterBits sizes the table of filters: twice the number of fixed
// sets or more, so that a set is found at its slot or a few after it.
const setFilterBits = 10

// setFilters holds the filter of every fixed set. It is filled while the
// package's variables are initialised and only read afterwards.
var setFilters [1 << setFilterBits]setFilter

// numFixedSets counts the fixed sets registered.
var numFixedSets int

// mapIdentity returns the identity of a map: the address of its header,
// which the map keeps for its lifetime, or 0 for a nil map.
func mapIdentity(m map[string]bool) uintptr {
	return uintptr(*(*unsafe.Pointer)(unsafe.Pointer(&m)))
}

// filterHome returns the slot of the table where the search for id
// starts.
func filterHome(id uintptr) int {
	return int(uint64(id) * 0x9e3779b97f4a7c15 >> (64 - setFilterBits))
}

// filterSlot returns the slot of the table where id is or would go.
func filterSlot(id uintptr) int {
	i := filterHome(id)
	for setFilters[i].set != 0 && setFilters[i].set != id {
		i = (i + 1) & (1<<setFilterBits - 1)
	}
	return i
}

// fixedSet registers set as a fixed word set, which must never change
// afterwards, and returns it. It is called while the package's variables
// are initialised: the index of the sets' words (see fixedSetIndex) is
// built on first use and holds only the sets registered by then.
func fixedSet(set map[string]bool) map[string]bool {
	id := mapIdentity(set)
	if id == 0 {
		return set
	}
	if numFixedSets == 1<<setFilterBits {
		panic("ner: too many fixed word sets")
	}
	f := setFilter{set: id, id: uint16(numFixedSets)}
	numFixedSets++
	for w := range set {
		f.lens |= 1 << min(len(w), 63)
		if w != "" {
			f.first |= 1 << (w[0] & 31)
			f.last |= 1 << (w[len(w)-1] & 31)
		}
		// Both forms, so that no case of ToLower's that fails to be
		// idempotent can hide a word.
		setWordHashes = append(setWordHashes, setWordHash{lowerHash(w), f.id}, setWordHash{bytesHash(w), f.id})
	}
	setFilters[filterSlot(id)] = f
	return set
}

// filterOf returns the filter of a fixed set, or nil. The table is
// sparse, so nearly every set sits in the slot where its search starts,
// and the search is one test of that slot.
func filterOf(set map[string]bool) *setFilter {
	id := mapIdentity(set)
	if id == 0 {
		return nil
	}
	for i := filterHome(id); ; i = (i + 1) & (1<<setFilterBits - 1) {
		switch f := &setFilters[i]; f.set {
		case id:
			return f
		case 0:
			return nil
		}
	}
}

// mayHold reports false for a word that the set certainly does not hold.
func (f *setFilter) mayHold(w string) bool {
	if w == "" {
		return f.lens&1 != 0
	}
	return f.admits(len(w), w[0], w[len(w)-1])
}

// mayHoldBytes is mayHold for a word held in a byte slice.
func (f *setFilter) mayHoldBytes(w []byte) bool {
	if len(w) == 0 {
		return f.lens&1 != 0
	}
	return f.admits(len(w), w[0], w[len(w)-1])
}

// mayEndWith reports false when the set certainly holds no word that
// opens with byte first and ends with byte last.
func (f *setFilter) mayEndWith(first, last byte) bool {
	return f.first&(1<<(first&31)) != 0 && f.last&(1<<(last&31)) != 0
}

// lowerASCII returns the lower-case form of an ASCII byte.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// admits reports false when the set certainly holds no word of n bytes,
// n > 0, that opens with byte first and ends with byte last.
func (f *setFilter) admits(n int, first, last byte) bool {
	return f.lens&(1<<min(n, 63)) != 0 && f.first&(1<<(first&31)) != 0 && f.last&(1<<(last&31)) != 0
}

// inSet reports whether set holds w, as set[w] does.
func inSet(set map[string]bool, w string) bool {
	if f := filterOf(set); f != nil && !f.mayHold(w) {
		return false
	}
	return set[w]
}
