package timex

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Normalisers for expressions that count from the date the text last
// named rather than from publication: "that day", "the next day", "Oct.
// 12, the day before the crash", and the report's bare "the week".

// theWeek reads a bare "the week" of a report ("for the week, the index
// fell", "the week's most active session") as a week of the year in
// question whose number the text leaves open, as TimeML annotators do.
func theWeek(f *finder, m *match) (result, bool) {
	rest := m.s[m.idx[1]:]
	if m.after() == '-' {
		return result{}, false // "the week-long strike"
	}
	if w, ok := firstWord(rest); ok && strings.TrimSpace(rest[:w.start]) == "" {
		switch w.text {
		case "of", "beginning", "starting", "ended", "ending", "before", "after", "ago", "earlier", "later", "in", "when":
			// "the week of March 6" is read with its day; "the
			// week before" counts from an event.
			return result{}, false
		}
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	y := f.ref.Year()
	if a, _ := f.anchorBefore(m.idx[0]); !a.IsZero() {
		y = a.Year()
	}
	return result{typ: "DATE", value: fmt.Sprintf("%04d-WXX", y)}, true
}

func anaphoric(f *finder, m *match) (result, bool) {
	w := strings.Join(strings.Fields(m.lower("w")), " ")
	if r, ok := f.appositiveDay(m, w); ok {
		return r, true
	}
	if f.countsFromEvent(m, w) || bareEventAfter(m, w) {
		return result{}, false
	}
	a, prec := f.anchorBefore(m.idx[0])
	if f.hasRef && !a.Before(f.ref) && dayBeforeEvent(m, w) {
		return result{}, false
	}
	distal := distalDay(w)
	if distal && f.ownDayBefore(m.idx[0]) {
		// "that night" points away from the writer's day: neither a
		// dateline stamp nor "today" is the day it names.
		return result{}, false
	}
	if f.hasRef && a.After(f.ref) && m.clauseTense() == past {
		// A clause in the past cannot count from a day still ahead: "The
		// first doses will be given from June 15. … The agency approved
		// the vaccine the previous day" counts from publication. "That
		// night" names no night but one the text has told of.
		if distal {
			return result{}, false
		}
		a, prec = midnight(f.ref), "day"
		if inTheDay(w) && !f.pastDay.IsZero() {
			// "Earlier in the day, the jury heard from …" after a
			// day still ahead named in passing: the day of the
			// narrative is the last past day told.
			a = f.pastDay
		}
	}
	if a.IsZero() {
		return result{}, false
	}
	switch {
	case strings.HasSuffix(w, "year"):
		return result{typ: "DATE", value: yearValue(a.Year())}, true
	case strings.HasSuffix(w, "month"):
		if prec == "year" {
			return result{}, false
		}
		return result{typ: "DATE", value: monthValue(a)}, true
	case strings.HasSuffix(w, "week"):
		if prec != "day" {
			return result{}, false
		}
		return result{typ: "DATE", value: weekValue(a)}, true
	}
	if prec != "day" && strings.Contains(w, "same ") && m.clauseTense() == past && !sameDefined(m) && f.lastDayWithin(a, prec) {
		// "on Tuesday … at second reading earlier this month … later
		// the same evening": what was done the same day was done on
		// the last day told, not on a day of the month named since.
		a, prec = f.lastDay, "day"
	}
	if prec == "month" && (w == "that day" || w == "that same day" || w == "the same day") && m.clauseTense() == past {
		// "killed last October … crossed out that same day": a day of
		// the month named, which the text does not give. Only a past
		// clause tells of one day ("you get strong redemptions that
		// day" is any day).
		return result{typ: "DATE", value: monthValue(a) + "-XX"}, true
	}
	if prec != "day" {
		return result{}, false
	}
	if r, ok := sameDayPart(w, a); ok {
		return r, true
	}
	if countsFromAnchor(w) && f.undatedDayBefore(m.s, m.idx[0]) {
		// "fell 9% on the day of the explosion and 18% the following
		// day": the day counts from one the text does not date.
		return result{}, false
	}
	switch w {
	case "the next day", "the following day", "the day after":
		a = a.AddDate(0, 0, 1)
	case "the day before", "the previous day":
		a = a.AddDate(0, 0, -1)
	case "the next morning", "the next afternoon", "the next evening", "the next night",
		"the following morning", "the following afternoon", "the following evening", "the following night":
		// The day after, as TimeML annotators date "appeared in court
		// the next morning".
		a = a.AddDate(0, 0, 1)
	case "that afternoon":
		return result{typ: "TIME", value: dayValue(a) + "TAF"}, true
	case "that night":
		return result{typ: "TIME", value: dayValue(a) + "TNI"}, true
	case "that morning":
		return result{typ: "TIME", value: dayValue(a) + "TMO"}, true
	case "that evening":
		return result{typ: "TIME", value: dayValue(a) + "TEV"}, true
	}
	return result{typ: "DATE", value: dayValue(a)}, true
}

// appositiveDay reads "Oct. 12, the day before the crash" as Oct. 12:
// after a date and a comma, "the day before" an event restates the date
// it follows rather than naming the day before it.
func (f *finder) appositiveDay(m *match, w string) (result, bool) {
	if w != "the day before" && w != "the day after" {
		return result{}, false
	}
	rest := m.s[m.idx[1]:]
	if w, ok := firstWord(rest); !ok || strings.TrimSpace(rest[:w.start]) != "" {
		return result{}, false // "the day before." is the previous day
	}
	head := strings.TrimRight(m.s[:m.idx[0]], " ")
	if !strings.HasSuffix(head, ",") {
		return result{}, false
	}
	comma := len(head) - 1
	for i := len(f.cur) - 1; i >= 0 && i >= len(f.cur)-64; i-- {
		c := f.cur[i]
		if c.end == comma && precisionOf(c.value) == "day" && len(c.value) == 10 {
			day := strings.Index(strings.ToLower(m.s[m.idx[0]:]), "day") + 3
			return result{typ: "DATE", value: c.value, span: []int{m.idx[0], m.idx[0] + day}}, true
		}
	}
	return result{}, false
}

// untilThen reads the "then" of "until then", "by then" as the day or
// month the text has just named, in its sentence or the one before
// (see anchorNear):
// "The rights terminate on Nov. 30. Until then, the stock remains
// convertible."
func untilThen(f *finder, m *match) (result, bool) {
	w := m.span("w")
	a, prec := f.anchorBefore(m.idx[0])
	if a.IsZero() || !f.anchorNear(m) {
		return result{}, false
	}
	switch prec {
	case "day":
		return result{typ: "DATE", value: dayValue(a), span: w}, true
	case "month":
		return result{typ: "DATE", value: monthValue(a), span: w}, true
	}
	return result{}, false
}

// namedInSentence reports whether the current sentence named a date
// before offset pos.
func (f *finder) namedInSentence(pos int) bool {
	for _, c := range f.cur {
		if c.end <= pos && precisionOf(c.value) != "" {
			return true
		}
	}
	return false
}

// partOfAnchorDay reads "in the morning" of a clause in the past as the
// morning of the day the text has just named: "Hopes were dashed
// Friday. Dealers placed heavy buy orders in the morning". In the
// present ("he jogs in the morning") or ahead it names no day.
func partOfAnchorDay(f *finder, m *match) (result, bool) {
	if !f.hasRef || m.clauseTense() != past {
		return result{}, false
	}
	a, prec := f.anchorBefore(m.idx[0])
	if a.IsZero() || prec != "day" || !f.anchorNear(m) {
		return result{}, false
	}
	return result{typ: "TIME", value: dayValue(a) + "T" + dayParts[m.lower("part")], span: m.span("w")}, true
}

// narrativeDay returns the day the text has just named, in the sentence
// of m or the one before it (see anchorNear), when it lies before
// publication: the day a report of past events stands on.
func (f *finder) narrativeDay(m *match) (time.Time, bool) {
	a, prec := f.anchorBefore(m.idx[0])
	if a.IsZero() || prec != "day" || !a.Before(midnight(f.ref)) {
		return time.Time{}, false
	}
	return a, f.anchorNear(m)
}

// anchorNear reports whether the date anaphora count from was named in
// the sentence of m or in the one before it, which must end as a
// sentence does: a headline ("Museum to reopen on Friday") sets no day
// for the body below it.
func (f *finder) anchorNear(m *match) bool {
	if f.namedInSentence(m.idx[0]) {
		return true
	}
	if f.anchorSent != f.sentIdx-1 || f.anchorEnd > f.sentOff {
		return false
	}
	prev := strings.TrimRight(f.text[f.anchorEnd:f.sentOff], " \t\r\n")
	return prev != "" && strings.ContainsAny(prev[len(prev)-1:], ".!?\"'") || strings.HasSuffix(prev, "”") || strings.HasSuffix(prev, "’")
}

// distalDay reports whether the anaphor w ("that night", "later that
// day") points with "that" at a day the text has told of.
func distalDay(w string) bool {
	switch w {
	case "that day", "that same day", "earlier that day", "later that day",
		"that morning", "that afternoon", "that evening", "that night":
		return true
	}
	return false
}

// ownDayBefore reports whether the date anaphora at sentence offset pos
// count from is the article's own day as it dates itself (see ownDay):
// the last one named earlier in the sentence, else the last before it.
func (f *finder) ownDayBefore(pos int) bool {
	best := -1
	for i := max(0, len(f.cur)-64); i < len(f.cur); i++ {
		if c := f.cur[i]; c.end <= pos && precisionOf(c.value) != "" && (best < 0 || c.end > f.cur[best].end) {
			best = i
		}
	}
	if best >= 0 {
		c := f.cur[best]
		return f.ownDay(f.sentOff+c.start, f.sentOff+c.end, c.value)
	}
	return f.anchorOwnDay
}

// ownDay reports whether the date text[start:end], of value, is the
// article's own day as it dates itself: "today", "tonight", "this
// morning", or a stamp of the publication day on a short line of its own
// with no sentence in it ("16 October 2026", "Midlands Courier | 16
// October 2026").
func (f *finder) ownDay(start, end int, value string) bool {
	if ownDayWord(f.text[start:end]) {
		return true
	}
	if !f.hasRef || !strings.HasPrefix(value, dayValue(f.ref)) {
		return false
	}
	from := strings.LastIndexByte(f.text[:start], '\n') + 1
	to := strings.IndexByte(f.text[end:], '\n')
	if to < 0 {
		to = len(f.text)
	} else {
		to += end
	}
	line := strings.TrimSpace(f.text[from:to])
	return line != "" && len(strings.Fields(line)) <= 10 && !strings.ContainsAny(line[len(line)-1:], ".!?\"'") &&
		!strings.HasSuffix(line, "”")
}

// ownDayWord reports a word for the writer's own day: "today",
// "tonight", "this morning".
func ownDayWord(text string) bool {
	if !mayOpenWith(text, 't', 't') {
		return false // most expressions: a date or a number
	}
	if isPlainPhrase(text) {
		// Fields and ToLower would change only its case: no copy.
		return slices.ContainsFunc(ownDayWords, func(w string) bool { return strings.EqualFold(text, w) })
	}
	w := strings.ToLower(strings.Join(strings.Fields(text), " "))
	return slices.Contains(ownDayWords, w)
}

// ownDayWords are the words of ownDayWord, in lower case.
var ownDayWords = []string{"today", "tonight", "this morning", "this afternoon", "this evening"}

// mayOpenWith reports whether the first of the strings.Fields of text
// may, lower-cased, begin with the ASCII letter a or b: it is false only
// when text opens, after any ASCII spaces, with another ASCII byte, which
// no lower-casing turns into a or b.
func mayOpenWith(text string, a, b byte) bool {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			continue
		default:
			if c >= utf8.RuneSelf {
				return true
			}
			c |= 0x20 // only the two cases of a letter give its lower case
			return c == a || c == b
		}
	}
	return true
}

