package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// colonBefore reports whether the text before a quotation mark ends in a
// colon, spaces aside: the quotation is introduced ("he smiled: ‘…’").
func colonBefore(before string) bool {
	return strings.HasSuffix(strings.TrimRight(before, " "), ":")
}

// letterAt reports whether a letter starts text at i: a ’ before one is
// an apostrophe ("don’t"), not a closing mark.
func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// singleClosesParagraph reports whether a quotation in curly single marks
// open at the stop at i closes before limit with only spaces after it to
// the paragraph's end: the quotation a colon introduced ends the
// paragraph, and a stop inside it ends no sentence. So does one a speech
// verb introduces ("he said: ‘No. Never.’ Then he left."), wherever it
// closes; from is where its opening mark stands.
func singleClosesParagraph(text string, i, limit, end, from int) bool {
	for j := i; j < limit; {
		r, size := utf8.DecodeRuneInString(text[j:limit])
		switch {
		case r == '‘' || r == '“' || r == '"':
			return false
		case r == '’' && !letterAt(text, j+size):
			return hasWordBetween(text, i, j) && (strings.TrimSpace(text[j+size:end]) == "" || attributedBefore(text[:from]))
		}
		j += size
	}
	return false
}
