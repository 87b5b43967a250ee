package ner

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Many rules scan every token of a document for a trigger word, and most
// documents hold none of a rule's trigger words. The document's words
// are therefore hashed once, in lower case, into a bit set; a rule whose
// trigger words all miss the bit set certainly finds none of them and is
// skipped. A hit may be a false one, and the rule then runs as before.

// docWordBits sizes the bit set of a document's words: 8192 bits, of
// which a story of a few hundred distinct words sets a few per cent.
const docWordBits = 13

// wordBits is the bit set of the lower-case words of a document.
type wordBits [1 << docWordBits / 64]uint64

// lowerHash returns the hash of the lower-case form of w, as
// strings.ToLower gives it, without building that form when w is ASCII.
// The ASCII case hashes while it scans, and starts over on the first
// byte that is not ASCII.
func lowerHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return bytesHash(strings.ToLower(w))
		}
		h ^= uint32(asciiLower[c])
		h *= 16777619
	}
	return h
}

// asciiLower maps each ASCII byte to its lower case, without the branch
// on the letter's case that a word's mix of cases makes hard to predict.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = lowerASCII(byte(c))
	}
	return t
}()

// bytesHash is FNV-1a over the bytes of w.
func bytesHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// wordBitOf returns the number of the bit of the set that hash h marks.
func wordBitOf(h uint32) uint16 {
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return uint16(h & (1<<docWordBits - 1))
}

// wordBit returns the word of the set and the mask of the bit that hash h
// marks.
func wordBit(h uint32) (int, uint64) {
	b := wordBitOf(h)
	return int(b >> 6), 1 << (b & 63)
}

// add marks the word of hash h.
func (b *wordBits) add(h uint32) {
	i, m := wordBit(h)
	b[i] |= m
}

// has reports false when no word of hash h was added.
func (b *wordBits) has(h uint32) bool {
	i, m := wordBit(h)
	return b[i]&m != 0
}

// hasBit reports whether bit n (see wordBitOf) is set.
func (b *wordBits) hasBit(n uint16) bool {
	return b[n>>6]&(1<<(n&63)) != 0
}

// addWordBit adds to bits the bit that hash h marks, unless bits holds
// it already: the many words of a set that are their own lower-case form
// mark one bit for both hashes.
func addWordBit(bits []uint16, h uint32) []uint16 {
	n := wordBitOf(h)
	if slices.Contains(bits, n) {
		return bits
	}
	return append(bits, n)
}

// words returns the bit set of the document's words, built on first use.
func (dt *docTags) words() *wordBits {
	if !dt.wordsKnown {
		for k := range dt.toks {
			dt.wordSet.add(lowerHash(tokText(dt.text, dt.toks, k)))
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
	for _, n := range f.wordBits {
		if b.hasBit(n) {
			return true
		}
	}
	return false
}
