package events

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// maxAsWords is the most words between "as" and the expression of a
// description ("described as final in September").
const maxAsWords = 4

// describingVerbs are participles that, with "as", say what something was
// called or taken for: a description, not an act like "retired as chief
// executive in 2019".
var describingVerbs = toSet(`described hailed billed branded labelled labeled dismissed characterised
	characterized touted seen regarded viewed considered derided pitched portrayed presented welcomed
	criticised criticized condemned denounced`)

// describedAs reports whether the expression at t dates only a
// description of a noun in a sentence that an earlier expression already
// dates: in "faltered at a meeting on Tuesday, when the department tabled
// an offer barely above the award ministers had described as final in
// September", September is when the award was called final, not a second
// event. The expression closes a participle and "as" ("an offer described
// as final in September", "the deal hailed as historic in 2019") that
// follows its noun, or the subject of a relative clause on it, with no
// verb "be" before the participle: "was
// described as final in September" tells of its own.
func describedAs(low *lowText, sent, t doc.Span, dated []doc.Span) bool {
	text := low.text
	if !slices.ContainsFunc(dated, func(d doc.Span) bool { return d.End <= t.Start }) {
		return false
	}
	// A few words before the time are read, not the whole sentence.
	from := max(sent.Start, t.Start-leadWindow)
	for from > sent.Start && from < t.Start && text[from-1] != ' ' && text[from-1] != '\n' {
		from++
	}
	ws := low.wordSpans(from, t.Start)
	lw := func(i int) string { return strings.ToLower(text[ws[i].Start:ws[i].End]) }
	for a := len(ws) - 1; a >= 2 && len(ws)-1-a <= maxAsWords; a-- {
		if clauseMarks.in(text[ws[a].End:t.Start]) {
			return false
		}
		if lw(a) != "as" {
			continue
		}
		if !describingVerbs[lw(a-1)] {
			return false
		}
		prev := lw(a - 2)
		return !beForms[prev] && prev != "been" && prev != "being" && prev != "to" &&
			!commaSemicolonColonMarks.in(text[ws[a-2].End:ws[a-1].Start])
	}
	return false
}
