package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isAcronym reports whether s looks like an abbreviation of a name: two to
// six capital letters, optionally dotted (EU, NATO, U.S.).
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// acronymSkips are the linking words an acronym leaves out.
var acronymSkips = wordSet(`of the and for on in de du des la le & to`)

// acronymOf returns the initials of the capitalised words of a multi-word
// name ("North Atlantic Treaty Organization" → "NATO"), skipping linking
// words; "" for a one-word name.
func acronymOf(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) && r < utf8.RuneSelf:
			b.WriteRune(r)
		case acronymSkips[w]:
		default:
			return ""
		}
	}
	return b.String()
}
