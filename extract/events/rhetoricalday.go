package events

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// contrastedDays reports whether the time t lies in a quotation of the
// sentence sent that sets the speaker's present against the future: a
// "tonight" or "today" and a "tomorrow" both quoted ("What we pass
// tonight, someone will exploit tomorrow."). Such a pair is a figure of
// speech, dating neither an act nor a plan; a sentence that dates what
// it reports outside its quotations is left to the other rules.
func contrastedDays(text string, sent doc.Span, t timex.Expr, times []timex.Expr) bool {
	if !isSpeakersDay(t.Text) || !insideQuotation(text, sent, t.Span) || datedOutsideQuotes(text, sent, times) {
		return false
	}
	var nows, laters []doc.Span
	for _, o := range times {
		if !sent.Contains(o.Span) || !insideQuotation(text, sent, o.Span) {
			continue
		}
		l := strings.ToLower(o.Text)
		if strings.Contains(l, "tonight") || strings.Contains(l, "today") {
			nows = append(nows, o.Span)
		}
		if strings.Contains(l, "tomorrow") {
			laters = append(laters, o.Span)
		}
	}
	for _, a := range nows {
		for _, b := range laters {
			if contrastPair(text, a, b) {
				return true
			}
		}
	}
	return false
}

// contrastPair reports whether two quoted days are set against each
// other: in one sentence of the quotation ("we pass tonight … exploit
// tomorrow"), or each opening a sentence of it ("Today we mourn.
// Tomorrow we rebuild."). In "The market was quiet today. Traders wait
// for the talks tomorrow" the second day is a plan of its own.
func contrastPair(text string, a, b doc.Span) bool {
	if b.Start < a.Start {
		a, b = b, a
	}
	if a.End > b.Start || b.End > len(text) {
		return false
	}
	if !stopBangAskMarks.in(text[a.End:b.Start]) {
		return true
	}
	return opensSentence(text, a.Start) && opensSentence(text, b.Start)
}

// opensSentence reports whether the word at i opens a sentence or a
// quotation: only a stop, a colon or an opening mark stands before it.
func opensSentence(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t\n")
	before = strings.TrimRight(before, "\"“'‘")
	before = strings.TrimRight(before, " \t\n")
	return before == "" || stopBangAskColonMarks.in(before[len(before)-1:])
}

// isSpeakersDay reports whether an expression names a day counted from
// the moment of speaking: "tonight", "today", "tomorrow".
func isSpeakersDay(s string) bool {
	if isASCII(s) {
		// Lower-casing ASCII keeps each byte where it is.
		return containsFold(s, "tonight") || containsFold(s, "today") || containsFold(s, "tomorrow")
	}
	l := strings.ToLower(s)
	return strings.Contains(l, "tonight") || strings.Contains(l, "today") || strings.Contains(l, "tomorrow")
}

// quotedThatDay reports whether the time t is a quoted "that day" (or
// "that night", "that morning") in a sentence dating nothing outside its
// quotations: the speaker points back at a day the text has dated for
// its own event ("A memorial is planned for 9 May. \"We will all be
// there that day,\" the mayor said."), and the quotation adds no event
// of that day.
func quotedThatDay(text string, sent doc.Span, t timex.Expr, times []timex.Expr) bool {
	// Each phrase opens with the word "that", whose letters lower-casing
	// makes of their ASCII capitals only (nonASCIILowers).
	if !containsFold(t.Text, "that") {
		return false
	}
	switch strings.ToLower(strings.Join(strings.Fields(t.Text), " ")) {
	case "that day", "that same day", "that night", "that morning", "that afternoon", "that evening":
	default:
		return false
	}
	return insideQuotation(text, sent, t.Span) && !datedOutsideQuotes(text, sent, times)
}
