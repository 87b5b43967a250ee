package events

import (
	"strings"

	"newsbot/extract/doc"
)

// maxReportedAfterWords bounds the words between "after" and the
// reporting verb: the subject of the report.
const maxReportedAfterWords = 8

// reportedAfter returns the part of the summary sum that tells a report
// ahead which a past act followed: in "Castellan Brands fell 1.9% after
// its chief executive, Roberto F. Lanza, said he would retire next year"
// next year dates the retirement, not the fall, so the row is "its chief
// executive, Roberto F. Lanza, said he would retire next year". The
// expression at t must follow a past reporting verb whose subject opens
// after "after", with a "would" or "will" between the verb and t.
func reportedAfter(low *lowText, sum, t doc.Span) (doc.Span, bool) {
	if !sum.Contains(t) {
		return doc.Span{}, false
	}
	text := low.text
	// Only the words shortly before the time are read: the verb and its
	// "after" stand there in any sentence this rule cuts.
	from := sum.Start
	if t.Start-leadWindow > from {
		from = t.Start - leadWindow
		for from < t.Start && text[from] != ' ' && text[from] != '\n' {
			from++
		}
	}
	ws := low.wordSpans(from, t.Start)
	lower := func(i int) string { return low.lowerOf(ws[i].Start, ws[i].End) }
	verb := -1
	for i := len(ws) - 1; i >= 0; i-- {
		if reportedPast[lower(i)] || lower(i) == "warned" {
			verb = i
			break
		}
	}
	if verb < 1 || beAfter[lower(verb-1)] {
		return doc.Span{}, false
	}
	ahead := false
	for i := verb + 1; i < len(ws); i++ {
		ahead = ahead || lower(i) == "would" || lower(i) == "will"
	}
	if !ahead {
		return doc.Span{}, false
	}
	for i := verb - 1; i >= 0 && verb-i <= maxReportedAfterWords; i-- {
		if lower(i) == "after" {
			// "after being told", "long after the close, the chairman
			// told": a passive or a subject cut by one comma is no
			// report's subject; "its chief executive, Roberto F. Lanza,
			// said" sets a name off with two.
			if i == 0 || i+1 >= verb || beAfter[lower(i+1)] || strings.Count(text[ws[i].End:ws[verb].Start], ",")%2 == 1 {
				return doc.Span{}, false
			}
			return doc.Span{Start: ws[i+1].Start, End: sum.End}, true
		}
	}
	return doc.Span{}, false
}

// beAfter are the words that make a reporting verb after them a passive
// or a participle: "after being told", "was told".
var beAfter = map[string]bool{"being": true, "having": true, "was": true, "were": true, "been": true, "is": true, "are": true}
