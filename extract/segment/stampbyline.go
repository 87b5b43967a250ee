package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxStampedBylineWords bounds the writer's part of a byline that a bar
// sets apart from the page's stamp.
const maxStampedBylineWords = 8

// isStampedByline matches a byline whose writer, perhaps a team named
// with "the", a bar sets apart from a page stamp: "By the TravelSafe
// Advice team | Last updated Saturday 14 March 2026, 14:05". The part
// before the bar opens with "By" and holds only capitalised name words,
// "the" and a desk word after a name; the part after is a page stamp.
func isStampedByline(s string, n int) bool {
	if n > maxBarBylineWords {
		return false
	}
	before, after, ok := strings.Cut(strings.TrimSpace(s), " | ")
	if !ok || !isPageStamp(after, wordCount(after)) {
		return false
	}
	words := strings.Fields(before)
	if len(words) < 2 || len(words) > maxStampedBylineWords || !strings.EqualFold(words[0], "by") {
		return false
	}
	named := false
	for i, w := range words[1:] {
		lw := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case i == 0 && lw == "the":
		case named && deskWords[lw]:
		case unicode.IsUpper(r) && !strings.ContainsAny(w, ".,;:!?"):
			named = true
		case named && lw == "and":
		default:
			return false
		}
	}
	return named
}
