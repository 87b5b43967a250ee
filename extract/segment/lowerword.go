package segment

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// wordBuf is room for the lower-case form of a word of up to 32 bytes.
type wordBuf [32]byte

// lowerWord returns strings.ToLower(w). An ASCII word is returned as it
// is when it holds no capital, and otherwise lowered into buf when it
// fits, so that the capitalised first words of the lines the rules read
// allocate nothing; other words go through strings.ToLower. The result
// may share buf's memory: it must not be kept (as a map key, say) nor
// outlive buf.
func lowerWord(buf *wordBuf, w string) string {
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
	b := buf[:len(w)]
	for i := range b {
		b[i] = asciiLower(w[i])
	}
	return unsafe.String(&buf[0], len(b))
}
