package events

import (
	"regexp"
	"strings"
)

// placeDateline matches a wire dateline whose place is written in mixed
// case, with the filing date and the agency in brackets before the dash:
// "Port Elwin, Oct 23 (PA) - ", "Lagos, 4 March (NAN) — ".
var placeDateline = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*) \(\p{Lu}[\p{L}]{0,11}\) ?(?:-|–|—|--) `)

// placeDatelineEnd returns where a mixed-case wire dateline opening s
// ends, or 0: the filing place and date are no part of what happened.
func placeDatelineEnd(s string) int {
	if !mayOpenPlaceDateline(s) {
		return 0
	}
	if loc := placeDateline.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return 0
}

// mayOpenPlaceDateline reports whether s has the shape every match of
// placeDateline has, a cheap test before it: s opens with a capital
// (any ASCII first byte but A to Z opens no match), its first comma is
// the one after the place (no character of the place is a comma), a
// space follows it, then the date (a digit or the capital of a month),
// and a bracket opens after it.
func mayOpenPlaceDateline(s string) bool {
	if s == "" || s[0] < 0x80 && (s[0] < 'A' || s[0] > 'Z') {
		return false
	}
	i := strings.IndexByte(s, ',')
	if i <= 0 || i+2 >= len(s) || s[i+1] != ' ' || !strings.ContainsRune("0123456789JFMASOND", rune(s[i+2])) {
		return false
	}
	return strings.IndexByte(s[i+2:], '(') >= 0
}
