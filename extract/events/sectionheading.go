package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// maxSectionHeadingWords bounds a section heading inside a story.
const maxSectionHeadingWords = 8

// headingLinks are the short words a heading in title case leaves in
// lower case: "Outlook for the Year 2027".
var headingLinks = toSet(`a an the of for and or in on to at by with vs from`)

// sectionHeading reports whether the sentence sp, a line of its own past
// the story's first, is a section heading in title case with no verb:
// "Third Quarter 2026 Highlights", "Revised Fiscal 2027 Outlook". Its date
// names what the section covers and dates nothing. A headline in title
// case is a clause: a verb after its first word ("Company Cuts 2027
// Outlook", "Board Set to Meet in May") keeps it.
func sectionHeading(text string, sp doc.Span) bool {
	if sp.Start <= 0 || !headlineLine(text, sp) {
		return false
	}
	line := text[sp.Start:sp.End]
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > maxSectionHeadingWords || commaParensBarSlashMarks.in(line) {
		return false // "LONDON, March 3 (Reuters)" is a dateline
	}
	noun := false
	for i, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		r, _ := utf8.DecodeRuneInString(w)
		l := strings.ToLower(w)
		switch {
		case w == "" || unicode.IsDigit(r):
		case !unicode.IsUpper(r) && !headingLinks[w]:
			return false // prose, or a verb in lower case
		case lineVerbWords[l]:
			return false
		case i > 0 && i < len(words)-1 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") && len(l) > 5 ||
			strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !possessiveText(w)):
			return false // "Company Cuts 2027 Outlook"
		case !headingLinks[w] && !calendarNames[l]:
			noun = true
		}
	}
	return noun // "Tuesday 3 March 2026" is a date, no heading
}