// isPlainPhrase reports whether text is ASCII without a tab or a line
// break, with no space at either end and none after another: neither
// strings.Fields nor strings.ToLower changes its length.
func isPlainPhrase(text string) bool {
	if text == "" || text[0] == ' ' || text[len(text)-1] == ' ' {
		return false
	}
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r', c == ' ' && text[i-1] == ' ':
			return false
		}
	}
	return true
}

// countsFromAnchor reports whether the anaphoric phrase w names a day by
// counting from another one: "the following day", "the next morning".
func countsFromAnchor(w string) bool {
	return strings.HasPrefix(w, "the next ") || strings.HasPrefix(w, "the following ") ||
		w == "the day after" || w == "the day before" || w == "the previous day"
}

// undatedDayBefore reports whether the sentence s, before offset pos,
// names a day only by what happened on it ("on the day of the
// explosion") with no date after that phrase: a day counted on from it
// is not the date the text gave last.
func (f *finder) undatedDayBefore(s string, pos int) bool {
	i := strings.LastIndex(strings.ToLower(s[:pos]), "the day of ")
	if i < 0 {
		return false
	}
	for _, c := range f.cur {
		if c.start >= i && c.end <= pos && precisionOf(c.value) != "" {
			return false // "the day of the vote, 4 May, and the day after"
		}
	}
	return true
}

