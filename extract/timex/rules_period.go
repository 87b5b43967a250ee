package timex

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Rules for durations ("30-day", "nearly four years"), sets ("every
// week", "per month"), quarters, seasons and holidays.

var periodRules = []rule{
	{expand(`\b(?:(?P<approx>{APPROX})\s+)?(?:(?P<the>the)\s+(?:(?P<rel>past|last|next|first|coming|previous|final|following|preceding|subsequent)\s+)?)?(?P<num>{NUM})(?P<half>\s+1/2|\s+and\s+a\s+half)?(?P<sep>[\s-]+)(?P<unit>{UNIT})(?P<half2>\s+and\s+a\s+half)?(?:[\s-](?P<old>long|old))?\b`), duration, trig(unitWords()...)},
	{expand(`\b(?P<pre>for|over|within|in|of|after|during|recent|the\s+past|past|the\s+last|the\s+coming|coming|the\s+next|the\s+following|the\s+previous|previous|several|many|few)\s+(?P<unit>years|yrs|months|weeks|days|decades|hours|minutes|centuries)\b`), vagueDuration, trig(unitWords()...)},
	{expand(`\b(?P<unit>hour|day|week|month|year|decade|centur(?:y|ie))(?P<pl>s)?-long\b`), longCompound, trig("long")},
	{expand(`\b(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|fortnightly)\b`), setAdverb, trig(keys(setUnits, nil)...)},
	{expand(`\b(?:every|each|per|(?:once|twice|thrice|(?:{NUM})\s+times)\s+(?:a|an|per|every))\s+(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT}|{PART}|{WD}|{MONF})\b`), setEvery, trig("every", "each", "per", "once", "twice", "thrice", "times")},
	{expand(`\b(?:(?P<rel>{LAST}|{NEXT}|{THIS}|early|late|mid|the)[\s-]+)?(?P<season>spring|summer|autumn|fall|winter|season)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b`), season, trig(append(keys(seasons, nil), "season")...)},
	{expand(`\b(?:(?P<rel>{LAST}|{NEXT}|{THIS})\s+)?(?P<h>christmas\s+eve|christmas\s+day|christmas|new\s+year's\s+eve|new\s+year's\s+day|new\s+year’s\s+eve|new\s+year’s\s+day|thanksgiving(?:\s+day)?|independence\s+day|halloween|valentine's\s+day|boxing\s+day|easter(?:\s+sunday)?|election\s+day)(?:\s+(?P<year>{YEAR}))?(?:\s+(?P<week>week))?\b`), holiday, trig("election", "christmas", "year's", "year’s", "thanksgiving", "independence", "halloween", "valentine's", "valentine’s", "boxing", "easter")},
}

func duration(f *finder, m *match) (result, bool) {
	num, unitText := m.lower("num"), m.lower("unit")
	n, ok := parseNumber(num)
	u, ok2 := lookup(units, unitText)
	if !ok || !ok2 {
		return result{}, false
	}
	// "a quarter of", "a second round", "some time" are not durations.
	if (num == "a" || num == "an" || num == "some") && (u.code == "Q" || u.code == "S") {
		return result{}, false
	}
	// Ages ("the 6-year-old", "52 years old") are not time expressions;
	// "three-quarters" is a fraction, "the 1988 quarter" a date.
	if n == 0 || strings.EqualFold(m.get("old"), "old") || n >= 1000 || (u.code == "Q" && strings.Contains(m.get("sep"), "-")) {
		return result{}, false
	}
	res := result{typ: "DURATION", value: durationValue(n, u)}
	if m.has("half") || m.has("half2") {
		v, ok := halfValue(n, u)
		if !ok {
			return result{}, false
		}
		res.value = v
	}
	// "five billion dlrs a day", "twice a week": a rate, so a set.
	if (num == "a" || num == "an") && !m.has("approx") && !m.has("the") && isQuantity(m.prevWord()) {
		res.typ = "SET"
	}
	if rel := m.lower("rel"); rel == "next" || rel == "coming" {
		res.future = true
	}
	return res, true
}

// halfValue renders n and a half units ("2 1/2 years" is P2Y6M), for the
// units whose half is a whole number of the next smaller one.
func halfValue(n int, u unit) (string, bool) {
	if n < 0 || u.mult != 1 {
		return "", false
	}
	switch {
	case u.code == "Y":
		return fmt.Sprintf("P%dY6M", n), true
	case u.code == "D":
		return fmt.Sprintf("P%dDT12H", n), true
	case u.code == "H":
		return fmt.Sprintf("PT%dH30M", n), true
	case u.code == "M" && u.time:
		return fmt.Sprintf("PT%dM30S", n), true
	}
	return "", false
}

// quantityWords end a quantity that "a day", "a year" can follow as a rate.
var quantityWords = map[string]bool{
	"dlrs": true, "dollars": true, "euros": true, "pounds": true, "pct": true, "percent": true,
	"tonnes": true, "tons": true, "barrels": true, "bpd": true, "times": true, "once": true,
	"twice": true, "thrice": true, "mln": true, "million": true, "billion": true, "trillion": true,
	"people": true, "cents": true, "cts": true, "hours": true, "miles": true, "kilometres": true,
	"kilometers": true, "units": true, "cars": true, "shares": true, "yen": true, "francs": true,
}

func isQuantity(w string) bool {
	return quantityWords[w] || strings.IndexAny(w, "0123456789") >= 0
}

func vagueDuration(f *finder, m *match) (result, bool) {
	u, _ := lookup(units, m.get("unit"))
	pre := m.lower("pre")
	res := result{typ: "DURATION", value: durationValue(-1, u)}
	switch pre {
	case "for", "over", "within", "in", "of", "after", "during":
		res.span = m.span("unit")
	}
	if strings.Contains(pre, "coming") || strings.Contains(pre, "next") {
		res.future = true
	}
	return res, true
}

// longCompound reads "day-long" as one day and "decades-long" as an
// unspecified number of decades.
func longCompound(f *finder, m *match) (result, bool) {
	u, ok := lookup(units, strings.Replace(m.lower("unit"), "centurie", "century", 1))
	if !ok {
		return result{}, false
	}
	n := 1
	if m.has("pl") {
		n = -1
	}
	return result{typ: "DURATION", value: durationValue(n, u)}, true
}

var setUnits = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q", "fortnightly": "P2W",
}

