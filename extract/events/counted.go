package events

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// A stretch counted from a day the sentence has just given dates what it
// counts from: in "quit on the 2nd, two days after a private meeting
// with the prime minister" the meeting was on the day two days before
// the 2nd; in "arrived on Monday, a week before the summit" the summit
// is a week after the Monday.

// countAdverbs may stand between the day and the stretch counted from
// it: "died on Friday, just two days after".
var countAdverbs = map[string]bool{
	"just": true, "only": true, "barely": true, "some": true, "about": true, "nearly": true, "almost": true,
}

// withCountsFromDays returns times with each stretch of whole days or
// weeks counted from the day named just before it replaced by the day
// it reaches (countedFrom), unless another expression of the story
// names that day: "two days after a roof collapse sealed the main shaft"
// tells again what "The collapse happened overnight on Sunday" tells,
// and the sentence stays whole. A day an earlier count of the story has
// reached is named so too: after "on Tuesday, four days after a flood
// killed 30 people", the "two days after the flood" of "was found on
// Sunday, two days after the flood" tells the flood's day again, and the
// sentence is one act of the Sunday.
func withCountsFromDays(text string, sents []doc.Sentence, times []timex.Expr, published time.Time) []timex.Expr {
	named := map[string]bool{}
	for _, t := range times {
		if t.Precision == "day" && len(t.Value) >= 10 {
			named[t.Value[:10]] = true
		}
	}
	if len(times) == 0 {
		return nil
	}
	// Most articles count no day: times is copied only when one does.
	var out []timex.Expr
	for i, t := range times {
		if i > 0 && (i+1 == len(times) || !countsFromTime(t, times[i+1])) {
			if d, ok := countedFrom(text, sents, times[i-1], t, published); ok && !named[d.Value] {
				if out == nil {
					out = slices.Clone(times)
				}
				out[i] = d
				named[d.Value] = true
			}
		}
	}
	if out == nil {
		return slices.Clip(times)
	}
	return out
}

// countsFromTime reports whether the expression next stands right after
// the "after" or "before" that follows the stretch t: "two days after
// Christmas" counts from a time, not from something that happened.
func countsFromTime(t, next timex.Expr) bool {
	return next.Start <= t.End+len(" before ")
}

// countedFrom reads the stretch t ("two days", "a week") as the day
// it reaches from the day expression before it, when only a comma or an
// adverb of countAdverbs stands between them and "after" or "before"
// follows the stretch.
func countedFrom(text string, sents []doc.Sentence, day, t timex.Expr, published time.Time) (timex.Expr, bool) {
	n, unit, ok := wholeDuration(t)
	if !ok || t.Type != "DURATION" || unit != 'D' && unit != 'W' || day.Type != "DATE" || day.Precision != "day" || day.End > t.Start {
		return t, false
	}
	s, ok := sentenceOf(sents, t.Span)
	if !ok || !s.Contains(day.Span) || !countLink(text[day.End:t.Start]) {
		return t, false
	}
	rest := lowerWords(text[t.End:s.End])
	if len(rest) < 2 || rest[0] != "after" && rest[0] != "before" || enclosedCount(text[t.End:s.End]) || countedFromOccasionDay(text[t.End:s.End]) {
		return t, false
	}
	if (unit == 'W' || n > 2) && approximateCount(text[day.End:t.End]) {
		// "on Monday, almost two weeks after": a day or more either side.
		return t, false
	}
	d, err := time.Parse("2006-01-02", day.Value[:min(len(day.Value), 10)])
	if err != nil {
		return t, false
	}
	if unit == 'W' {
		n *= 7
	}
	if rest[0] == "after" {
		n = -n
	}
	d = d.AddDate(0, 0, n)
	t.Type, t.Value, t.Precision = "DATE", d.Format("2006-01-02"), "day"
	t.Future = !published.IsZero() && d.After(published)
	return t, true
}

// approximators make a stretch a rough one: "almost two weeks", "some
// ten days".
var approximators = map[string]bool{
	"almost": true, "nearly": true, "about": true, "some": true, "around": true, "roughly": true,
	"approximately": true, "over": true, "more": true, "less": true, "under": true, "least": true,
}