// pastNarrativeDay returns the day the text last named, before m, when
// it lies before publication and the clause of m is in the past: the day
// a bare part of the day in that clause continues.
func (f *finder) pastNarrativeDay(m *match) (time.Time, bool) {
	a, prec := f.anchorBefore(m.idx[0])
	if !f.hasRef || prec != "day" || a.IsZero() || !a.Before(midnight(f.ref)) {
		return time.Time{}, false
	}
	if t := m.clauseTense(); t != past && !(t == future && pastByDeadline(m)) {
		return time.Time{}, false
	}
	return a, true
}

// pastByDeadline reports whether the match follows "by" in a clause whose
// verb before it is "was" or "were": "the fire was under control by
// mid-afternoon" tells what had happened by then.
func pastByDeadline(m *match) bool {
	if m.prevWord() != "by" {
		return false
	}
	lead := m.s[:m.idx[0]]
	if i := strings.LastIndexAny(lead, ",;:"); i >= 0 {
		lead = lead[i+1:]
	}
	ws := strings.Fields(strings.ToLower(lead))
	for i := len(ws) - 2; i >= 0 && i >= len(ws)-6; i-- {
		switch ws[i] {
		case "was", "were":
			return i+1 < len(ws) && !futureIfTo[ws[i+1]] && markerOf(ws[i+1]) != future
		case "will", "would", "to", "be":
			return false
		}
	}
	return false
}

