package ner

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// lowerBuf is room for the lower-case form of a word of up to 32 bytes.
type lowerBuf [32]byte

// lowerInto returns strings.ToLower(w). An ASCII word is returned as it
// is when it holds no capital, and otherwise lowered into buf when it
// fits, so that the capitalised words the rules lower most allocate
// nothing; other words go through strings.ToLower. The result may share
// buf's memory: it must not be kept (as a map key, say) nor outlive buf.
func lowerInto(buf *lowerBuf, w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return w
	}
	if len(w) > len(buf) {
		return strings.ToLower(w)
	}
	return unsafe.String(&buf[0], lowerBytes(buf, w))
}

// lowerBytes writes the lower-case form of w, a word of ASCII that fits
// buf, into buf and returns its length.
func lowerBytes(buf *lowerBuf, w string) int {
	b := buf[:len(w)]
	for i := range b {
		b[i] = asciiLower[w[i]]
	}
	return len(b)
}

// addLower puts strings.ToLower(w) into set, building that form on the
// heap only when set lacks it.
func addLower(set map[string]bool, buf *lowerBuf, w string) {
	if !set[lowerInto(buf, w)] {
		set[strings.ToLower(w)] = true
	}
}
