package events

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// A wait counted from the day of publication ("The next race is in Baku
// in two weeks") is a duration to the time expressions, yet dates a plan:
// the day, week, month or year that many units after publication.

// maxRecordLead bounds how many words before the "in" a record word may
// stand and make the wait a stretch of the past: "the first rise in two
// years".
const maxRecordLead = 6

// withWaitsAhead returns times with each wait counted from publication
// ("in two weeks") in a clause that looks ahead replaced by the date it
// reaches.
func withWaitsAhead(text string, sents []doc.Sentence, times []timex.Expr, published time.Time) []timex.Expr {
	if published.IsZero() {
		return times
	}
	if len(times) == 0 {
		return nil
	}
	// Most articles tell no wait: times is copied only when one does.
	var out []timex.Expr
	for i, t := range times {
		if d, ok := waitAhead(text, sents, t, published); ok {
			if from, ok := reportedWaitDay(text, sents, times, t, published); ok {
				d, _ = waitAhead(text, sents, t, from)
			} else if w, ok := waitFromNamedDay(text, sents, times[:i], t, published); ok {
				d = w
			}
			if out == nil {
				out = slices.Clone(times)
			}
			out[i] = d
		}
	}
	if out == nil {
		return slices.Clip(times)
	}
	return out
}

// waitAhead reads one expression as a wait from publication: a duration
// of whole days, weeks, months or years right after "in", in a sentence
// that looks ahead with no modal of what may happen, and with no record
// word before it ("the first rise in two years" looks back).
func waitAhead(text string, sents []doc.Sentence, t timex.Expr, published time.Time) (timex.Expr, bool) {
	n, unit, ok := wholeDuration(t)
	if !ok || t.Type != "DURATION" || vagueWait(t) {
		return t, false
	}
	s, ok := sentenceOf(sents, t.Span)
	if !ok {
		return t, false
	}
	// Only a wait right after "in" or "within" is read further (below,
	// and deadlineWithin): the last word is read first, from the end.
	if last := lastLowerWords(text[s.Start:t.Start], 1); len(last) == 0 || last[0] != "in" && last[0] != "within" {
		return t, false
	}
	ws := lowerWords(text[s.Start:t.Start])
	sentence := text[s.Start:s.End]
	if len(ws) == 0 || ws[len(ws)-1] != "in" && !deadlineWithin(text, s.Span, t, ws) || !looksAhead(sentence) ||
		conditional(sentence) && !(ws[len(ws)-1] == "within" && reportsPlan(ws) && !maybe(sentence)) || perfectBefore(ws[:len(ws)-1]) {
		return t, false
	}
	if recordBefore(ws[:len(ws)-1]) || wideDeadline(ws, n, unit) {
		return t, false
	}
	t.Type, t.Future = "DATE", true
	t.Value, t.Precision = shifted(published, n, unit)
	return t, true
}

// recordBefore reports whether one of the last maxRecordLead words
// before a wait's "in" (ws) is a record word or a superlative after its
// determiner: "the first rise in two years", "becomes the youngest
// person to hold the post in four decades". Such a wait is a stretch
// looked back over, a duration, not a date ahead.
func recordBefore(ws []string) bool {
	for i := max(0, len(ws)-maxRecordLead); i < len(ws); i++ {
		if records[ws[i]] || i > 0 && superlativeDeterminers[ws[i-1]] && superlative(ws[i]) {
			return true
		}
	}
	return false
}

