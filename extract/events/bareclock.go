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
	i, ok := sentenceIndex(sents, t.Span)
	if !ok {
		return false
	}
	if lead := text[sents[i].Start:t.Start]; !presentSchedule(lead) {
		return eveningClock(t.Value) && pastClause(lead) && earlierDayTold(text, sents, times, t, published)
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

// pastClause reports whether the clause that lead ends tells what was
// done, in the past: "Officers were called to the property shortly
// after", "Firefighters arrived at"; not "The verdict is expected at",
// which the present or the future makes a plan.
func pastClause(lead string) bool {
	if i := commaSemicolonColonMarks.lastIn(lead); i >= 0 {
		lead = lead[i+1:]
	}
	past := false
	for _, w := range lowerWords(lead) {
		if presentOrFuture[w] {
			return false
		}
		past = past || w == "was" || w == "were" || w == "had" || irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
	}
	return past
}

// presentOrFuture are the auxiliaries of a clause told in the present
// or the future.
var presentOrFuture = toSet(`is are am will shall be has have`)

// earlierDayTold reports whether the article tells, before the bare
// clock time t and outside quotations, of a day before its publication
// and of the publication day only as the day a saying was made: in a
// report published on Thursday of "the body of a woman was found on
// Wednesday, police said on Thursday", "Officers were called to the
// property shortly after 11pm" is the night of the Wednesday or before
// it, not the publication day, which the clock time says nothing of.
// Such a time dates nothing rather than a wrong day. A day told of the
// publication day itself ("Polls closed on Thursday … at 10pm") keeps
// the clock time on it.
func earlierDayTold(text string, sents []doc.Sentence, times []timex.Expr, t timex.Expr, published time.Time) bool {
	pub := published.Format("2006-01-02")
	earlier := false
	for _, o := range times {
		if o.Start >= t.Start {
			break
		}
		if o.Precision != "day" || len(o.Value) < 10 || bareClock.MatchString(o.Text) {
			continue
		}
		i, ok := sentenceIndex(sents, o.Span)
		if !ok || insideQuotation(text, sents[i].Span, o.Span) {
			continue
		}
		switch d := o.Value[:10]; {
		case d == pub && !datesSaying(lowerWords(text[sents[i].Start:o.Start])):
			return false
		case d < pub:
			earlier = true
		}
	}
	return earlier
}

// eveningHour is the first hour of the evening: a past deed at a clock
// time from then on, in a report out that day, is mostly of the night
// before ("shortly after 11pm"), while one of the day ("rose 2 cents by
// midday") is the day's news.
const eveningHour = 18

// eveningClock reports whether v, a time's value ("2026-02-05T23:00"),
// is a clock time of the evening or the night before midnight.
func eveningClock(v string) bool {
	i := strings.IndexByte(v, 'T')
	if i < 0 || len(v) < i+3 {
		return false
	}
	h := v[i+1 : i+3]
	return h[0] >= '0' && h[0] <= '9' && h[1] >= '0' && h[1] <= '9' && int(h[0]-'0')*10+int(h[1]-'0') >= eveningHour
}
