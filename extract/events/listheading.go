package events

import (
	"strings"

	"newsbot/extract/doc"
)

// maxListHeadingWords bounds the heading of a list.
const maxListHeadingWords = 10

// listItemMarks open the items of a list laid out one to a line.
var listItemMarks = []string{"- ", "• ", "* ", "– ", "— ", "1. ", "1) "}

// listHeading reports whether the sentence sp is the heading of a list
// that the lines after it set out, a noun phrase ending in a colon:
// "Actions taken since November 2024:" heads what was done, and its date
// bounds the list rather than dating an event. A clause with a verb of
// its own ("The trust said on Monday:", "Ministers agreed on Tuesday:")
// is no heading. The time at t may stand after "since", where a
// participle ("taken", "introduced") modifies the heading's noun.
func listHeading(text string, sp, t doc.Span) bool {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > 0 && text[sp.Start-1] != '\n' {
		return false
	}
	line := strings.TrimSpace(text[sp.Start:sp.End])
	if !strings.HasSuffix(line, ":") || !listFollows(text[sp.End:]) {
		return false
	}
	words := strings.Fields(line)
	if len(words) > maxListHeadingWords {
		return false
	}
	for _, w := range lowerWords(line) {
		if lineVerbWords[w] || reportedPast[w] || disclosing[w] {
			return false
		}
	}
	if verbless(words) {
		return true
	}
	before := lowerWords(text[sp.Start:t.Start])
	return len(before) > 0 && before[len(before)-1] == "since"
}

// listFollows reports whether the next line of rest opens a list item.
func listFollows(rest string) bool {
	rest = strings.TrimLeft(rest, "\r\n")
	for _, m := range listItemMarks {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}
