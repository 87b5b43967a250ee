package segment

import (
	"regexp"
	"strings"
)

// providedField is a field crediting who supplied a page's text or
// pictures: "Transcript provided by the club", "Photos supplied by the
// council", "Courtesy of the organisers".
var providedField = regexp.MustCompile(`(?i)^(?:(?:transcript|text|video|audio|photos?|pictures?|images?)\s+)?(?:provided|supplied)\s+by\s+\S|^courtesy\s+of\s+\S`)

// maxProvidedWords bounds a credit field of a provided bar.
const maxProvidedWords = 8

// isProvidedBar reports whether a line of fields between bars or bullets
// holds a short field crediting who supplied the text: "Club media room
// | Monday 4 May 2026 | Transcript provided by the club" is the page's
// stamp, not a report.
func isProvidedBar(s string) bool {
	if !hasBarMark(s) || endsSentence(strings.TrimSpace(s)) {
		return false
	}
	fields := barFields(s, "|•·")
	if len(fields) < 2 {
		return false
	}
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if wordCount(f) <= maxProvidedWords && providedField.MatchString(f) {
			return true
		}
	}
	return false
}
