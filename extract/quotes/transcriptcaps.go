package quotes

import (
	"strings"
	"unicode"
)

// capsLabelNames reports whether a transcript label written in capitals
// ("REED:", "JO REED:") names the person called name: the label is the
// full name or the surname in another case. A label of one letter ("A:",
// "Q:") names no one.
func capsLabelNames(label, name string) bool {
	if !allUpper(label) {
		return false
	}
	return strings.EqualFold(label, name) || strings.EqualFold(label, finalWord(name))
}

// allUpper reports whether s has at least two letters and none in lower
// case.
func allUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// maxStageDirection bounds the length of a stage direction in brackets.
const maxStageDirection = 30

// afterStageDirection steps over a stage direction in brackets that opens
// a transcript answer ("REED: (laughs) Not this year."): lower-case words
// that are no one's speech. It returns the offset in s where the words
// after it start, or i when none opens at i.
func afterStageDirection(s string, i int) int {
	if i >= len(s) || s[i] != '(' {
		return i
	}
	j := strings.IndexByte(s[i:min(len(s), i+maxStageDirection)], ')')
	if j < 2 {
		return i
	}
	inner := s[i+1 : i+j]
	for _, r := range inner {
		if !unicode.IsLower(r) && r != ' ' {
			return i
		}
	}
	k := i + j + 1
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k
}
