package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// countedMentions returns how many of an entity's mentions in text count
// toward what the article is about: all but those that only modify a
// word joined to them by a hyphen ("the UN-backed panel" is about the
// panel), though an entity keeps at least one.
func countedMentions(text string, ms []doc.Mention) int {
	n := 0
	for _, m := range ms {
		if !hyphenModifier(text, m.End) {
			n++
		}
	}
	return max(n, min(1, len(ms)))
}

// hyphenModifier reports a hyphen and a lower-case letter at offset end
// of text: the name before it modifies a participle or noun ("-backed",
// "-based").
func hyphenModifier(text string, end int) bool {
	if end < 0 || end >= len(text) || !strings.HasPrefix(text[end:], "-") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end+1:])
	return unicode.IsLower(r)
}