// sameDayPart reads "the same evening", "later the same night" and "that
// same morning" as that part of the day anaphora count from (a), as
// "that evening" is read, and "later the same day" as the day.
func sameDayPart(w string, a time.Time) (result, bool) {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "earlier "), "later ")
	w = strings.TrimPrefix(strings.TrimPrefix(w, "that same "), "the same ")
	part, ok := map[string]string{"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "day": ""}[w]
	if !ok {
		return result{}, false
	}
	if part == "" {
		return result{typ: "DATE", value: dayValue(a)}, true
	}
	return result{typ: "TIME", value: dayValue(a) + part}, true
}

// lastDayWithin reports whether the last day the text told lies inside
// the period a of precision prec (a month or a year).
func (f *finder) lastDayWithin(a time.Time, prec string) bool {
	d := f.lastDay
	switch {
	case d.IsZero():
		return false
	case prec == "month":
		return d.Year() == a.Year() && d.Month() == a.Month()
	case prec == "year":
		return d.Year() == a.Year()
	}
	return false
}

// sameDefined reports whether a clause after "the same day" says which
// day it is ("on the same day that the minister resigned", "the same
// day as the vote"): the day is that one, not the last one told.
func sameDefined(m *match) bool {
	w, ok := firstWord(m.s[m.idx[1]:])
	if !ok || strings.TrimSpace(m.s[m.idx[1]:m.idx[1]+w.start]) != "" {
		return false
	}
	switch strings.ToLower(w.text) {
	case "that", "as", "when", "on", "which", "in":
		return true
	}
	return false
}

// inTheDay reports whether the anaphor w is "earlier in the day" or
// "later in the day": the day of the narrative it continues.
func inTheDay(w string) bool {
	return w == "earlier in the day" || w == "later in the day"
}
