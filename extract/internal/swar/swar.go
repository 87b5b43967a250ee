// Package swar reads text eight bytes at a time: the ASCII lowering and
// capital search that the extraction stages run over every sentence, and
// the other ASCII fast paths they share (a word lowered without
// allocation, a check that text is already space-normalized).
package swar

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// BytesOf has the byte 1 in each of a word's eight bytes.
const BytesOf = 0x0101010101010101

// Load64 reads the eight bytes of s from i as a little-endian word, in
// one load.
func Load64(s string, i int) uint64 {
	t := s[i : i+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// Capitals has the top bit set in each byte of x that is an ASCII
// capital, 'A' to 'Z', and no other bit: the bytes of x are compared with
// 'A' and 'Z' all at once, their top bits cleared so that no sum carries
// into the next byte, and bytes beyond ASCII are left out. Capitals(x)>>2
// is the 0x20 to add to each capital to lower it.
func Capitals(x uint64) uint64 {
	low7 := x &^ (0x80 * BytesOf)
	return (low7 + (0x80-'A')*BytesOf) &^ (low7 + (0x80-'Z'-1)*BytesOf) &^ x & (0x80 * BytesOf)
}

// LowerASCII returns s with its ASCII capitals lowered and every other
// byte kept (s itself when it holds no capital). It is strings.ToLower
// for ASCII text only.
func LowerASCII(s string) string {
	if i := FirstCapital(s); i < len(s) {
		return LowerFrom(s, i)
	}
	return s
}

// FirstCapital returns the index of the first ASCII capital of s, or
// len(s), looking at eight bytes at a time.
func FirstCapital(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if m := Capitals(Load64(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return i
		}
	}
	return len(s)
}

// LowerFrom returns s with its ASCII capitals lowered and every other
// byte kept, given that s[:i] holds none: eight bytes at a time, into one
// new string.
func LowerFrom(s string, i int) string {
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i+8 <= len(s); i += 8 {
		x := Load64(s, i)
		binary.LittleEndian.PutUint64(b[i:], x|Capitals(x)>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	// b is never written again: the string may share its memory, as
	// strings.Builder's does.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// WordBuf is room for the lower-case form of a word of up to 32 bytes.
type WordBuf [32]byte

// LowerWord returns strings.ToLower(w). An ASCII word is returned as it
// is when it holds no capital, and otherwise lowered into buf when it
// fits, so that lowering the capitalised words the rules look up
// allocates nothing; other words go through strings.ToLower. The result
// may share buf's memory: it must not be kept (as a map key, say) nor
// outlive buf.
func LowerWord(buf *WordBuf, w string) string {
	i := 0
	for ; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
		if 'A' <= c && c <= 'Z' {
			break
		}
	}
	if i == len(w) {
		return w
	}
	if len(w) > len(buf) {
		return strings.ToLower(w)
	}
	b := buf[:len(w)]
	copy(b, w[:i])
	for ; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(&buf[0], len(b))
}

// SpaceNormalized reports whether strings.Join(strings.Fields(s), " ")
// is s: s holds no white space (unicode.IsSpace) but single ASCII spaces
// between words, none at either end.
func SpaceNormalized(s string) bool {
	afterSpace := true // a space at the start would follow "nothing"
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if afterSpace {
					return false
				}
				afterSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				afterSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		afterSpace = false
		i += size
	}
	return s == "" || !afterSpace
}
