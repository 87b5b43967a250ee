package timex

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Rules for clock times ("2 p.m.", "14:00 GMT", "midnight"). They yield
// a bare "T14:00"; joinTimes then gives each the date it belongs to.

var timeRules = []rule{
	{expand(`\b(?:(?P<approx>around|about|at\s+about|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?(?P<hh>[01]?\d)(?:[:.](?P<mm>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]\.\s?m\b|[ap]m\b)(?:\s+(?P<tz>{TZ})\b)?`), clock12, trig("am", "pm", "m", "#")},
	{expand(`\b(?P<hh>[01]?\d|2[0-3])(?P<sep>[:.h])(?P<mm>[0-5]\d)\b(?:\s*(?:(?P<tz>{TZ})\b|(?P<hrs>hrs|hours)\b))?`), clock24, trig("#")},
	{expand(`\b(?P<w>noon|midday|midnight)\b`), noon, trig("noon", "midday", "midnight")},
	{expand(`\b(?P<hh>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening)\b`), clockPart, trig("morning", "afternoon", "evening")},
}

// rules is every rule in priority order: on equal spans the earlier wins.
var rules = concatRules(quarterRules, absRules, weekdayOrdinalRules, relRules, periodRules, timeRules, ordinalMonthRules, spelledDayRules)

