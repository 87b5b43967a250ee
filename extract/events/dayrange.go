package events

import (
	"regexp"
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// rangeOpen matches the word that opens a range of days just before its
// first day: "from 2 to 4 November", "between 3 and 5 March".
var rangeOpen = regexp.MustCompile(`(?i)\b(from|between)\s+$`)

// rangeJoin matches what joins the two days of a range after each opening
// word: "to", "until", "till" or "through", or a dash, after "from"; "and"
// after "between".
var rangeJoin = map[string]*regexp.Regexp{
	"from":    regexp.MustCompile(`^(?i)\s*(?:(?:to|until|till|through|thru)\s+|[-–—]\s*)$`),
	"between": regexp.MustCompile(`^(?i)\s+and\s+$`),
}

// maxRangeDays is the most days from the first day of a range to its last
// for the range to tell one event: "the hearing lasted from 2 to 4
// November" is one hearing; a range over months tells a period, not one
// event.
const maxRangeDays = 28

// rangeEndDay reports whether the day expression t ends a range of days in
// one clause whose first day dates the sentence (one of days, the
// sentence's days so far): "The hearing lasted three days, from 2 to 4
// November." and "talks between 3 and 5 March" tell one event, which its
// first day dates, not two. The days must be in order and within a few
// weeks. times are the article's expressions in text order.
func rangeEndDay(text string, sent doc.Span, t timex.Expr, times, days []timex.Expr) bool {
	if !isDay(t) || possessiveTime(text, t.Span) {
		return false
	}
	prev, ok := exprBefore(sent, t, times)
	if !ok || !isDay(prev) || !inDays(prev, days) {
		return false
	}
	open := rangeOpenBefore(text[sent.Start:prev.Start])
	if open == nil || !inLower(rangeJoin, open[1]).MatchString(text[prev.End:t.Start]) {
		return false
	}
	first, ok1 := dayOf(prev)
	last, ok2 := dayOf(t)
	return ok1 && ok2 && first.Before(last) && last.Sub(first) <= maxRangeDays*24*time.Hour
}

// rangeOpenBefore returns rangeOpen's match at the end of s. Only the
// white space ending s and the longest opening word with the byte before
// it (for \b) are read, so the cost does not grow with the sentence.
func rangeOpenBefore(s string) []string {
	body := len(strings.TrimRight(s, " \t\n\f\r")) // \s in a regexp
	return rangeOpen.FindStringSubmatch(s[max(0, body-len(" between")):])
}

// inDays reports whether e is one of the days days.
func inDays(e timex.Expr, days []timex.Expr) bool {
	for _, d := range days {
		if d.Span == e.Span {
			return true
		}
	}
	return false
}
