package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// innerAnd reports whether w, the word at j before the capitalised run
// text[name:end], is an "and" or "&" inside one name: "the U.S. Food and
// Drug Administration", "Johnson & Johnson". An "and" joins a name when
// a capitalised word stands before it and at least two follow it, so
// "Britain and France" stays two names.
func innerAnd(text string, start, j int, w string, name, end int) bool {
	if name >= end || w != "and" && w != "&" {
		return false
	}
	if w == "and" && len(strings.Fields(text[name:end])) < 2 {
		return false
	}
	before := strings.TrimRight(text[start:j], " \t\n")
	k := spaceTabNewlineMarks.lastIn(before) + 1
	prev := before[k:]
	r, _ := utf8.DecodeRuneInString(prev)
	return prev != "" && unicode.IsUpper(r) && !inLower(stopWords, prev) && !inLower(leadWords, prev)
}