func setAdverb(f *finder, m *match) (result, bool) {
	return result{typ: "SET", value: setUnits[m.lower("w")]}, true
}

func setEvery(f *finder, m *match) (result, bool) {
	n := 1
	if m.has("num") {
		v, ok := parseNumber(m.get("num"))
		if !ok || v < 1 {
			return result{}, false
		}
		n = v
	}
	w := m.get("unit")
	if wd, ok := lookup(weekdays, w); ok {
		return result{typ: "SET", value: fmt.Sprintf("XXXX-WXX-%d", (wd+6)%7+1)}, true
	}
	// "each July": a month that recurs every year.
	if mon, ok := lookup(months, w); ok && capital(w) && !m.has("num") {
		return result{typ: "SET", value: fmt.Sprintf("XXXX-%02d", mon)}, true
	}
	if code, ok := dayParts[strings.ToLower(w)]; ok {
		return result{typ: "SET", value: "XXXX-XX-XXT" + code}, true
	}
	u, ok := lookup(units, w)
	if !ok {
		return result{}, false
	}
	return result{typ: "SET", value: durationValue(n, u)}, true
}

func season(f *finder, m *match) (result, bool) {
	s := m.lower("season")
	rel := m.lower("rel")
	if !m.has("rel") && !m.has("year") {
		return result{}, false
	}
	if s == "fall" && (rel == "" || rel == "the") && !m.has("year") && m.prevWord() != "in" {
		return result{}, false
	}
	if s == "season" && contains(thisWords, rel) && earlierAcrossNewYear(f, m) {
		return result{typ: "DATE"}, true
	}
	if s == "season" {
		return currentSeason(f, rel)
	}
	code := seasons[s]
	if m.has("year") {
		return result{typ: "DATE", value: m.get("year") + "-" + code}, true
	}
	if v, ok := followingSeason(f, m, rel, code); ok {
		return result{typ: "DATE", value: v}, true
	}
	if !f.hasRef {
		return result{typ: "DATE", value: "XXXX-" + code}, true
	}
	y := f.ref.Year()
	start := time.Date(y, seasonStart["-"+code], 1, 0, 0, 0, 0, time.UTC)
	t := m.clauseTense()
	if winterUnderway(f.ref, code, rel, t) {
		// "snowfall this winter" said in March: the winter that began
		// last December.
		return result{typ: "DATE", value: fmt.Sprintf("%04d-%s", y-1, code)}, true
	}
	switch {
	case contains(lastWords, rel):
		t = past
		if !start.Before(f.ref) || f.ref.Sub(start) < 92*24*time.Hour {
			y--
		}
		return result{typ: "DATE", value: fmt.Sprintf("%04d-%s", y, code)}, true
	case contains(nextWords, rel):
		if start.Before(f.ref) {
			y++
		}
		return result{typ: "DATE", value: fmt.Sprintf("%04d-%s", y, code)}, true
	case contains(thisWords, rel):
		return result{typ: "DATE", value: fmt.Sprintf("%04d-%s", y, code)}, true
	}
	switch {
	case t == past && rel == "the" && (m.prevWord() == "in" || m.prevWord() == "during") && seasonEndsPhrase(m) && seasonBarelyBegun(start, f.ref):
		// "was plausible in the spring", said in mid-March: a season
		// only weeks old is not yet one to look back on.
		y--
	case t == past && start.After(f.ref):
		y--
	case t == future && !start.AddDate(0, 3, 0).After(f.ref):
		// "will release water during the summer months", said in
		// October: the summer still to come.
		y++
	}
	return result{typ: "DATE", value: fmt.Sprintf("%04d-%s", y, code)}, true
}