// approximateCount reports whether the words from a day to the end of
// the stretch counted from it make the stretch a rough one.
func approximateCount(s string) bool {
	return slices.ContainsFunc(lowerWords(s), func(w string) bool { return approximators[w] })
}

// countLink reports whether the text between a day and a stretch ties
// the stretch to the day: a comma, or an adverb of countAdverbs.
func countLink(between string) bool {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(between), ","))
	return rest == "" || inLower(countAdverbs, rest)
}

// countUnits are the units of a stretch counted from a day.
var countUnits = map[string]bool{"day": true, "days": true, "week": true, "weeks": true}

// maxCountWords is the most words of a stretch before its "after" or
// "before": "just two days", "a week".
const maxCountWords = 3

// countedPhrase reports whether a clause in lower case opens with a
// stretch counted from a day and has no verb before it: "two days after
// a private meeting with the prime minister".
func countedPhrase(clause string) bool {
	r, _ := utf8.DecodeRuneInString(clause)
	if !unicode.IsLower(r) {
		return false
	}
	ws := lowerWords(clause)
	for i := 1; i < len(ws) && i <= maxCountWords; i++ {
		if ws[i] == "after" || ws[i] == "before" {
			return countUnits[ws[i-1]]
		}
	}
	return false
}

// retoldWords is how many words a day's event told again by a count
// ("six days later") shares, in its sentence, with the event of the
// article dated to that day in its own words.
const retoldWords = 2

// withoutCountedRetold drops from the events of one article an event
// dated by a stretch counted to a later day ("The ship ran aground on
// June 23 ... and was refloated six days later") that tells again an
// event the article dates to that day in its own words, its sentence
// sharing retoldWords of that event's words ("The ship was refloated on
// Monday"): one act, one row.
func withoutCountedRetold(text string, sents []doc.Sentence, out []Event) []Event {
	// Most articles drop none: the events are copied from the first
	// dropped on.
	var kept []Event
	for i, e := range out {
		if !countedLater(text, e) || !slices.ContainsFunc(out, func(o Event) bool { return tellsAgain(text, sents, o, e) }) {
			if kept != nil {
				kept = append(kept, e)
			}
			continue
		}
		if kept == nil {
			kept = make([]Event, i, len(out))
			copy(kept, out[:i])
		}
	}
	if kept == nil {
		return slices.Clip(out)
	}
	return kept
}

// countedLater reports whether an event of a day is dated by a stretch
// counted forward: "six days later".
func countedLater(text string, e Event) bool {
	if e.Precision != "day" || e.Time.End > len(text) || e.Time.Start >= e.Time.End {
		return false
	}
	f := strings.Fields(strings.ToLower(text[e.Time.Start:e.Time.End]))
	return len(f) > 1 && f[len(f)-1] == "later"
}

// tellsAgain reports whether the event counted, dated by a stretch, tells
// again the event o of its day, dated otherwise.
func tellsAgain(text string, sents []doc.Sentence, o, counted Event) bool {
	if o.Date != counted.Date || o.Precision != "day" || o.Planned != counted.Planned || countedLater(text, o) {
		return false
	}
	s, ok := sentenceOf(sents, counted.Summary)
	if !ok || s.End > len(text) || inSentence(sents, o.Summary, s) {
		return false
	}
	words := contentWords(text[s.Start:s.End], counted.Time.Start-s.Start, counted.Time.End-s.Start)
	return overlapWords(o.Words, words) >= retoldWords
}

// inSentence reports whether the span sp lies in the sentence s: two
// events of one sentence are not told twice.
func inSentence(sents []doc.Sentence, sp doc.Span, s doc.Sentence) bool {
	o, ok := sentenceOf(sents, sp)
	return ok && o.Span == s.Span
}

// overlapWords counts the words of a found in b, each once.
func overlapWords(a, b []string) int {
	n := 0
	for i, w := range a {
		if !slices.Contains(a[:i], w) && slices.Contains(b, w) {
			n++
		}
	}
	return n
}
