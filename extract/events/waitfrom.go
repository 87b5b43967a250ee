package events

import (
	"sort"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// A wait does not always count from publication. One promised on a past
// day counts from the promise: "'Ten days ago they promised a government
// in ten days,' Zając said" reaches the day of publication, a deadline
// passed rather than a plan. A deadline "within" a stretch told after a
// later day counts from that day: "The swearing-in is set for Monday.
// The confidence vote must follow within 14 days" ends 14 days after
// Monday.

// promisePast are the past verbs of a promise whose object a wait may
// close without a "that": "promised a government in ten days".
var promisePast = map[string]bool{"promised": true, "pledged": true, "vowed": true, "undertook": true}

// maxWaitLead is the most bytes from the day a wait counts from to the
// wait, when both are in one sentence.
const maxWaitLead = leadWindow

// waitFromNamedDay returns the wait t (a duration that waitAhead reads
// as a date) counted from a day the text names before it rather than
// from publication, or t left a duration when the count from a past
// promise reaches no later day; ok is false when the wait counts from
// publication. prev are the article's expressions before t, in text
// order; only the last of them is read.
func waitFromNamedDay(text string, sents []doc.Sentence, prev []timex.Expr, t timex.Expr, published time.Time) (timex.Expr, bool) {
	if len(prev) == 0 {
		return t, false
	}
	s, ok := sentenceOf(sents, t.Span)
	if !ok {
		return t, false
	}
	p := prev[len(prev)-1]
	date, prec, _, ok := calendarDate(text, p)
	if !ok {
		return t, false
	}
	if p.Start >= s.Start && t.Start-p.End <= maxWaitLead && promisedOn(text, p, t) {
		if prec != "day" || !before(date, published) {
			return t, false
		}
		from, _ := time.Parse("2006-01-02", date)
		if d, ok := waitAhead(text, sents, t, from); ok && waitEnd(t, from).After(published) {
			return d, true
		}
		return t, true // the deadline of a past promise, no plan
	}
	if prec != "day" || !after(date, published) || !withinAfterDay(text, sents, s, p, t) {
		return t, false
	}
	from, _ := time.Parse("2006-01-02", date)
	if d, ok := waitAhead(text, sents, t, from); ok {
		return d, true
	}
	return t, true
}

// promisedOn reports whether a past promise verb stands between the day
// expression p and the wait t of its sentence: "Ten days ago they
// promised a government in ten days".
func promisedOn(text string, p, t timex.Expr) bool {
	for _, w := range lowerWords(text[p.End:t.Start]) {
		if promisePast[w] {
			return true
		}
	}
	return false
}

// withinAfterDay reports whether the wait t is a deadline "within" a
// stretch whose nearest time before it, p, stands earlier in its
// sentence s or in the sentence before, of one paragraph: "The
// swearing-in is set for Monday. The confidence vote must follow within
// 14 days". A stretch "within … of" something names its own start.
func withinAfterDay(text string, sents []doc.Sentence, s doc.Sentence, p, t timex.Expr) bool {
	ws := lowerWords(leadUp(text, s.Span, t.Span))
	if len(ws) == 0 || ws[len(ws)-1] != "within" || !deadlineWithin(text, s.Span, t, ws) || fromNow(t.Text) {
		return false
	}
	if p.Start >= s.Start {
		return true
	}
	i := sort.Search(len(sents), func(i int) bool { return sents[i].Start >= s.Start })
	if i == 0 {
		return false
	}
	ps := sents[i-1]
	return ps.Para == s.Para && !ps.Boilerplate && ps.Contains(p.Span)
}

// waitEnd returns the day a wait of whole units (wholeDuration) reaches
// from the day from.
func waitEnd(t timex.Expr, from time.Time) time.Time {
	n, unit, _ := wholeDuration(t)
	switch unit {
	case 'D':
		return from.AddDate(0, 0, n)
	case 'W':
		return from.AddDate(0, 0, 7*n)
	case 'M':
		return from.AddDate(0, n, 0)
	}
	return from.AddDate(n, 0, 0)
}

// fromNow reports whether a stretch counts from the present by its own
// words: "the next six months", "the coming weeks".
func fromNow(s string) bool {
	ws := lowerWords(s)
	return len(ws) > 1 && (ws[0] == "next" || ws[0] == "coming" || ws[0] == "the" && (ws[1] == "next" || ws[1] == "coming"))
}
