package timex

import (
	"fmt"
	"strings"
	"time"
)

// ordinalSuffix is the suffix an ordinal day is written with: "1st",
// "2nd", "3rd", "11th", "22nd".
func ordinalSuffix(d int) string {
	if d%100 >= 11 && d%100 <= 13 {
		return "th"
	}
	switch d % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// ordinalFollowers may stand after a day of the month given alone: "quit
// on the 2nd, two days after", "on the 21st and again on the 23rd". Any
// other word makes the ordinal a noun's ("on the 2nd floor", "by the
// 3rd quarter").
var ordinalFollowers = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "after": true, "before": true, "at": true,
	"in": true, "as": true, "while": true, "with": true, "to": true, "amid": true, "following": true,
}

// ordinalDay reads a day of the month given alone ("quit on the 2nd",
// "by the 21st") as a day of the month of publication, or of the month
// before it when the clause looks back from an earlier day of the month,
// or of the month after when it looks ahead to a later one.
func ordinalDay(f *finder, m *match) (result, bool) {
	d := atoi(m.get("day"))
	if d < 1 || d > 31 || m.lower("suf") != ordinalSuffix(d) || !ordinalAlone(m.s[m.idx[1]:]) {
		return result{}, false
	}
	sp := m.span("the")
	if !f.hasRef {
		return result{typ: "DATE", value: fmt.Sprintf("XXXX-XX-%02d", d), span: sp}, true
	}
	y, mo, today := f.ref.Date()
	switch t := ordinalTense(m, sp); {
	case t == past && d > today:
		mo--
	case t == future && d < today:
		mo++
	}
	day := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if day.Day() != d {
		return result{}, false // "the 31st" of a month of 30 days
	}
	return result{typ: "DATE", value: dayValue(day), span: sp}, true
}

// ordinalAlone reports whether the text after an ordinal leaves it a day
// of its own: the end, punctuation, or a word of ordinalFollowers, but
// no hyphen ("the 2nd-round tie").
func ordinalAlone(rest string) bool {
	if strings.HasPrefix(rest, "-") {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	w, ok := firstWord(rest)
	if !ok || w.start > 0 {
		return true
	}
	return ordinalFollowers[w.text] || verbAfterOrdinal(w.text, rest[w.end:])
}

// ordinalAuxiliaries are finite verbs that make the ordinal before them
// the end of a subject: "Game 5 on the 5th was drawn".
var ordinalAuxiliaries = map[string]bool{
	"was": true, "were": true, "had": true, "has": true, "have": true, "is": true, "are": true,
	"will": true, "would": true,
}

// verbAfterOrdinal reports whether w, the word after an ordinal, is the
// verb of a clause whose subject ends with the ordinal ("Game 5 on the
// 5th ended in a draw"): an auxiliary, an irregular past, or a regular
// past followed by the end, punctuation or a function word, so that a
// participle before a noun ("the 3rd ranked player") stays a noun's.
func verbAfterOrdinal(w, rest string) bool {
	if ordinalAuxiliaries[w] {
		return true
	}
	if markerOf(w) != past {
		return false
	}
	if !strings.HasSuffix(w, "ed") {
		return pastMarkers[w]
	}
	next, ok := firstWord(strings.TrimLeft(rest, " \t"))
	return !ok || next.start > 0 || ordinalFollowers[next.text] || verbObjectWords[next.text]
}

// verbObjectWords may follow a verb but never a participle used as an
// adjective: "ended in a draw", "signed the deal".
var verbObjectWords = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"on": true, "by": true, "for": true, "of": true, "up": true, "out": true, "down": true, "into": true,
}

// ordinalMonthRules read a day of the month named by its place from
// publication: "the 14th of next month", "the 3rd of last month".
var ordinalMonthRules = []rule{
	{expand(`\bthe\s+(?P<day>[0-3]?\d)(?P<suf>st|nd|rd|th)\s+of\s+(?P<rel>last|next|this)\s+month\b`), ordinalOfMonth, trig("month")},
}

// ordinalOfMonth reads "the 14th of next month" as that day of the month
// after publication, "of last month" of the one before and "of this
// month" of its own.
func ordinalOfMonth(f *finder, m *match) (result, bool) {
	d := atoi(m.get("day"))
	if d < 1 || d > 31 || m.lower("suf") != ordinalSuffix(d) || !f.hasRef {
		return result{}, false
	}
	y, mo, _ := f.ref.Date()
	switch m.lower("rel") {
	case "last":
		mo--
	case "next":
		mo++
	}
	day := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if day.Day() != d {
		return result{}, false // "the 31st" of a month of 30 days
	}
	return result{typ: "DATE", value: dayValue(day)}, true
}

// hoursAsDays reads whole days counted in hours from a day the text has
// named as days: "The dam burst on Sunday. 48 hours later, the town was
// dry" is Tuesday. Hours short of a day, counted from no day, or
// counted back ("up from 900 shares 24 hours earlier") stay a length of
// time.
func hoursAsDays(f *finder, m *match, n int, u unit) (int, bool) {
	dir := m.lower("dir")
	if u.code != "H" || n < 24 || n%24 != 0 || dir != "later" {
		return 0, false
	}
	if wordAfter(m.s, m.idx[1], "than") || modifierOfNext.MatchString(m.s[m.idx[1]:min(len(m.s), m.idx[1]+40)]) || modalBefore(m.s[:m.idx[0]]) {
		return 0, false
	}
	if a, prec := f.anchorBefore(m.idx[0]); a.IsZero() || prec != "day" {
		return 0, false
	}
	return n / 24, true
}

// ordinalTense returns the tense that places the day of the month sp of
// m: that of its clause, read from the day itself after "until", "till"
// or "by" that follow a verb in the present, whose deadline looks ahead
// ("a test that runs until the 16th", "is valid until the 3rd").
func ordinalTense(m *match, sp []int) tense {
	if w, ok := firstWord(m.s[m.idx[0]:]); !ok || !openEnded[w.text] || len(sp) != 2 || !presentBefore(m.prevWord()) {
		return m.clauseTense()
	}
	return m.f.clauseTense(m.s, sp[0], sp[1])
}

// presentBefore reports whether w, the word before a deadline, is a
// verb in the present: "is", "are", "has" or a third person in -s
// ("runs", "lasts"), not one in -ss or -us ("press", "bonus").
func presentBefore(w string) bool {
	if w == "is" || w == "are" || w == "has" || w == "have" {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s") && markerOf(w) == unknownTense
}
