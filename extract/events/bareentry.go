package events

import (
	"strings"
	"unicode"
)

// maxCallWords bounds a live blog's stock call: "Team news is in.",
// "Here we go."
const maxCallWords = 4

// bareEntryLine reports whether s, the opening sentence of a live blog's
// entry, only heads the entry: a line of one or two words ("Half-time.",
// "Full time"), a bare exclamation ("GOAL!", "Red card!") or a short
// stock call that names no one ("Team news is in."). What happened is
// told by the sentence after it.
func bareEntryLine(s string) bool {
	t := strings.TrimSpace(s)
	words := strings.Fields(t)
	switch {
	case len(words) == 0:
		return false
	case len(words) <= 2:
		return true
	case strings.HasSuffix(t, "!") && len(words) <= 3:
		return true
	case len(words) > maxCallWords || strings.ContainsFunc(t, unicode.IsDigit):
		return false
	}
	for _, w := range words[1:] {
		if r := []rune(w); unicode.IsUpper(r[0]) {
			return false // "Ellery scores!": a name
		}
	}
	return true
}
