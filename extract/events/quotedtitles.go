package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleWords bounds the words of a quoted title.
const maxTitleWords = 6

// quotedTitlesOnly reports whether every quotation in s is closed and
// reads as a short title, capitalised and free of clause punctuation:
// `Lopez, whose "Night Train" was banned in 2019, said` quotes the name
// of a work, not a speaker's words, so the clause around it may be cut
// like any other.
func quotedTitlesOnly(s string) bool {
	s = strings.NewReplacer("“", "\"", "”", "\"").Replace(s)
	parts := strings.Split(s, "\"")
	if len(parts) < 3 || len(parts)%2 == 0 {
		return false
	}
	for i := 1; i < len(parts); i += 2 {
		q := parts[i]
		r, _ := utf8.DecodeRuneInString(q)
		if !unicode.IsUpper(r) || stopBangAskCommaSemicolonColonMarks.in(q) || len(strings.Fields(q)) > maxTitleWords {
			return false
		}
	}
	return true
}
