package timex

import (
	"strings"
)

// spelledOrdinals maps the days of the month written as ordinal words
// to their numbers: "first", "twenty-sixth", "thirty-first".
var spelledOrdinals = func() map[string]int {
	units := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	out := map[string]int{
		"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
		"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
		"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
	}
	for i, u := range units {
		out[u] = i + 1
		out["twenty-"+u] = 21 + i
	}
	return out
}()

// spelledDayRules read a day of the month written out as an ordinal, as
// in transcripts and formal speech: "on the twenty-sixth of February",
// "the first of March 2026".
var spelledDayRules = []rule{
	{expand(`\bthe\s+(?P<ord>(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\s+of\s+(?P<mon>{MONF})\b(?:,?\s+(?P<year>{YEAR})\b)?`), spelledDay, trig(monthWords()...)},
}

// spelledDay reads "the twenty-sixth of February" as that day, in the
// year the clause's tense picks from publication, like "26 February".
func spelledDay(f *finder, m *match) (result, bool) {
	mon, ok := lookup(months, m.get("mon"))
	ord := strings.Join(strings.Fields(strings.ReplaceAll(m.lower("ord"), "-", " ")), "-")
	d, ok2 := spelledOrdinals[ord]
	if !ok || !ok2 || !capital(m.get("mon")) || !validDay(2000, mon, d) {
		return result{}, false
	}
	return monthDay(f, m, mon, d, nil)
}

// countedWeekends reads "two weekends" as a length of time: weekends
// counted by a number name how long, not which weekend ("her team had
// worked through two weekends").
func countedWeekends(m *match) (int, bool) {
	if m.lower("rel") != "" || !strings.HasSuffix(strings.ToLower(m.s[m.idx[0]:m.idx[1]]), "weekends") {
		return 0, false
	}
	n, ok := numbers[m.prevWord()]
	if !ok {
		n, ok = parseNumber(m.prevWord())
	}
	return n, ok && n > 1
}
