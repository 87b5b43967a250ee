package identity

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// relationDenials are the words by which a sentence says that the person
// a surname names is not the other bearer of that surname: "Alvarez, who
// is not related to the fire chief", "Alvarez (no relation to the
// chief)".
var relationDenials = []string{"not related to ", "no relation to ", "unrelated to ", "no relation of "}

// maxDenialReach bounds how far after a surname the denial may come.
const maxDenialReach = 120

// notTheTitled returns which of bearers a bare surname at span means when
// the rest of its sentence denies it is the bearer holding a role ("who is
// not related to the fire chief"): the one bearer not named with that
// title, when exactly one bearer was. Otherwise nil.
func (l *lastNamed) notTheTitled(text string, span doc.Span, bearers []*articleEntity) *articleEntity {
	role := deniedRole(text, span.End)
	if role == "" {
		return nil
	}
	var titled, other *articleEntity
	for _, e := range bearers {
		switch {
		case !l.titles[e][role]:
			if other != nil {
				return nil
			}
			other = e
		case titled != nil:
			return nil
		default:
			titled = e
		}
	}
	if titled == nil {
		return nil
	}
	return other
}

// deniedRole finds a relation denial in the sentence after offset from and
// returns the last word of the role it names, lower case ("chief" of "not
// related to the fire chief"), or "".
func deniedRole(text string, from int) string {
	if from < 0 || from >= len(text) {
		return ""
	}
	rest := text[from:min(len(text), from+maxDenialReach)]
	if i := sentenceEnd(rest); i >= 0 {
		rest = rest[:i]
	}
	low := strings.ToLower(rest)
	for _, d := range relationDenials {
		if i := strings.Index(low, d); i >= 0 {
			return roleHeadOf(rest[i+len(d):])
		}
	}
	return ""
}

// sentenceEnd returns where the first sentence of s ends (a full stop,
// question or exclamation mark before a space, or a blank line), or -1.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "\n\n"):
			return i
		case (s[i] == '.' || s[i] == '?' || s[i] == '!') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n'):
			return i
		}
	}
	return -1
}

// roleHeadOf reads the phrase at the start of s up to its first
// punctuation ("the fire chief, said") and returns its last word when it
// is a lower-case role after "the" or a possessive: "chief". A name ("to
// Dana Alvarez") or anything else gives "".
func roleHeadOf(s string) string {
	if i := strings.IndexFunc(s, endsPhrase); i >= 0 {
		s = s[:i]
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || !roleDeterminer(ws[0]) {
		return ""
	}
	last := ws[len(ws)-1]
	if last != strings.ToLower(last) || !isRoleHead(last) {
		return ""
	}
	return last
}

// roleDeterminer reports whether a word opens a definite description of
// someone: "the", or a possessive ("the district's", "his").
func roleDeterminer(w string) bool {
	lw := strings.ToLower(w)
	return lw == "the" || lw == "his" || lw == "her" || lw == "their" || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")
}

// endsPhrase reports whether a character ends the words of a phrase: any
// but a letter, a space, a hyphen or an apostrophe.
func endsPhrase(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsSpace(r) && r != '-' && r != '\'' && r != '’'
}
