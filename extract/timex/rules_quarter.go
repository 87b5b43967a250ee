package timex

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Rules for business quarters: "the third quarter", "Q4 2024", "the
// latest period", and the "a year earlier" that compares with them.

// quarterRules run first so that "a year earlier" later in the sentence
// can refer to the quarter being compared.
var quarterRules = []rule{
	{expand(`\b(?:(?P<the>the)\s+)?(?:(?P<rel>{LAST}|{NEXT}|{THIS}|latest|same|most\s+recent|year-earlier|year-ago)\s+)?(?:(?P<yrel>{LAST}|{NEXT}|{THIS})\s+year(?:'s|’s)\s+|(?P<ypre>{YEAR})\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter|(?P<q>Q[1-4]))(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b`), quarter, trig("quarter", "q1", "q2", "q3", "q4")},
	{expand(`\b(?:the\s+(?:(?P<rel>latest|last|past|recent|most\s+recent|previous|current|same|fiscal)\s+)?quarter|the\s+(?:latest|most\s+recent)\s+period|(?P<rel>this|current)\s+quarter)\b`), theQuarter, trig("quarter", "period")},
	{expand(`\b(?:(?:the\s+)?end\s+of\s+the\s+(?P<unit>year|month)|(?P<unit>year)[-\s]end(?:\s+(?P<year>(?:19|20)\d\d)\b)?|(?P<unit>year)(?:'s|’s)\s+end)\b`), periodEnd, trig("year", "month")},
	{expand(`\b(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period))?`), yearEarlier, trig("year")},
	{expand(`\bthe\s+(?P<year>{YEAR})\s+(?P<what>quarter|period)\b`), yearQuarter, trig("quarter", "period")},
	{expand(`\bthat\s+quarter\b`), thatQuarter, trig("quarter")},
	{expand(`\b(?:the\s+(?:(?:same|corresponding|comparable|year-ago|year-earlier)\s+)?(?P<what>quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)|last\s+year(?:'s|’s)\s+(?P<what>quarter|period))\b`), yearAgoPeriod, trig("quarter", "period")},
	{expand(`\b(?:{APPROX}\s+)?(?:(?:the\s+)?(?:(?P<h>first|second|last|latter)\s+half|(?P<h>first|last|final)\s+two\s+quarters)\s+of\s+(?P<year>{YEAR}))\b`), halfYear, trig("half", "quarters")},
}

// quarter resolves "the third quarter", "Q4 2024": without a year the
// quarter is the latest one that has begun by publication when the clause
// looks back, otherwise the publication year's.
func quarter(f *finder, m *match) (result, bool) {
	q := 0
	if m.has("q") {
		q = int(m.get("q")[1] - '0')
	} else {
		q = ordinals[m.lower("ord")]
	}
	if q < 1 || q > 4 {
		return result{}, false
	}
	if y := m.get("year") + m.get("ypre"); len(y) == 4 {
		return f.noteQuarter(result{typ: "DATE", value: fmt.Sprintf("%s-Q%d", y, q)}), true
	}
	if yrel := m.lower("yrel"); yrel != "" && f.hasRef {
		y := f.ref.Year()
		if contains(lastWords, yrel) {
			y--
		} else if contains(nextWords, yrel) {
			y++
		}
		return f.noteQuarter(result{typ: "DATE", value: fmt.Sprintf("%04d-Q%d", y, q)}), true
	}
	if !f.hasRef {
		return result{typ: "DATE", value: fmt.Sprintf("XXXX-Q%d", q)}, true
	}
	rel := m.lower("rel")
	if end, ok := f.quarterEnd(m.s[m.idx[1]:]); ok && rel == "" {
		// "the second quarter ended Oct. 31", said on Oct. 27, 1989:
		// the fiscal quarter keeps its number and takes the year of
		// the day it ended, which is past.
		return f.noteQuarter(result{typ: "DATE", value: fmt.Sprintf("%04d-Q%d", end.Year(), q)}), true
	}
	y := f.ref.Year()
	start := time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
	switch {
	case contains(lastWords, rel) && q >= quarterOf(f.ref):
		y--
	case contains(nextWords, rel) && q <= quarterOf(f.ref):
		y++
	case rel == "" && start.After(f.ref) && m.clauseTense() == past:
		y--
	}
	if strings.HasPrefix(rel, "year-") {
		y--
	}
	r := result{typ: "DATE", value: fmt.Sprintf("%04d-Q%d", y, q)}
	if rel == "" && !start.After(f.ref) && m.clauseTense() == past {
		// "reported a 47% decline in fourth-quarter earnings" on 2
		// November: a fiscal quarter the company has closed, whatever
		// the calendar's has not, is the one the report compares.
		f.quarter, f.quarterSent = r.value, f.sentIdx
		return r, true
	}
	return f.noteQuarter(r), true
}

