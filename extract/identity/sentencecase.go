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
	var candidates []string // the words of the mentions not of a person that open a sentence
	for i := range mentions {
		m := &mentions[i]
		o := opensAt(text, *m)
		opens = append(opens, o)
		if o && m.Type != doc.Person {
			candidates = append(candidates, m.Text)
		}
	}
	if len(candidates) == 0 {
		return mentions // nothing may drop
	}
	inner := innerWords(mentions, opens, candidates)
	// writtenLower reads the whole text, so each word is looked up once:
	// a long article opens many sentences with the same few words.
	var lower map[string]bool
	written := func(w string) bool {
		v, ok := lower[w]
		if !ok {
			v = writtenLower(text, w)
			lower = addKeyValue(lower, w, v)
		}
		return v
	}
	var out []doc.Mention
	for i, m := range mentions {
		drop := m.Type != doc.Person && opens[i] && !inner[m.Text] && written(m.Text)
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

// maxListedCandidates is how many candidate words innerWords compares one
// by one with every mention; more are looked up in a set of all.
const maxListedCandidates = 8

// innerWords returns the words some mention names inside a sentence (not
// opens[i]), of those of candidates at least: a few candidates are
// compared with each mention, rather than every mention's word put in a
// set.
func innerWords(mentions []doc.Mention, opens []bool, candidates []string) map[string]bool {
	var inner map[string]bool
	for i := range mentions {
		if opens[i] {
			continue
		}
		w := mentions[i].Text
		if len(candidates) > maxListedCandidates {
			inner = addKey(inner, w)
			continue
		}
		for _, c := range candidates {
			if w == c {
				inner = addKey(inner, w)
				break
			}
		}
	}
	return inner
}

// opensAt reports whether m is one capitalised word opening a sentence or
// a line of text.
func opensAt(text string, m doc.Mention) bool {
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
		return false
	}
	return allLetters(m.Text) && opensSentence(text[:m.Start])
}

// allLetters reports whether every rune of s is a letter: ASCII bytes
// are read one by one, and runes are decoded only from the first byte
// above ASCII on.
func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return !strings.ContainsFunc(s[i:], func(r rune) bool { return !unicode.IsLetter(r) })
		} else if !isLetterByte(c) {
			return false
		}
	}
	return true
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

// addKeyValue sets m[k] = v, making m on first use.
func addKeyValue(m map[string]bool, k string, v bool) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	m[k] = v
	return m
}
