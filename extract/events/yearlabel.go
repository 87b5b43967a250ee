package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// maxLabelWords is the most words of a line's label before its year.
const maxLabelWords = 6

// yearLabel reports whether the bare year at t ends a short label that
// opens its line before a colon, naming the thing a page or section
// covers with its year: "Mayoral election 2026: live results as the
// count goes on", "Budget 2027: what changes for renters". The year
// names the occasion; it dates nothing the line reports.
func yearLabel(text string, t doc.Span) bool {
	y := text[t.Start:t.End]
	if len(y) != 4 || strings.Trim(y, "0123456789") != "" || t.Start < 2 || text[t.Start-1] != ' ' || t.End >= len(text) || text[t.End] != ':' {
		return false
	}
	label := text[strings.LastIndexByte(text[:t.Start], '\n')+1 : t.Start]
	ws := strings.Fields(label)
	if len(ws) == 0 || len(ws) > maxLabelWords || stopBangAskCommaSemicolonColonQuoteCurlyQuotesParensMarks.in(label) {
		return false
	}
	w := strings.ToLower(ws[len(ws)-1])
	r, _ := utf8.DecodeRuneInString(ws[0])
	return unicode.IsUpper(r) && !stopWords[w] && !calendarNames[w] && !seasons[w] && !asciiDigits.in(w)
}
