package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/internal/swar"
)

// Words of a line without the allocation of strings.Fields, for the rules
// that only read them: Split asks dozens of rules of every short line.

// spaceNormalized returns strings.Join(strings.Fields(s), " "): s itself,
// with no allocation, when its words already stand apart by one ASCII
// space with none at either end.
func spaceNormalized(s string) string {
	if swar.SpaceNormalized(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
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
