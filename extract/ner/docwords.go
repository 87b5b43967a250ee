package ner

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Many rules scan every token of a document for a trigger word, and most
// documents hold none of a rule's trigger words. The document's words
// are therefore hashed once, in lower case, into a bit set, where each
// word marks two bits; a rule whose trigger words all miss the bit set
// (one of their two bits is clear) certainly finds none of them and is
// skipped. A hit may be a false one, and the rule then runs as before: a
// word marks two bits so that a long story's words, which set one bit in
// ten or more, seldom hold both bits of a word they lack.

// docWordBits sizes the bit set of a document's words: 8192 bits, of
// which a story of a few hundred distinct words sets a few per cent.
const docWordBits = 13

// wordBits is the bit set of the lower-case words of a document.
type wordBits [1 << docWordBits / 64]uint64

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

// wordBitPair holds the numbers of the two bits of the set that one
// word marks.
type wordBitPair [2]uint16

// wordBitsOf returns the numbers of the two bits of the set that hash h
// marks: the low and the high bits of the mixed hash.
func wordBitsOf(h uint32) wordBitPair {
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return wordBitPair{uint16(h & (1<<docWordBits - 1)), uint16(h >> (32 - docWordBits))}
}

// add marks the word of hash h.
func (b *wordBits) add(h uint32) {
	p := wordBitsOf(h)
	b[p[0]>>6] |= 1 << (p[0] & 63)
	b[p[1]>>6] |= 1 << (p[1] & 63)
}

// has reports false when no word of hash h was added.
func (b *wordBits) has(h uint32) bool {
	return b.hasPair(wordBitsOf(h))
}

// hasPair reports whether both bits of p are set.
func (b *wordBits) hasPair(p wordBitPair) bool {
	return b[p[0]>>6]&(1<<(p[0]&63)) != 0 && b[p[1]>>6]&(1<<(p[1]&63)) != 0
}

// addWordBits adds to pairs the bits that hash h marks, unless pairs
// holds them already: the many words of a set that are their own
// lower-case form mark the same bits for both hashes.
func addWordBits(pairs []wordBitPair, h uint32) []wordBitPair {
	p := wordBitsOf(h)
	if slices.Contains(pairs, p) {
		return pairs
	}
	return append(pairs, p)
}

// words returns the bit set of the document's words, built on first use.
func (dt *docTags) words() *wordBits {
	if !dt.wordsKnown {
		for k := range dt.toks {
			dt.wordSet.add(lowerHashIn(dt.text, dt.toks[k].Start, dt.toks[k].End))
		}
		dt.wordsKnown = true
	}
	return &dt.wordSet
}

// mayHoldWord reports false when no token of the document is w in any
// case (as strings.EqualFold of ASCII, or strings.ToLower, match it).
func (dt *docTags) mayHoldWord(w string) bool {
	return dt.words().has(lowerHash(w))
}

// mayHoldAny reports false when no token of the document is a word of
// set, in any case: neither inSet nor lowerIn then accepts any token. A
// set that is not registered with fixedSet always may.
func (dt *docTags) mayHoldAny(set map[string]bool) bool {
	f := filterOf(set)
	if f == nil {
		return true
	}
	b := dt.words()
	for _, p := range f.wordBits {
		if b.hasPair(p) {
			return true
		}
	}
	return false
}