// superlativeDeterminers stand before a superlative adjective: "the
// youngest", "its heaviest", "their oldest".
var superlativeDeterminers = map[string]bool{"the": true, "its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true}

// notSuperlatives end in "est" after a determiner but compare nothing
// ("the latest talks in two weeks", "the interest", "the west").
var notSuperlatives = map[string]bool{
	"latest": true, "interest": true, "west": true, "rest": true, "test": true, "guest": true, "request": true,
	"protest": true, "contest": true, "quest": true, "arrest": true, "forest": true, "harvest": true, "chest": true,
	"nest": true, "crest": true, "behest": true, "conquest": true, "inquest": true, "manifest": true, "digest": true,
	"bequest": true, "unrest": true, "honest": true, "modest": true, "earnest": true, "midwest": true, "southwest": true,
	"northwest": true, "priest": true, "pest": true, "vest": true, "zest": true, "jest": true, "invest": true,
}

// superlative reports whether w is an adjective's superlative in "-est"
// ("youngest", "heaviest", "wettest"), as a word after a determiner.
func superlative(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlatives[w] && !strings.HasSuffix(w, "interest")
}

// maxPerfectLead bounds how many words before the "in" the auxiliary of
// a perfect may stand: "the best deal pilots have ever seen in a decade".
const maxPerfectLead = 3

// perfectAuxiliaries are the forms of "have" that make a perfect; "ve"
// and "haven" are what is left of "we've" and "haven't" split at the
// apostrophe.
var perfectAuxiliaries = map[string]bool{"have": true, "has": true, "had": true, "ve": true, "haven": true, "hasn": true, "hadn": true}

// perfectBefore reports whether the words before a wait's "in" end in a
// perfect that is not a future one ("have seen in a decade", not "will
// have finished in a year" nor "have agreed to meet in a week"): such a
// wait is a stretch looked back over up to the present.
func perfectBefore(ws []string) bool {
	for i := len(ws) - 1; i >= max(0, len(ws)-maxPerfectLead); i-- {
		switch {
		case ws[i] == "to":
			return false
		case perfectAuxiliaries[ws[i]]:
			return i == 0 || !futureWords[ws[i-1]] && ws[i-1] != "ll"
		}
	}
	return false
}

// conditionals are the modals of what may happen, not of a plan ("in
// such a manner that in one year, Russia would not come back"), and the
// words of a condition ("If we do nothing, we will be closing it anyway
// in three years").
var conditionals = map[string]bool{"would": true, "could": true, "might": true, "may": true, "should": true, "if": true, "unless": true}

// conditional reports whether a sentence holds a modal of what may
// happen.
func conditional(s string) bool {
	for _, w := range lowerWords(s) {
		if conditionals[w] {
			return true
		}
	}
	return false
}

// deadlineWithin reports whether a wait is a deadline counted from
// publication: "the report would be published within 30 days". One
// counted from something else ("within 30 days of the crash", "within
// a week of taking office") starts at a day the text may not give.
func deadlineWithin(text string, sent doc.Span, t timex.Expr, ws []string) bool {
	if ws[len(ws)-1] != "within" {
		return false
	}
	after := lowerWords(text[t.End:min(sent.End, t.End+8)])
	return len(after) == 0 || after[0] != "of" && after[0] != "from" && after[0] != "after"
}

// maybe reports a word of what may happen, or of a condition, other
// than the "would" of reported speech ("said the report would be
// published within 30 days").
func maybe(s string) bool {
	for _, w := range lowerWords(s) {
		if conditionals[w] && w != "would" {
			return true
		}
	}
	return false
}

// wholeDuration reads a duration value of whole units ("P2W") as its
// count and unit letter.
func wholeDuration(t timex.Expr) (int, byte, bool) {
	v, ok := strings.CutPrefix(t.Value, "P")
	if !ok || len(v) < 2 {
		return 0, 0, false
	}
	unit := v[len(v)-1]
	n, err := strconv.Atoi(v[:len(v)-1])
	if err != nil || n < 1 || !strings.ContainsRune("DWMY", rune(unit)) {
		return 0, 0, false
	}
	return n, unit, true
}

// shifted returns the value and precision of the time n units after
// published: a day, an ISO week (dated like "next week"), a month or a
// year.
func shifted(published time.Time, n int, unit byte) (string, string) {
	switch unit {
	case 'D':
		return published.AddDate(0, 0, n).Format("2006-01-02"), "day"
	case 'W':
		y, w := published.AddDate(0, 0, 7*n).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w), ""
	case 'M':
		return published.AddDate(0, n, 0).Format("2006-01"), "month"
	}
	return published.AddDate(n, 0, 0).Format("2006"), "year"
}
