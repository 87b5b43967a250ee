package model

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// AppendNorm appends w with typographic variants folded to the ASCII forms
// of the 1990s training text: curly quotes and apostrophes become straight,
// dashes become hyphens. Invalid bytes become U+FFFD.
func AppendNorm(dst []byte, w string) []byte {
	for _, r := range w {
		switch r {
		case '’', '‘', '`', '´', 'ʼ':
			r = '\''
		case '“', '”', '„', '«', '»':
			r = '"'
		case '—', '–', '‐', '‑', '−':
			r = '-'
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// appendLower appends the lower-case form of the normalised word w.
func appendLower(dst []byte, w []byte) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(w[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// appendShape appends the collapsed word shape: "Xx" for "Putin",
// "X.X." for "U.S.", "d-d-d" for "1996-08-22".
func appendShape(dst []byte, w []byte) []byte {
	var last byte
	for _, r := range string(w) {
		var c byte
		switch {
		case r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r):
			c = 'X'
		case r >= 'a' && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLetter(r):
			c = 'x'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '?'
		}
		if c != last {
			dst = append(dst, c)
			last = c
		}
	}
	return dst
}

// Word classes kept as bit flags per token.
const (
	flagInitCap = 1 << iota
	flagAllCaps
	flagHasDigit
	flagHasHyphen
	flagHasPeriod
	flagHasLetter
	flagAllDigit
	flagHasLower
)

func wordFlags(w []byte) uint8 {
	var f uint8
	first := true
	letters, uppers := 0, 0
	digits, n := 0, 0
	for _, r := range string(w) {
		n++
		switch {
		case unicode.IsUpper(r):
			letters++
			uppers++
			if first {
				f |= flagInitCap
			}
		case unicode.IsLetter(r):
			letters++
			f |= flagHasLower
		case r >= '0' && r <= '9':
			digits++
		case r == '-':
			f |= flagHasHyphen
		case r == '.':
			f |= flagHasPeriod
		}
		first = false
	}
	if letters > 0 {
		f |= flagHasLetter
	}
	if uppers > 0 && uppers == letters && letters > 1 || uppers == 1 && letters == 1 && n == 1 {
		f |= flagAllCaps
	}
	if digits > 0 {
		f |= flagHasDigit
		if digits == n {
			f |= flagAllDigit
		}
	}
	return f
}

// appendFolded appends the lower-case word l with its accents dropped, so
// that a place list in plain letters finds "São Paulo" and "Bogotá".
func appendFolded(dst, l []byte) []byte {
	for _, r := range norm.NFD.String(string(l)) {
		if !unicode.Is(unicode.Mn, r) {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}
