package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/kb"
)

// casedAsTyped keeps, of the rows a name typed with a capital found as a
// topic, those whose summary does not hold the name only in another case:
// "!timeline Post", for a paper of that name, is not "she said in a post
// on social media". A row whose summary does not hold the name at all (an
// event another of its reports names) is kept.
func casedAsTyped(rows []kb.TimelineRow, name string) []kb.TimelineRow {
	name = strings.TrimSpace(name)
	if name == strings.ToLower(name) {
		return rows
	}
	out := rows[:0:0]
	for _, r := range rows {
		if hasWord(r.Summary, name, false) || !hasWord(r.Summary, name, true) {
			out = append(out, r)
		}
	}
	return out
}

// endsNameOf reports whether typed is one word that ends name, a name of
// more words: the short name a paper goes by ("Post" for the Midlands
// Business Post), which is a word of the language as well.
func endsNameOf(typed, name string) bool {
	typed, words := strings.TrimSpace(typed), strings.Fields(name)
	return typed != "" && !strings.ContainsAny(typed, " \t") && len(words) > 1 && strings.EqualFold(words[len(words)-1], typed)
}

// hasWord reports whether s holds w as whole words (no letter or digit
// just before or after it), its case folded when fold is set.
func hasWord(s, w string, fold bool) bool {
	if fold {
		s, w = strings.ToLower(s), strings.ToLower(w)
	}
	for i := 0; w != "" && i <= len(s)-len(w); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(s) || !isWordRune(after)) {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[start:])
		i = start + n
	}
	return false
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
