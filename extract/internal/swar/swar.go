// Package swar reads text eight bytes at a time: the ASCII lowering and
// capital search that the extraction stages run over every sentence.
package swar

import (
	"encoding/binary"
	"math/bits"
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
