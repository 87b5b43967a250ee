package extract

import (
	"regexp"
	"strings"
)

// noteGoesOn reports whether the sentence at start goes on a note that
// ended at noteEnd on the same line: "Correction: An earlier version of
// this story gave the wrong date. It also described …".
func noteGoesOn(text string, noteEnd, start int) bool {
	return noteEnd >= 0 && noteEnd <= start && start <= len(text) && !strings.Contains(text[noteEnd:start], "\n")
}

// maxDescribedAt bounds how far before a name its "as being based at"
// is looked for.
const maxDescribedAt = 60

// describedAtCue ends the words by which a note says where an earlier
// version placed someone: "described Dr Ana Reis as being based at (the)",
// "as working for", "as a researcher at".
var describedAtCue = regexp.MustCompile(`(?i)\bas\s+(?:being\s+)?(?:based|working|employed|(?:an?\s+)?\w+)\s+(?:at|for|with|of)(?:\s+the)?\s*$`)

// describedAt reports whether before, the text right before a name in a
// misstatement note, places someone at it by the earlier version's
// description, and no clause break comes between.
func describedAt(before string) bool {
	if !hasAsWord(before) {
		return false // every cue has the word "as"
	}
	if strings.ContainsAny(before, ";:") {
		before = before[strings.LastIndexAny(before, ";:")+1:]
	}
	return describedAtCue.MatchString(before)
}

// hasAsWord reports whether s has the word "as", in any case, followed by
// white space: the cheap test that describedAtCue needs to match at all.
func hasAsWord(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i]|0x20 != 'a' || s[i+1]|0x20 != 's' || (i > 0 && isWordByte(s[i-1])) {
			continue
		}
		if c := s[i+2]; c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			return true
		}
	}
	return false
}

// isWordByte reports whether c is an ASCII letter, digit or underscore, a
// byte of a word as the regexp \b sees it.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