// currentSeason reads "this season", a season of sport or of fires
// rather than of the calendar, as the year of publication, which holds
// most of it.
func currentSeason(f *finder, rel string) (result, bool) {
	if !contains(thisWords, rel) {
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	return result{typ: "DATE", value: yearValue(f.ref.Year())}, true
}

// earlierAcrossNewYear reports whether "earlier this season" (m, after
// "earlier"), said at ref early in the year, looks back into a season
// most likely begun the year before: a season of sport under way in
// the winter (football, hockey) started in the autumn, and no one year
// holds what happened earlier in it.
func earlierAcrossNewYear(f *finder, m *match) bool {
	return f.hasRef && f.ref.Month() <= time.March && m.prevWord() == "earlier"
}

func holiday(f *finder, m *match) (result, bool) {
	h := strings.ReplaceAll(m.lower("h"), "’", "'")
	if !capital(m.get("h")) {
		return result{}, false
	}
	year := -1
	if m.has("year") {
		year = atoi(m.get("year"))
	}
	day := func(y int) (time.Time, bool) {
		switch {
		case strings.HasPrefix(h, "christmas eve"):
			return time.Date(y, 12, 24, 0, 0, 0, 0, time.UTC), true
		case strings.HasPrefix(h, "christmas"):
			return time.Date(y, 12, 25, 0, 0, 0, 0, time.UTC), true
		case strings.HasPrefix(h, "new year's eve"):
			return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
		case strings.HasPrefix(h, "new year's"):
			return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
		case strings.HasPrefix(h, "thanksgiving"):
			nov1 := time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC)
			return nov1.AddDate(0, 0, (4-int(nov1.Weekday())+7)%7+21), true
		case h == "independence day":
			return time.Date(y, 7, 4, 0, 0, 0, 0, time.UTC), true
		case h == "halloween":
			return time.Date(y, 10, 31, 0, 0, 0, 0, time.UTC), true
		case h == "valentine's day":
			return time.Date(y, 2, 14, 0, 0, 0, 0, time.UTC), true
		case h == "boxing day":
			return time.Date(y, 12, 26, 0, 0, 0, 0, time.UTC), true
		case h == "election day":
			// The US general election: the Tuesday after the first
			// Monday of November.
			nov2 := time.Date(y, 11, 2, 0, 0, 0, 0, time.UTC)
			return nov2.AddDate(0, 0, (2-int(nov2.Weekday())+7)%7), true
		case strings.HasPrefix(h, "easter"):
			return easter(y), true
		}
		return time.Time{}, false
	}
	if year < 0 {
		if !f.hasRef {
			return result{}, false
		}
		year = f.ref.Year()
		d, _ := day(year)
		if m.has("week") {
			// "Easter week began": the week has begun if its
			// Monday has passed.
			d = d.AddDate(0, 0, -(int(d.Weekday())+6)%7)
		}
		rel := m.lower("rel")
		t := m.clauseTense()
		if t == past && !pastInsideQuote(m) {
			// "He added: \"Nobody wants to strike at Christmas\"": the
			// speaker's present decides, not the reporting verb.
			t = unknownTense
		}
		switch {
		case contains(lastWords, rel) || (rel == "" && t == past):
			if d.After(f.ref) {
				year--
			}
		case contains(nextWords, rel) || (rel == "" && t == future):
			if d.Before(f.ref) {
				year++
			}
		}
	}
	d, ok := day(year)
	if !ok {
		return result{}, false
	}
	if m.has("week") {
		// "Christmas week", "Easter week": the week the day falls in.
		return result{typ: "DATE", value: weekValue(d)}, true
	}
	return result{typ: "DATE", value: dayValue(d)}, true
}

