package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLabelWords bounds the words of a speaker's label that opens a line
// before a quotation ("CAPT (Reiner):", "Ms Lind:").
const maxLabelWords = 4

// labelledLine reports whether the text from the start of the line up to a
// quotation's opening mark at from is only a speaker's label and its colon,
// perhaps after a time stamp: `14:30:58 CAPT (Reiner): "…"`. A quotation
// so introduced is one turn of speech, kept in one sentence.
func labelledLine(text string, from int) bool {
	line := text[strings.LastIndexByte(text[:from], '\n')+1 : from]
	label, ok := strings.CutSuffix(strings.TrimRight(line, " "), ":")
	if !ok {
		return false
	}
	// More than maxLabelWords after an optional clock is no label, so
	// the first maxLabelWords+2 words decide.
	words := firstFieldsFunc(label, maxLabelWords+2, unicode.IsSpace)
	if len(words) > maxLabelWords+1 {
		return false
	}
	if len(words) > 0 && isClock(words[0]) {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > maxLabelWords {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "("))
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isClock reports whether w is a time of day in digits: "14:30", "14:30:58".
func isClock(w string) bool {
	parts := strings.Split(w, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if len(p) < 1 || len(p) > 2 || strings.TrimLeft(p, "0123456789") != "" {
			return false
		}
	}
	return true
}
