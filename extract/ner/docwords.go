package ner

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Many rules scan every token of a document for a trigger word, and most
// documents hold none of a rule's trigger words. Every word of every fixed
// set (see fixedSet) is therefore indexed by its hash, in lower case and
// as written, with the sets that hold it; a document's words are hashed
// once, in lower case, and looked up in that index, which marks the sets
// the document may hold a word of. A rule whose sets are all unmarked
// certainly finds none of their words and is skipped. A mark may be a
// false one (two words of the same hash), and the rule then runs as
// before.

// setHits holds one bit for each fixed set, by the set's number (see
// setFilter.id).
type setHits [1 << setFilterBits / 64]uint64

// lowerHash returns the hash of the lower-case form of w, as
// strings.ToLower gives it, without building that form when w is ASCII:
// the ASCII case lowers each block of eight bytes (see bytesHash) at once
// while it hashes, and starts over on a block that is not ASCII.
func lowerHash(w string) uint32 {
	h := hashSeed(w)
	s := w
	for len(s) >= 8 {
		v := load64(s)
		if v&highBits != 0 {
			return bytesHash(strings.ToLower(w))
		}
		h = hashBlock(h, lowerBlock(v))
		s = s[8:]
	}
	v := loadTail(s)
	if v&highBits != 0 {
		return bytesHash(strings.ToLower(w))
	}
	return hashEnd(hashBlock(h, lowerBlock(v)))
}

// lowerHashIn returns lowerHash(text[a:b]). A word of fewer than eight
// bytes with eight bytes of text from its start is read in one load of
// those bytes, of which the ones past the word are masked off: the rest
// of the hash is then the same as lowerHash's for one block.
func lowerHashIn(text string, a, b int) uint32 {
	n := b - a
	if n >= 8 || len(text)-a < 8 {
		return lowerHash(text[a:b])
	}
	v := load64(text[a:]) & (1<<(8*n) - 1)
	if v&highBits != 0 {
		return lowerHash(text[a:b])
	}
	return hashEnd(hashBlock(hashSeed(text[a:b]), lowerBlock(v)))
}

// bytesHash hashes the bytes of w in blocks of eight, the last block
// holding what is left (maybe nothing), each block read as a
// little-endian number: one multiplication per block rather than per
// byte, as most words fit one block.
func bytesHash(w string) uint32 {
	h := hashSeed(w)
	s := w
	for len(s) >= 8 {
		h = hashBlock(h, load64(s))
		s = s[8:]
	}
	return hashEnd(hashBlock(h, loadTail(s)))
}

// highBits holds the high bit of each byte of a block: a block of ASCII
// has none of them.
const highBits = 0x8080808080808080

// hashSeed starts the hash of w from its length, so that words that
// differ only in trailing NUL bytes hash apart.
func hashSeed(w string) uint64 { return 0x9e3779b97f4a7c15 ^ uint64(len(w)) }

// hashBlock mixes the block v into the hash h.
func hashBlock(h, v uint64) uint64 { return (h ^ v) * 0xff51afd7ed558ccd }

// hashEnd folds the hash into 32 bits that all depend on every block.
func hashEnd(h uint64) uint32 {
	h ^= h >> 29
	h *= 0xc4ceb9fe1a85ec53
	return uint32(h ^ h>>32)
}

// load64 reads the first eight bytes of s, which has as many or more, as
// a little-endian number.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// loadTail reads s, of fewer than eight bytes, as a little-endian number.
func loadTail(s string) uint64 {
	var v uint64
	for i := 0; i < len(s); i++ {
		v |= uint64(s[i]) << (8 * i)
	}
	return v
}

// lowerBlock lowers the ASCII capitals of a block of ASCII bytes: a byte
// gains 0x20 when it is at least 'A' and below 'Z'+1, which adding 0x3f
// and 0x25 to every byte (no byte overflows into the next, as all are
// below 0x80) tells by the high bit of each sum.
func lowerBlock(v uint64) uint64 {
	atLeastA := v + 0x3f3f3f3f3f3f3f3f
	aboveZ := v + 0x2525252525252525
	return v | (atLeastA&^aboveZ&highBits)>>2
}

// asciiLower maps each ASCII byte to its lower case, without the branch
// on the letter's case that a word's mix of cases makes hard to predict.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = lowerASCII(byte(c))
	}
	return t
}()

// words returns the fixed sets that the document's words may be words
// of, found on first use. Each indexed hash adds its sets once: most of
// a story's tokens that are words of sets are a few words ("the", "of")
// that several sets hold, so the index slots a document's words hit are
// marked, and a slot already marked adds nothing.
func (dt *docTags) words() *setHits {
	if !dt.wordsKnown {
		ix := fixedSetIndex()
		dt.slots = slices.Grow(dt.slots[:0], len(ix.slots)/64)[:len(ix.slots)/64]
		clear(dt.slots)
		// The hashes are found first, then looked up: with the two in
		// separate loops, the hashing of one token does not wait on the
		// lookup of the one before, whose outcome the processor cannot
		// predict.
		hs := slices.Grow(dt.hashes[:0], len(dt.toks))[:len(dt.toks)]
		for k, t := range dt.toks {
			hs[k] = lowerHashIn(dt.text, t.Start, t.End)
		}
		dt.hashes = hs
		for _, h := range hs {
			i, ok := ix.find(h)
			if !ok || dt.slots[i>>6]&(1<<(i&63)) != 0 {
				continue
			}
			dt.slots[i>>6] |= 1 << (i & 63)
			for _, id := range ix.setsAt(i) {
				dt.hits[id>>6] |= 1 << (id & 63)
			}
		}
		dt.wordsKnown = true
	}
	return &dt.hits
}