// minQuotedWords is the fewest words of a quotation read as a speaker's
// words rather than a quoted term or name.
const minQuotedWords = 4

// pastInsideQuote reports, for a match inside a quotation, whether the
// quoted words themselves tell of the past; outside a quotation it
// reports true, leaving the sentence's tense to decide. A reporting verb
// outside the quotation marks ("he added", "she said") dates the saying,
// not what is said.
func pastInsideQuote(m *match) bool {
	open, end := quoteAround(m.s, m.idx[0], m.idx[1])
	if open < 0 || len(words(m.s[open:end])) < minQuotedWords {
		return true // a "Christmas butter" scheme: a quoted term, no speaker's words
	}
	return clauseTense(m.s[open:end], m.idx[0]-open, m.idx[1]-open) == past
}

// quoteAround returns the bounds of the quotation holding s[start:end]:
// the byte after the opening mark and the closing mark (or the end of s
// when the quotation runs on past the sentence). It returns -1 when the
// span is not quoted.
func quoteAround(s string, start, end int) (int, int) {
	_, quotes := punctuation(s, 0, len(s))
	open := -1
	for k, q := range quotes {
		if q >= start {
			if k%2 == 1 {
				return open, q
			}
			return -1, 0
		}
		if k%2 == 0 {
			_, size := utf8.DecodeRuneInString(s[q:])
			open = q + size
		}
	}
	if len(quotes)%2 == 1 && open >= 0 && open <= start {
		return open, len(s)
	}
	return -1, 0
}

// easter computes Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	g := (8*b + 13) / 25
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// followingSeason reads "the following spring" as the first such season
// that begins after the day or month the text last named, as "the
// following month" counts from it: "filming wraps in late April; a
// release is planned for the following spring" is the spring of the
// next year. After a decade, in the past, the season has no year. It
// reports false when no day or month comes before.
func followingSeason(f *finder, m *match, rel, code string) (string, bool) {
	if rel != "following" && rel != "subsequent" {
		return "", false
	}
	a, prec := f.anchorBefore(m.idx[0])
	if (f.afterDecade || decadeBefore(f, m.idx[0])) && m.clauseTense() == past {
		return "XXXX-" + code, true // "grew up in the 1970s … the following spring"
	}
	if a.IsZero() || prec != "day" && prec != "month" {
		return "", false
	}
	y := a.Year()
	if !time.Date(y, seasonStart["-"+code], 1, 0, 0, 0, 0, time.UTC).After(a) {
		y++
	}
	return fmt.Sprintf("%04d-%s", y, code), true
}

// isDigits reports whether s is made of ASCII digits only, and not empty.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// decadeBefore reports whether the last date of the sentence before
// offset pos is a decade ("the 1970s" is "197").
func decadeBefore(f *finder, pos int) bool {
	last := -1
	for i, c := range f.cur {
		if c.end <= pos && c.typ == "DATE" && (last < 0 || c.end > f.cur[last].end) {
			last = i
		}
	}
	return last >= 0 && len(f.cur[last].value) == 3 && isDigits(f.cur[last].value)
}

// seasonFreshDays is how long a season may have run and still be too
// young to be told in the past as a whole.
const seasonFreshDays = 45

// seasonBarelyBegun reports whether the season starting at start began
// before ref less than seasonFreshDays earlier.
func seasonBarelyBegun(start, ref time.Time) bool {
	return !start.After(ref) && ref.Sub(start) < seasonFreshDays*24*time.Hour
}

// seasonEndsPhrase reports whether the season of m ends its phrase, a
// stop or a comma after it, rather than modifying a noun ("the spring
// meetings", "the summer show").
func seasonEndsPhrase(m *match) bool {
	a := m.after()
	return a == 0 || a == '.' || a == ',' || a == ';' || a == ':'
}