func concatRules(lists ...[]rule) []rule {
	var out []rule
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

func clock12(f *finder, m *match) (result, bool) {
	h := atoi(m.get("hh"))
	mm := 0
	if m.has("mm") {
		mm = atoi(m.get("mm"))
	}
	if h < 1 || h > 12 {
		return result{}, false
	}
	pm := strings.HasPrefix(strings.ToLower(m.get("ampm")), "p")
	if pm && h < 12 {
		h += 12
	}
	if !pm && h == 12 {
		h = 0
	}
	return result{typ: "TIME", value: fmt.Sprintf("T%02d:%02d", h, mm)}, true
}

func clock24(f *finder, m *match) (result, bool) {
	if m.get("sep") != ":" && !m.has("tz") && !m.has("hrs") {
		return result{}, false
	}
	// "1:30" alone reads as a score or a ratio as often as a time.
	if len(m.get("hh")) < 2 && !m.has("tz") && !m.has("hrs") && m.prevWord() != "at" {
		return result{}, false
	}
	if a := m.after(); a == ':' || a == '/' {
		return result{}, false
	}
	return result{typ: "TIME", value: fmt.Sprintf("T%02d:%s", atoi(m.get("hh")), m.get("mm"))}, true
}

// clockPart reads "4 in the morning", "eight in the evening".
func clockPart(f *finder, m *match) (result, bool) {
	h, ok := parseNumber(m.get("hh"))
	if !ok || h < 1 || h > 12 {
		return result{}, false
	}
	switch p := m.lower("part"); {
	case p == "morning" && h == 12:
		h = 0
	case p != "morning" && h < 12:
		h += 12
	}
	return result{typ: "TIME", value: fmt.Sprintf("T%02d:00", h)}, true
}

func noon(f *finder, m *match) (result, bool) {
	if m.prevWord() == "high" {
		return result{}, false // "High Noon" is a film, "high noon" a showdown
	}
	if m.lower("w") == "midnight" {
		return result{typ: "TIME", value: "T24:00"}, true
	}
	return result{typ: "TIME", value: "T12:00"}, true
}

// timeGap is what may stand between a clock time and its day: "10 p.m.
// Wednesday", "Tuesday at 2 p.m.", "5 p.m. EST, Nov. 9".
var timeGap = regexp.MustCompile(`^(?i),?\s*(?:on\s+|at\s+|of\s+)?$`)

// isEntryStamp reports whether the clock time s[i:j] opens its sentence and
// is followed by a dash: the stamp of a live report's entry, "11:02 GMT - The
// bank said ...".
func isEntryStamp(s string, i, j int) bool {
	if strings.TrimSpace(s[:i]) != "" {
		return false
	}
	rest := strings.TrimLeft(s[j:], " ")
	for _, d := range []string{"- ", "– ", "— "} {
		if strings.HasPrefix(rest, d) {
			return true
		}
	}
	return false
}

// joinTimes gives date-less clock times their day: an adjacent day
// expression is merged into one TIME, otherwise the nearest day in the
// sentence, otherwise the publication date.
func joinTimes(f *finder, s string, cs []cand) []cand {
	isDay := func(c cand) bool {
		return c.typ == "DATE" && len(c.value) == 10 && c.value[4] == '-' && c.value[7] == '-' && !strings.Contains(c.value, "W")
	}
	firstDay, firstNight := "", false
	for _, o := range cs {
		if (o.typ == "DATE" || o.typ == "TIME") && precisionOf(o.value) == "day" {
			firstDay, firstNight = o.value[:10], strings.HasSuffix(o.value, "TNI")
			break
		}
	}
	out := cs[:0] // in place: out never overtakes the candidate read
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.typ != "TIME" || !strings.HasPrefix(c.value, "T") {
			out = append(out, c)
			continue
		}
		if i+1 < len(cs) && isDay(cs[i+1]) && timeGap.MatchString(s[c.end:cs[i+1].start]) {
			n := cs[i+1]
			out = append(out, cand{c.start, n.end, "TIME", n.value + c.value, n.future, c.rule})
			i++
			continue
		}
		if len(out) > 0 && isDay(out[len(out)-1]) && timeGap.MatchString(s[out[len(out)-1].end:c.start]) {
			p := out[len(out)-1]
			out[len(out)-1] = cand{p.start, c.end, "TIME", p.value + c.value, p.future, p.rule}
			continue
		}
		if eventDayAfter.MatchString(s[c.end:min(len(s), c.end+80)]) {
			// "at noon on the first day of the walkout": the day is an
			// event's, which the text does not date.
			c.value = "XXXX-XX-XX" + c.value
			out = append(out, c)
			continue
		}
		if i+1 < len(cs) && coarserTimeAfter(s, c, cs[i+1]) || habitualClock.MatchString(s[max(0, c.start-40):c.start]) {
			// "at 4am during last winter's cold snap": the clock time
			// falls on some day of a longer time, which it does not
			// name; "every weekday from 6am" on no day in particular.
			c.value = "XXXX-XX-XX" + c.value
			out = append(out, c)
			continue
		}
		day := firstDay
		if t, ok := startOf(day); ok && firstNight && morning(c.value) {
			// "declared a major incident at 6.30am after the river
			// burst its banks overnight": the morning after a night is
			// the next day.
			day = dayValue(t.AddDate(0, 0, 1))
		}
		// A live report's entry stamp "13:40 GMT - ..." is a time of the
		// publication day, whatever day the report names.
		if f.hasRef && isEntryStamp(s, c.start, c.end) {
			day = dayValue(f.ref)
		}
		if day == "" && (standingClock(s, c) || aheadClock(f, s, c)) {
			// "after the 10pm deadline", "the session will begin at
			// 10am" after a day ahead: no day the text last told of.
			day = "XXXX-XX-XX"
		}
		// A bare "midnight" or "6 a.m." continues the day the text
		// last named, else it is the publication day.
		if v, ok := occasionDay(f, s, c); day == "" && ok {
			day = v // "from 8am on the day"
		}
		if day == "" && f.anchorPrec == "day" && !staleAnchor(f, s, c) {
			day = dayValue(anchorDayOf(f, s, c))
		}
		if day == "" {
			if t, ok := toldDayOf(f, s, c); ok {
				day = dayValue(t)
			}
		}
		if day == "" && f.hasRef {
			day = dayValue(f.ref)
		}
		if day == "" {
			day = "XXXX-XX-XX"
		}
		c.value = day + c.value
		out = append(out, c)
	}
	return out
}

