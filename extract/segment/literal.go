package segment

import (
	"math/bits"
	"newsbot/extract/internal/swar"
	"strings"
	"unicode/utf8"
)

// Split asks dozens of rules of every short line whether it holds one of
// their words. strings.Contains looks for a word's first byte, which in
// English text is often a common letter ("actual", "safe", "obligation"),
// and then compares at each of the many places it stands. contains looks
// for the word's rarest byte instead, and compares at far fewer places.

// byteCommonness ranks bytes by how often they stand in lower-case English
// news text, higher for more often: the space, then the letters from "e"
// to "z" among the digits and common punctuation. Every other byte ranks
// 0, the rarest.
var byteCommonness = func() [256]uint8 {
	var r [256]uint8
	const common = " etainsordlchump\nfgby.w,v01k2589x3-647\"'jqz/)(:;?"
	for i := 0; i < len(common); i++ {
		r[common[i]] = uint8(len(common) - i)
	}
	return r
}()

// shortText is the length of text up to which strings.Contains compares
// sub at each place with vector instructions (bytealg.MaxBruteForce on
// amd64), which is faster than looking for a byte first.
const shortText = 64

// contains reports whether sub is within s, as strings.Contains does.
func contains(s, sub string) bool {
	if len(s) <= shortText || len(sub) <= 1 {
		return strings.Contains(s, sub)
	}
	k := rarestByte(sub)
	c := sub[k]
	for off := k; off < len(s); {
		j := strings.IndexByte(s[off:], c)
		if j < 0 {
			return false
		}
		start := off + j - k
		if start+len(sub) > len(s) {
			return false
		}
		if s[start:start+len(sub)] == sub {
			return true
		}
		off += j + 1
	}
	return false
}

// rarestByte returns the index of the rarest byte of a non-empty sub (see
// byteCommonness), the first of the rarest.
func rarestByte(sub string) int {
	k := 0
	for i := 1; i < len(sub); i++ {
		if byteCommonness[sub[i]] < byteCommonness[sub[k]] {
			k = i
		}
	}
	return k
}

// toLower returns strings.ToLower(s). An ASCII line is read and lowered
// eight bytes at a time (see capitals).
func toLower(s string) string {
	upper := -1 // the first capital
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load64(s, i)
		if x&(0x80*swar.BytesOf) != 0 {
			return strings.ToLower(s)
		}
		if m := swar.Capitals(x); m != 0 && upper < 0 {
			upper = i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if upper < 0 && 'A' <= c && c <= 'Z' {
			upper = i
		}
	}
	if upper < 0 {
		return s
	}
	return swar.LowerFrom(s, upper)
}

// pairSet holds the pairs of adjacent bytes of a line, each pair hashed to
// one of 1024 bits by the low five bits of its two bytes. A word whose
// pairs are not all in the set is not in the line, which a rule learns in
// a few lookups instead of a scan of the line. The hash folds ASCII case
// ('A' and 'a' share their low five bits), and unrelated pairs may share
// a bit: a pair found in the set says only that the word may be there.
type pairSet [16]uint64

// pairBit returns the bit of the pair of bytes a, b, below 1024: its
// word is b>>6&15, which the compiler knows is within the set.
func pairBit(a, b byte) uint {
	return uint(a&31)<<5 | uint(b&31)
}

// add puts the adjacent byte pairs of s in the set.
func (p *pairSet) add(s string) {
	for i := 1; i < len(s); i++ {
		b := pairBit(s[i-1], s[i])
		p[b>>6&15] |= 1 << (b & 63)
	}
}

// mayContain reports whether sub may stand within the text the set was
// built from, or within any part of that text: false only when a pair of
// sub is missing. A sub of fewer than two bytes may always stand there.
func (p *pairSet) mayContain(sub string) bool {
	for i := 1; i < len(sub); i++ {
		b := pairBit(sub[i-1], sub[i])
		if p[b>>6&15]&(1<<(b&63)) == 0 {
			return false
		}
	}
	return true
}

// lowered is a line in lower case, or a part of it (trimmed of space,
// say), with the byte pairs of the whole lowered line, so that a rule
// asking whether it holds a word can often answer without scanning it.
// The rules take it by pointer: it stays on the caller's stack.
type lowered struct {
	text  string
	pairs pairSet
}

// lowerLine returns lower, a line in lower case, with its byte pairs.
// It is inlined, so that the record stays on the caller's stack.
func lowerLine(lower string) *lowered {
	l := &lowered{text: lower}
	l.pairs.add(lower)
	return l
}

// part returns t, which is a part of l.text, with the pairs of l: every
// pair of t is one of l.text's.
func (l *lowered) part(t string) *lowered {
	p := *l
	p.text = t
	return &p
}

// contains reports whether sub is within l.text, as strings.Contains does.
func (l *lowered) contains(sub string) bool {
	return l.pairs.mayContain(sub) && contains(l.text, sub)
}

// containsAny reports whether l.text holds any of subs.
func (l *lowered) containsAny(subs []string) bool {
	for _, sub := range subs {
		if l.contains(sub) {
			return true
		}
	}
	return false
}
