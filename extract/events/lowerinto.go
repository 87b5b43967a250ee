package events

import (
	"encoding/binary"

	"newsbot/extract/internal/swar"
)

// lowerInto writes s into dst, which must be as long, with its ASCII
// capitals lowered and every other byte kept, eight bytes at a time, and
// reports whether s is all ASCII. The bytes it writes are those of
// asciiLower, so that a literal in lower case is in dst where hasFoldAt
// finds it in s.
func lowerInto(dst []byte, s string) ([]byte, bool) {
	dst = dst[:len(s)]
	var high uint64 // the bytes of s or-ed together
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load64(s, i)
		high |= x
		binary.LittleEndian.PutUint64(dst[i:], x|swar.Capitals(x)>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		high |= uint64(c)
		dst[i] = asciiLower(c)
	}
	return dst, high&(0x80*swar.BytesOf) == 0
}