// eventDayAfter matches a day named by an event right after a clock
// time: "on the first day of the walkout", "on the eve of the vote", "on
// the day after the election".
var eventDayAfter = regexp.MustCompile(`(?i)^,?\s+on\s+the\s+(?:[a-z]+\s+){0,2}(?:day|eve|morning|afternoon|evening|night)\s+(?:of|after|before)\b`)

// anchorDayOf returns the day a bare clock time continues from the last
// day the text named. The morning after a night is the next day ("burst
// its banks overnight. Police declared a major incident at 6.30am"). A
// day named ahead of publication ("back tomorrow morning") is no day a
// clock time in a clause that does not look ahead belongs to ("the river
// peaked at 2pm"): that is the publication day's.
func anchorDayOf(f *finder, s string, c cand) time.Time {
	d := f.anchor
	if f.hasRef && d.After(midnight(f.ref)) && f.clauseTense(s, c.start, c.end) != future {
		if !f.openDay.IsZero() {
			// "Held on Wednesday 14 October ... The next meeting is on
			// 11 November. The meeting closed at 9.12pm": the day
			// ahead is passed over for the one the text opened with.
			return f.openDay
		}
		return midnight(f.ref)
	}
	if f.anchorNight && morning(c.value) {
		return d.AddDate(0, 0, 1)
	}
	return d
}

// toldDayOf returns the day a bare clock time in a past clause continues
// when the date the text named last is coarser than a day but a day was
// named in this sentence or the one before: "Police arrested two men on
// Monday over an attack last month. One was detained at 6am" is Monday's
// 6am, not the publication day's. The day must lie before publication.
func toldDayOf(f *finder, s string, c cand) (time.Time, bool) {
	if !f.hasRef || f.anchorPrec == "day" || f.lastDay.IsZero() || f.sentIdx-f.lastDaySent > 1 {
		return time.Time{}, false
	}
	if !f.lastDay.Before(midnight(f.ref)) || f.clauseTense(s, c.start, c.end) != past {
		return time.Time{}, false
	}
	return f.lastDay, true
}

// morning reports whether a bare clock time value ("T06:30") is before
// noon.
func morning(v string) bool {
	return len(v) >= 3 && v[0] == 'T' && isNumber(v[1:3]) && atoi(v[1:3]) < 12
}

// openingSentences bounds how far into a text the day it leads with
// may be named.
const openingSentences = 6

// noteOpenDay keeps t as the day the text opened with when it is the
// first day named, in the opening sentences, and not after publication.
func (f *finder) noteOpenDay(t time.Time, prec string) {
	if f.openSeen || f.sentIdx > openingSentences || prec != "day" {
		return
	}
	f.openSeen = true
	if f.hasRef && !t.After(midnight(f.ref)) {
		f.openDay = t
	}
}

// withinGap matches the words between a clock time and a longer time it
// falls within: "during", "in the", "over the".
var withinGap = regexp.MustCompile(`^(?i)\s+(?:during|in|over|throughout)\s+(?:the\s+)?$`)

// coarserTimeAfter reports whether n, right after the clock time c, is
// a date longer than a day (a season, month, week or year) that c falls
// within: "at 6am in March", "at 4am during last winter".
func coarserTimeAfter(s string, c, n cand) bool {
	if n.typ != "DATE" || precisionOf(n.value) == "day" || n.value == "" || !('0' <= n.value[0] && n.value[0] <= '9') {
		return false
	}
	return withinGap.MatchString(s[c.end:n.start])
}

// habitualClock matches the words before a clock time that repeats:
// "every weekday from", "each morning at", "daily at".
var habitualClock = regexp.MustCompile(`(?i)\b(?:(?:every|each)\s+(?:other\s+)?[a-z]+|daily|nightly|weekdays|weeknights)\s+(?:from|at|until|till)\s+$`)
