package segment

import (
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

// toLower returns strings.ToLower(s). An ASCII line is copied in runs
// between its capitals rather than byte by byte.
func toLower(s string) string {
	upper := -1 // the first capital
	for i := 0; i < len(s); i++ {
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
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:upper])
	for i := upper; i < len(s); {
		b.WriteByte(s[i] + 'a' - 'A')
		i++
		j := i
		for j < len(s) && (s[j] < 'A' || s[j] > 'Z') {
			j++
		}
		b.WriteString(s[i:j])
		i = j
	}
	return b.String()
}
