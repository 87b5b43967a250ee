package kb

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// textCover counts the groups of a search with a form in text, read as
// the index reads it (folded letters, no marks, any case): a form's words
// next to each other, a starred word as a prefix.
func textCover(text string, groups [][]form) int {
	words := indexWords(text)
	n := 0
	for _, g := range groups {
		if slices.ContainsFunc(g, func(f form) bool { return holdsPhrase(words, indexWords(f.text), strings.HasSuffix(f.text, "*")) }) {
			n++
		}
	}
	return n
}

// indexWords splits text into lower-case words without marks.
func indexWords(text string) []string {
	folded := strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return unicode.ToLower(r)
	}, norm.NFD.String(foldLetters(text)))
	return strings.FieldsFunc(folded, func(r rune) bool { return !wordRune(r) })
}

// holdsPhrase reports whether words hold phrase, its last word as a
// prefix when prefix is set.
func holdsPhrase(words, phrase []string, prefix bool) bool {
	if len(phrase) == 0 {
		return false
	}
	last := len(phrase) - 1
	for i := 0; i+len(phrase) <= len(words); i++ {
		if slices.Equal(words[i:i+last], phrase[:last]) &&
			(words[i+last] == phrase[last] || prefix && strings.HasPrefix(words[i+last], phrase[last])) {
			return true
		}
	}
	return false
}