// mayHoldWord reports false when no token of the document is w in any
// case (as strings.EqualFold of ASCII, or strings.ToLower, match it). A
// word of a fixed set (see gateWords) is answered by the mark of its
// slot in the index; any other word by hashing the tokens again.
func (dt *docTags) mayHoldWord(w string) bool {
	dt.words()
	h := lowerHash(w)
	if i, ok := fixedSetIndex().find(h); ok {
		return dt.slots[i>>6]&(1<<(i&63)) != 0
	}
	for k := range dt.toks {
		if lowerHashIn(dt.text, dt.toks[k].Start, dt.toks[k].End) == h {
			return true
		}
	}
	return false
}

// gateWords are the words the rules ask mayHoldWord about, indexed as a
// fixed set so that each question is one test of a mark.
var gateWords = wordSet("survived bill act minister union")

// mayHoldAny reports false when no token of the document is a word of
// set, in any case: neither inSet nor lowerIn then accepts any token. A
// set that is not registered with fixedSet always may.
func (dt *docTags) mayHoldAny(set map[string]bool) bool {
	f := filterOf(set)
	if f == nil {
		return true
	}
	return dt.words()[f.id>>6]&(1<<(f.id&63)) != 0
}

// setWordHash is one hash of a word of the fixed set numbered set.
type setWordHash struct {
	hash uint32
	set  uint16
}

// setWordHashes holds the hashes of the words of every fixed set, as
// fixedSet registers them while the package's variables are initialised.
var setWordHashes []setWordHash

// setIndex finds the fixed sets that hold a word of a given hash: an
// open-addressed table of the hashes, each slot holding the numbers of
// its sets as a range of sets.
type setIndex struct {
	slots []setIndexSlot
	sets  []uint16
	bits  uint // the table has 1<<bits slots, at least 64
}

// setIndexSlot is one hash of the index and the range of its sets; n == 0
// marks a free slot. Eight bytes, so that the table of a few thousand
// words stays in a cache close to the processor.
type setIndexSlot struct {
	hash    uint32
	from, n uint16
}

var (
	setIndexOnce sync.Once
	theSetIndex  setIndex
)

// fixedSetIndex returns the index of the words of the fixed sets, built
// on first use, when every fixed set is registered.
func fixedSetIndex() *setIndex {
	setIndexOnce.Do(func() { theSetIndex = newSetIndex(setWordHashes) })
	return &theSetIndex
}

// newSetIndex indexes the sets of each hash of words.
func newSetIndex(words []setWordHash) setIndex {
	// Each hash and set packed in one number, so that sorting orders the
	// hashes and, within a hash, its sets.
	keys := make([]uint64, len(words))
	for i, w := range words {
		keys[i] = uint64(w.hash)<<16 | uint64(w.set)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	if len(keys) > math.MaxUint16 {
		panic("ner: too many words in the fixed word sets")
	}
	hashOf := func(i int) uint32 { return uint32(keys[i] >> 16) }
	distinct := 0
	for i := range keys {
		if i == 0 || hashOf(i) != hashOf(i-1) {
			distinct++
		}
	}
	// Half full or less, so that most looked-up words, which are in no
	// set, find a free slot at once or after a few.
	ix := setIndex{bits: 6}
	for 1<<ix.bits < 2*distinct {
		ix.bits++
	}
	ix.slots = make([]setIndexSlot, 1<<ix.bits)
	ix.sets = make([]uint16, 0, len(keys))
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && hashOf(j) == hashOf(i) {
			ix.sets = append(ix.sets, uint16(keys[j]))
			j++
		}
		k := ix.home(hashOf(i))
		for ix.slots[k].n != 0 {
			k = (k + 1) & (len(ix.slots) - 1)
		}
		ix.slots[k] = setIndexSlot{hash: hashOf(i), from: uint16(i), n: uint16(j - i)}
		i = j
	}
	return ix
}

// home returns the slot where the search for hash h starts.
func (ix *setIndex) home(h uint32) int {
	return int((h * 0x9e3779b1) >> (32 - ix.bits))
}

// find returns the slot of hash h, and false when no fixed set holds a
// word of that hash.
func (ix *setIndex) find(h uint32) (int, bool) {
	for k := ix.home(h); ; k = (k + 1) & (len(ix.slots) - 1) {
		switch sl := &ix.slots[k]; {
		case sl.n == 0:
			return 0, false
		case sl.hash == h:
			return k, true
		}
	}
}

// setsAt returns the numbers of the fixed sets of the hash in slot k.
func (ix *setIndex) setsAt(k int) []uint16 {
	sl := ix.slots[k]
	return ix.sets[sl.from : int(sl.from)+int(sl.n)]
}