// theQuarter resolves "the quarter", "the latest quarter": in reports of
// results it is the last quarter completed before publication.
func theQuarter(f *finder, m *match) (result, bool) {
	if m.after() == '-' && f.hasRef {
		// "The quarter-to-quarter comparison" is no date, but it
		// still puts the latest quarter under discussion.
		f.noteQuarter(result{typ: "DATE", value: shiftValue(f.ref, -1, units["quarter"])})
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	if r := m.lower("rel"); r == "current" {
		return f.noteQuarter(result{typ: "DATE", value: shiftValue(f.ref, 0, units["quarter"])}), true
	}
	if latestPeriod(strings.ToLower(m.s[m.idx[0]:m.idx[1]])) && f.quarter != "" {
		// "Sales in the latest period were …" after the fourth
		// quarter's results: the quarter the report is about.
		f.quarterSent = f.sentIdx
		return result{typ: "DATE", value: f.quarter}, true
	}
	if end, ok := f.quarterEnd(m.s[m.idx[1]:]); ok {
		// A fiscal quarter "ended July 31" ran May to July: it is the
		// calendar quarter holding most of it.
		mid := end.AddDate(0, 0, -45)
		return f.noteQuarter(result{typ: "DATE", value: fmt.Sprintf("%04d-Q%d", mid.Year(), quarterOf(mid))}), true
	}
	return f.noteQuarter(result{typ: "DATE", value: shiftValue(f.ref, -1, units["quarter"])}), true
}

// latestPeriod reports "the latest period", "the most recent quarter".
func latestPeriod(w string) bool {
	return strings.Contains(w, "latest") || strings.Contains(w, "most recent")
}

// quarterEndRe matches the "ended July 31" after "the quarter".
var quarterEndRe = regexp.MustCompile(`^,?\s+end(?:ed|ing)\s+(` + alt(keys(months, nil)) + `)\.?\s+([0-3]?\d)\b`)

// quarterEnd reads the end day of a period from the "ended July 31"
// that follows it; the year is the one the day last fell in.
func (f *finder) quarterEnd(rest string) (time.Time, bool) {
	sm := quarterEndRe.FindStringSubmatch(strings.ToLower(rest))
	if sm == nil {
		return time.Time{}, false
	}
	mon, d := months[sm[1]], atoi(sm[2])
	y := pickYear(f.ref, mon, d, past)
	if strings.Contains(sm[0], "ended") && time.Date(y, time.Month(mon), d, 0, 0, 0, 0, time.UTC).After(f.ref) {
		y-- // a quarter that has ended ended on a day already gone
	}
	if !validDay(y, mon, d) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(mon), d, 0, 0, 0, 0, time.UTC), true
}

// noteQuarter remembers the last quarter the text named. A quarter that
// has not ended by publication is a forecast, not the period whose
// results the text compares "a year earlier".
func (f *finder) noteQuarter(r result) result {
	if t, ok := startOf(r.value); ok && f.hasRef && t.AddDate(0, 3, 0).After(f.ref) {
		return r
	}
	if len(r.value) == 7 && r.value[5] == 'Q' {
		f.quarter, f.quarterSent = r.value, f.sentIdx
	}
	return r
}

