package quotes

import (
	"unicode"
	"unicode/utf8"
)

// Helpers that read the runes around a byte offset. Offsets at or beyond
// the bounds read as rune 0, which counts as a space.

func prevRune(text string, i, lo int) rune {
	if i <= lo {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return r
}

func nextRune(text string, i, hi int) rune {
	if i >= hi {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}

func isSpaceRune(r rune) bool { return r == 0 || unicode.IsSpace(r) }

// asciiWordByte marks the ASCII bytes isWordRune accepts: letters and
// digits.
var asciiWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // ASCII has no other letters or digits
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '"', '”':
		return true
	}
	return false
}

func skipSpace(text string, i, hi int) int {
	for i < hi {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += w
	}
	return i
}

func trimRightSpace(text string, lo, hi int) int {
	for hi > lo {
		r, w := utf8.DecodeLastRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= w
	}
	return hi
}
