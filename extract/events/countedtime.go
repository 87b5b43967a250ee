package events

import (
	"regexp"
	"strings"
)

// countedTimeLead ends the words before a time that counts how often
// something happened within it: "for the third time this month", "the
// 2nd time this year".
var countedTimeLead = regexp.MustCompile(`(?i)\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|umpteenth|nth)\s+time\s+$`)

// countedTime reports whether the time at start in text is the current
// period within which an ordinal counts the times something happened:
// "many of them for the third time this month" says how often, not when
// ("this month" would join the report to any other of the month's days).
func countedTime(text string, start int) bool {
	if !hasPrefixFold(text[start:], "this ") {
		return false // "for the first time last year" dates the first time
	}
	lo := max(0, start-40)
	lead := text[lo:start]
	if !strings.Contains(strings.ToLower(lead), "time") {
		return false
	}
	return countedTimeLead.MatchString(lead)
}

// hasPrefixFold reports whether s opens with prefix, in any case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