// yearAgoQuarter is the quarter a year before the one last named, for
// "a year earlier" in a sentence comparing quarters.
func (f *finder) yearAgoQuarter(s string, pos int) (string, bool) {
	ls := strings.ToLower(s)
	// "For the nine months, ... a year earlier" compares longer periods:
	// the year before.
	for _, w := range longerPeriods {
		if strings.Contains(ls[:pos], w) {
			return "", false
		}
	}
	recent := f.sentIdx-f.quarterSent <= 4
	if f.quarter == "" || !(recent || strings.Contains(ls, "quarter") || strings.Contains(ls, "period")) {
		return "", false
	}
	if t, ok := startOf(f.quarter); ok && f.hasRef && t.AddDate(1, 3, 0).Before(f.ref) {
		// A quarter over for more than a year ("a charge in the 1988
		// second quarter", in a 1989 report) is no period the report
		// gives results for: "the year-ago results" are not a year
		// before it.
		return "", false
	}
	y := atoi(f.quarter[:4])
	return fmt.Sprintf("%04d%s", y-1, f.quarter[4:]), y > 0
}

// periodEnd resolves "the end of the year", "year-end": the publication
// year or month, or the year named after it ("year-end 1986").
func periodEnd(f *finder, m *match) (result, bool) {
	if y := m.get("year"); y != "" {
		// "at year-end 1986": the year named.
		return result{typ: "DATE", value: y}, true
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	if strings.EqualFold(m.get("unit"), "month") {
		return result{typ: "DATE", value: monthValue(f.ref)}, true
	}
	return result{typ: "DATE", value: yearValue(f.ref.Year())}, true
}

// longerPeriods are the periods longer than a quarter that reports
// compare with a year earlier.
var longerPeriods = []string{"nine months", "nine-month", "six months", "six-month", "first half", "fiscal year", "full year"}

func yearEarlier(f *finder, m *match) (result, bool) {
	// "the year-earlier nine months" is the longer period of the year
	// before, not a quarter.
	rest := strings.ToLower(strings.TrimSpace(m.s[m.idx[1]:]))
	longer := slices.ContainsFunc(longerPeriods, func(p string) bool { return strings.HasPrefix(rest, p) })
	if v, ok := f.yearAgoQuarter(m.s, m.idx[0]); ok && !longer {
		return result{typ: "DATE", value: v}, true
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	return result{typ: "DATE", value: yearValue(f.ref.Year() - 1)}, true
}

// yearAgoPeriod resolves "the quarter a year ago", "the corresponding
// period last year", "last year's quarter": the period the text compares
// with, a year before the quarter it last named.
func yearAgoPeriod(f *finder, m *match) (result, bool) {
	if v, ok := f.yearAgoQuarter(m.s, m.idx[0]); ok {
		return result{typ: "DATE", value: v}, true
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	if m.lower("what") == "quarter" {
		last, _ := startOf(shiftValue(f.ref, -1, units["quarter"]))
		return result{typ: "DATE", value: fmt.Sprintf("%04d-Q%d", last.Year()-1, quarterOf(last))}, true
	}
	return result{typ: "DATE", value: yearValue(f.ref.Year() - 1)}, true
}

// yearQuarter resolves "the 1988 quarter" and, in a text comparing
// quarters, "the 1988 period": the quarter last named, in that year.
// "Nine months ... the 1988 period" is the year.
func yearQuarter(f *finder, m *match) (result, bool) {
	y := m.get("year")
	ls := strings.ToLower(m.s[:m.idx[0]])
	if f.quarter != "" && (m.lower("what") == "quarter" ||
		(f.sentIdx-f.quarterSent <= 4 && !strings.Contains(ls, "months") && !strings.Contains(ls, "half") && !strings.Contains(ls, "year"))) {
		return result{typ: "DATE", value: y + f.quarter[4:]}, true
	}
	return result{typ: "DATE", value: y, span: m.span("year")}, true
}

// thatQuarter is the quarter the text last named.
func thatQuarter(f *finder, m *match) (result, bool) {
	if f.quarter == "" || f.sentIdx-f.quarterSent > 4 {
		return result{}, false
	}
	return result{typ: "DATE", value: f.quarter}, true
}

// halfYear resolves "the first half of 1990", "the last two quarters of
// 1989": TimeML's H1 and H2.
func halfYear(f *finder, m *match) (result, bool) {
	h := "H2"
	if w := m.lower("h"); w == "first" {
		h = "H1"
	}
	// The match takes in "at least" to outrank the duration "at least
	// the first two quarters".
	return result{typ: "DATE", value: m.get("year") + "-" + h}, true
}
