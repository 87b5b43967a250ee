package events

import (
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// reportedWaitDay returns the day a wait told in reported speech counts
// from: "Late on Thursday the envoy announced that the NVA would free 14
// hostages within two days" counts the two days from Thursday, the day
// of the announcement, not from publication. The day must be dated to
// the day before publication, stand before a past reporting verb whose
// "that" opens the clause of the wait, with no other time between.
func reportedWaitDay(text string, sents []doc.Sentence, times []timex.Expr, t timex.Expr, published time.Time) (time.Time, bool) {
	s, ok := sentenceOf(sents, t.Span)
	if !ok {
		return time.Time{}, false
	}
	day, ok := exprBefore(s.Span, t, times)
	if !ok || !isDay(day) {
		return time.Time{}, false
	}
	d, ok := dayOf(day)
	if !ok || !d.Before(published) {
		return time.Time{}, false
	}
	ws := lowerWords(text[day.End:t.Start])
	for i, w := range ws {
		if reportedPast[w] {
			return d, i+1 < len(ws) && ws[i+1] == "that"
		}
	}
	return time.Time{}, false
}
