package events

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// Times that stand inside a phrase hanging on the report rather than in
// it: a condition ("expected by June, subject to Saturday's vote"), the
// start of a state in a relative clause ("payments for residents who
// have been displaced since Saturday"), a year naming a known document
// ("The 2019 recommendations were reviewed").

// conditionWindow bounds how many bytes before a time are read for the
// words that put it aside.
const conditionWindow = 80

// maxSinceRelWords bounds how many words a relative clause may hold
// between its pronoun and "since".
const maxSinceRelWords = 6

// conditionLead returns the last n lower-case words between the sentence
// start (or conditionWindow bytes back) and the time, after the last
// comma.
func conditionLead(low *lowText, sent doc.Span, t doc.Span, n int) []string {
	from := max(sent.Start, t.Start-conditionWindow)
	if i := commaSemicolonColonMarks.lastIn(low.text[from:t.Start]); i >= 0 {
		from += i + 1
	}
	return low.lastWordsOf(from, t.Start, n)
}

// conditionOnly reports whether the time at t is the object of "subject
// to": the day of a condition does not date what it conditions.
func conditionOnly(low *lowText, sent, t doc.Span) bool {
	ws := conditionLead(low, sent, t, 2)
	n := len(ws)
	return n >= 2 && ws[n-1] == "to" && ws[n-2] == "subject"
}

// relativeSince reports whether the time at t follows "since" in a
// relative clause on a noun of the sentence: "residents who have been
// displaced since Saturday". The day starts the state of the noun, not
// what the sentence reports of its subject.
func relativeSince(low *lowText, sent, t doc.Span) bool {
	// The words read below: "since" and the relative pronoun before it,
	// not the first word of the lead.
	ws := conditionLead(low, sent, t, maxSinceRelWords+2)
	n := len(ws)
	if n < 3 || ws[n-1] != "since" {
		return false
	}
	for k := n - 2; k >= 1 && n-1-k <= maxSinceRelWords; k-- {
		if ws[k] == "who" || ws[k] == "which" {
			return true
		}
	}
	return false
}

// documentNouns name a document or its advice, which a year before them
// labels: "the 2019 report", "the 2019 recommendations".
var documentNouns = toSet(`report reports recommendations recommendation findings review study audit warning warnings assessment advice proposals`)

// labelYear reports whether the year at t only labels a document after
// "the" and the document is the subject of a passive that tells what was
// later done with it: "The 2019 recommendations were reviewed", "the
// recommendations in the 2019 report were assessed". The year tells
// which document, not when it was reviewed.
func labelYear(text string, t timex.Expr) bool {
	if t.Precision != "year" || len(t.Text) != 4 || t.Start < 4 {
		return false
	}
	if strings.ToLower(text[t.Start-4:t.Start]) != "the " || t.Start > 4 && isASCIILetter(text[t.Start-5]) {
		return false
	}
	ws := lowerWords(text[t.End:min(len(text), t.End+40)])
	return len(ws) >= 3 && documentNouns[ws[0]] && (ws[1] == "was" || ws[1] == "were") && strings.HasSuffix(ws[2], "ed")
}

// yearSpan matches a span of years given by "between": "between 2016 and
// 2020".
var yearSpan = regexp.MustCompile(`(?i)\bbetween\s+(\d{4})\s+and\s+(\d{4})\b`)

// throughSpanEnd extends a summary that ends at the first year of a span
// given by "between" to the span's last year: the row of "consulted for
// the firm between 2016 and 2020" shows the whole span, not "between
// 2016".
func throughSpanEnd(text string, sum, t doc.Span) doc.Span {
	if sum.End != t.End || t.Start < len("between ") {
		return sum
	}
	lo, hi := t.Start-len("between "), min(len(text), t.End+len(" and 2020"))
	if lo >= hi || !hasFoldAt(text[lo:hi], 0, "between") {
		return sum // a match at lo opens with it, in any case (its letters fold to their ASCII capitals alone)
	}
	if m := yearSpan.FindStringSubmatchIndex(text[lo:hi]); m != nil && m[0] == 0 && lo+m[3] == t.End && text[lo+m[2]:lo+m[3]] < text[lo+m[4]:lo+m[5]] {
		return doc.Span{Start: sum.Start, End: lo + m[1]}
	}
	return sum
}
