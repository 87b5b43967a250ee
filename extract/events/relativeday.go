package events

import (
	"regexp"
	"slices"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// bareDayPart matches an expression that is only a part of a day, with
// no day of its own: "the afternoon", "that evening".
var bareDayPart = regexp.MustCompile(`^(?i:(?:late |early )?(?:in |on |during )?(?:the|that) (?:morning|afternoon|evening|night))$`)

// withoutRelativeDays returns times without each part of a day that
// takes its day only from a day a relative clause set off by commas
// tells before it: in "Ana Voss, who conceded on May 2 but stays on as
// mayor, met the governor in the afternoon" the concession was on May
// 2, the meeting on a day the sentence does not give. The clause's own
// day then dates the subject and its clause alone (see relativeClause).
func withoutRelativeDays(text string, sents []doc.Sentence, times []timex.Expr) []timex.Expr {
	var drop []int
	for i, t := range times {
		if i == 0 || t.Type != "TIME" || len(t.Value) < 10 || !bareDayPart.MatchString(t.Text) {
			continue
		}
		s, ok := sentenceIndex(sents, t.Span)
		if !ok {
			continue
		}
		if o := times[i-1]; len(o.Value) >= 10 && o.Value[:10] == t.Value[:10] && sents[s].Start <= o.Start &&
			inRelativeAside(text[sents[s].Start:t.Start], o.Start-sents[s].Start, o.End-sents[s].Start) {
			drop = append(drop, i)
		}
	}
	if len(drop) == 0 {
		return times
	}
	out := slices.Clone(times)
	for k := len(drop) - 1; k >= 0; k-- {
		out = slices.Delete(out, drop[k], drop[k]+1)
	}
	return out
}

// inRelativeAside reports whether the stretch from start to end of lead
// lies inside a relative clause opened by a comma and "who" or "which"
// and closed by a comma before lead ends.
func inRelativeAside(lead string, start, end int) bool {
	before := lead[:start]
	open := max(strings.LastIndex(before, ", who "), strings.LastIndex(before, ", which "))
	if open < 0 || strings.Contains(before[open+1:], ",") {
		return false
	}
	return strings.Contains(lead[end:], ",")
}
