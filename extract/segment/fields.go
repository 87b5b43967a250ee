package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words of a line without the allocation of strings.Fields, for the rules
// that only read them: Split asks dozens of rules of every short line.

// spaceNormalized returns strings.Join(strings.Fields(s), " "): s itself,
// with no allocation, when its words already stand apart by one ASCII
// space with none at either end.
func spaceNormalized(s string) string {
	if isSpaceNormalized(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isSpaceNormalized reports whether s has no white space (as
// strings.Fields sees it) but single ASCII spaces between words.
func isSpaceNormalized(s string) bool {
	afterSpace := true // a space at the start would lead
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
	return len(s) == 0 || !afterSpace
}

// appendFields appends the words of strings.Fields(s) to dst, so that a
// caller may split a short line into an array of its own.
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

// lastField returns the last of strings.Fields(s), or "" if s is blank,
// without splitting the rest.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[i+size:]
	}
	return s
}
