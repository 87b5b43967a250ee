package timex

import (
	"fmt"
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
	{expand(`\b(?:(?:the\s+)?end\s+of\s+the\s+(?P<unit>year|month)|(?P<unit>year)[-\s]end|(?P<unit>year)(?:'s|’s)\s+end)\b`), periodEnd, trig("year", "month")},
	{expand(`\b(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period))?`), yearEarlier, trig("year")},
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
	y := f.ref.Year()
	rel := m.lower("rel")
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
	return f.noteQuarter(result{typ: "DATE", value: fmt.Sprintf("%04d-Q%d", y, q)}), true
}

// theQuarter resolves "the quarter", "the latest quarter": in reports of
// results it is the last quarter completed before publication.
func theQuarter(f *finder, m *match) (result, bool) {
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	if r := m.lower("rel"); r == "current" {
		return f.noteQuarter(result{typ: "DATE", value: shiftValue(f.ref, 0, units["quarter"])}), true
	}
	return f.noteQuarter(result{typ: "DATE", value: shiftValue(f.ref, -1, units["quarter"])}), true
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
func (f *finder) yearAgoQuarter(s string) (string, bool) {
	ls := strings.ToLower(s)
	recent := f.sentIdx-f.quarterSent <= 4
	if f.quarter == "" || !(recent || strings.Contains(ls, "quarter") || strings.Contains(ls, "period")) {
		return "", false
	}
	y := atoi(f.quarter[:4])
	return fmt.Sprintf("%04d%s", y-1, f.quarter[4:]), y > 0
}

// periodEnd resolves "the end of the year", "year-end": the publication
// year or month.
func periodEnd(f *finder, m *match) (result, bool) {
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	if strings.EqualFold(m.get("unit"), "month") {
		return result{typ: "DATE", value: monthValue(f.ref)}, true
	}
	return result{typ: "DATE", value: yearValue(f.ref.Year())}, true
}

func yearEarlier(f *finder, m *match) (result, bool) {
	if v, ok := f.yearAgoQuarter(m.s); ok {
		return result{typ: "DATE", value: v}, true
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	return result{typ: "DATE", value: yearValue(f.ref.Year() - 1)}, true
}
