package segment

import (
	"strings"
	"unicode/utf8"
)

// The splitter asks of every stop inside a quotation what the few words
// around the quotation are. Those words are found by scanning out from
// the quotation only as far as they reach, never through the whole text
// before or after it: a long document with many quotations would
// otherwise be split in time quadratic in its length.

// lastFieldsFunc returns the last n of strings.FieldsFunc(s, sep), in
// order, reading s from its end only until n fields are complete. The
// cut is made just after a separator, so the fields are those FieldsFunc
// finds in the whole of s.
func lastFieldsFunc(s string, n int, sep func(rune) bool) []string {
	count, inField := 0, false
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if sep(r) {
			if inField && count == n {
				return strings.FieldsFunc(s[i:], sep)
			}
			inField = false
		} else if !inField {
			inField = true
			count++
		}
		i -= size
	}
	return strings.FieldsFunc(s, sep)
}

// firstFieldsFunc returns the first n of strings.FieldsFunc(s, sep),
// reading s only until the field after them starts.
func firstFieldsFunc(s string, n int, sep func(rune) bool) []string {
	count, inField := 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if sep(r) {
			inField = false
		} else if !inField {
			if count == n {
				return strings.FieldsFunc(s[:i], sep)
			}
			inField = true
			count++
		}
		i += size
	}
	return strings.FieldsFunc(s, sep)
}
