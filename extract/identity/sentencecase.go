package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// dropSentenceCase drops the one-word names that are capitalised only
// because they open a sentence: "Power company Coastline Energy said
// 350,000 customers had lost power" names no "Power". Every mention of the
// word must open a sentence and the article must write it in lower case
// elsewhere; a person's name is kept ("Hope said", beside "hope").
func dropSentenceCase(text string, mentions []doc.Mention) []doc.Mention {
	var buf [128]bool
	opens := buf[:0]
	if len(mentions) > len(buf) {
		opens = make([]bool, 0, len(mentions))
	}
	candidates := false // a mention not of a person opens a sentence
	for _, m := range mentions {
		o := opensAt(text, m)
		opens = append(opens, o)
		candidates = candidates || o && m.Type != doc.Person
	}
	if !candidates {
		return mentions // nothing may drop
	}
	var inner map[string]bool // words some mention names inside a sentence
	for i, m := range mentions {
		if !opens[i] {
			if inner == nil {
				inner = map[string]bool{}
			}
			inner[m.Text] = true
		}
	}
	var out []doc.Mention
	for i, m := range mentions {
		drop := m.Type != doc.Person && opens[i] && !inner[m.Text] && writtenLower(text, m.Text)
		if drop && out == nil {
			out = append(make([]doc.Mention, 0, len(mentions)), mentions[:i]...)
		}
		if !drop && out != nil {
			out = append(out, m)
		}
	}
	if out == nil {
		return mentions
	}
	return out
}

// opensAt reports whether m is one capitalised word opening a sentence or
// a line of text.
func opensAt(text string, m doc.Mention) bool {
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
		return false
	}
	return !strings.ContainsFunc(m.Text, func(r rune) bool { return !unicode.IsLetter(r) }) && opensSentence(text[:m.Start])
}

// writtenLower reports whether text holds word in lower case as a whole
// word: "power" for "Power".
func writtenLower(text, word string) bool {
	low := strings.ToLower(word)
	if low == word {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], low)
		if i < 0 {
			return false
		}
		s, e := from+i, from+i+len(low)
		if !isLetterBefore(text, s) && !letterAfter(text, e) {
			return true
		}
		from = e
	}
}

func letterAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && unicode.IsLetter(r)
}
