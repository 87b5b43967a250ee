package events

import (
	"regexp"
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// bareClock matches an expression that is only a clock time: "7am", "at
// about 6.40pm", "14:00 GMT", "midnight".
var bareClock = regexp.MustCompile(`^(?i:(?:at\s+)?(?:about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))?\s*)(?:\d{1,2}(?:[:.]\d{2})?\s*(?i:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?|(?i:noon|midday|midnight))$`)

// undatedClock reports whether the expression t is a bare clock time of
// a schedule told in the present that timex gave the publication day
// only for want of any other, in an article that tells of other days
// before it (outside quotations) but never of that one: "Polling
// stations open at 7am" in a preview of a later election day dates
// nothing. With no day told at all, a clock
// time is the publication day's, as in a wire report ("The lake rose to
// 3.2 metres at 4pm").
func undatedClock(text string, sents []doc.Sentence, times []timex.Expr, t timex.Expr, date string, published time.Time) bool {
	if published.IsZero() || t.Type != "TIME" || date != published.Format("2006-01-02") || !bareClock.MatchString(t.Text) {
		return false
	}
	if i, ok := sentenceIndex(sents, t.Span); !ok || !presentSchedule(text[sents[i].Start:t.Start]) {
		return false
	}
	other := false
	for _, o := range times {
		if o.Start >= t.Start {
			break
		}
		if o.Precision != "day" || len(o.Value) < 10 || bareClock.MatchString(o.Text) {
			continue
		}
		if i, ok := sentenceIndex(sents, o.Span); !ok || insideQuotation(text, sents[i].Span, o.Span) {
			continue
		}
		if o.Value[:10] == date {
			return false
		}
		other = true
	}
	return other
}

// presentSchedule reports whether the clause that lead ends tells a
// schedule in the present: a verb of a timetable ("open", "starts") and
// no verb in the past ("Polling stations open at", not "Futures rose
// by").
func presentSchedule(lead string) bool {
	if i := commaSemicolonColonMarks.lastIn(lead); i >= 0 {
		lead = lead[i+1:]
	}
	schedule := false
	for _, w := range lowerWords(lead) {
		if auxiliaries[w] || irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
		schedule = schedule || timex.IsScheduleVerb(w)
	}
	return schedule
}
