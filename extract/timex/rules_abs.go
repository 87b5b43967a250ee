package timex

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Rules for dates that name their month or year: ISO and numeric dates
// ("2026-09-15", "2026/09/15"), the day of the month alone ("on the 2nd"),
// "24 February 2022", "Dec. 3", "March 2022", "in November", "2022",
// "mid-2021", "the 1990s".

var absRules = []rule{
	{expand(`\b(?:(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d))?|(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2}))\b`), isoDate, trig("#")},
	{expand(`\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})\b`), numericDate, trig("#")},
	{expand(`\b(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONA})(?:\.|\b)(?:,?\s+(?P<year>{YEAR})\b)?`), dayMonth, trig("#")},
	{expand(`\b(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MONA})(?:\.|\b)\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{YEAR})\b)?`), dayMonth, trig("#")},
	{expand(`\b(?:(?P<mod>{MOD})[\s-]+)?(?P<mon>{MONA})(?:\.|\b),?\s+(?:of\s+)?(?P<year>{YEAR})\b`), monthYear, trig("#")},
	{expand(`\b(?:(?P<mod>{MOD}|(?P<rel>{LAST}|{NEXT}|{THIS}))[\s-]+)?(?P<mon>{MONF})\b`), bareMonth, trig(monthWords()...)},
	{expand(`\b(?:(?P<mod>{MOD}|fiscal|calendar|the\s+year)[\s-]+|(?P<mod>fy)\s?)?(?P<year>{YEAR})\b`), bareYear, trig("#")},
	{expand(`\b(?:on|by|until|till|since|from|before|after)\s+(?P<the>the\s+(?P<day>[0-3]?\d)(?P<suf>st|nd|rd|th))\b`), ordinalDay, trig("#")},
	{expand(`\b(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<dec>(?:1[0-9]|20)\d0)|'(?P<d2>\d0))'?s\b`), decade, trig("#")},
	{expand(`\b(?P<c>nineteen|twenty)[\s-]+(?P<y>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b|\b(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:\s+(?P<y2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?))?\b`), spokenYear, trig("nineteen", "twenty", "thousand")},
	{expand(`\bthe\s+(?:(?P<mod>early|late|mid)[\s-]+)?(?:nineteen[\s-]+)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`), decadeWord, trig("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")},
	{expand(`\b(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|nineteenth|twentieth|twenty-first|\d{1,2}(?:st|nd|rd|th))\s+century\b`), century, trig("century")},
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func isoDate(f *finder, m *match) (result, bool) {
	y, mo, d := atoi(m.get("year")), atoi(m.get("month")), atoi(m.get("day"))
	if !validDay(y, mo, d) {
		return result{}, false
	}
	v := ymd(y, mo, d)
	if m.has("hh") {
		return result{typ: "TIME", value: v + "T" + m.get("hh") + ":" + m.get("mm")}, true
	}
	return result{typ: "DATE", value: v}, true
}

// numericDate accepts d/m/y or m/d/y only when the reading is not in doubt:
// one part above 12, both parts equal, the article's other numeric dates
// all day-first (or all month-first), or, in a past clause, only one
// reading not after publication.
func numericDate(f *finder, m *match) (result, bool) {
	a, b, y := atoi(m.get("a")), atoi(m.get("b")), atoi(m.get("year"))
	if y < 1900 || y > 2099 {
		return result{}, false
	}
	mo, d, ok := numericOrder(f, m, a, b, y)
	if !ok || !validDay(y, mo, d) {
		return result{}, false
	}
	return result{typ: "DATE", value: ymd(y, mo, d)}, true
}

// numericOrder returns the month and day of a/b in year y.
func numericOrder(f *finder, m *match, a, b, y int) (mo, d int, ok bool) {
	switch {
	case a == b:
		return a, b, true
	case a > 12 && b <= 12:
		return b, a, true
	case b > 12 && a <= 12:
		return a, b, true
	case a > 12 || b > 12:
		return 0, 0, false
	}
	switch f.numericConvention() {
	case dayFirst:
		return b, a, true
	case monthFirst:
		return a, b, true
	}
	if !f.hasRef || m.clauseTense() != past {
		return 0, 0, false
	}
	dm := !time.Date(y, time.Month(b), a, 0, 0, 0, 0, time.UTC).After(f.ref)
	md := !time.Date(y, time.Month(a), b, 0, 0, 0, 0, time.UTC).After(f.ref)
	switch {
	case dm && !md:
		return b, a, true
	case md && !dm:
		return a, b, true
	}
	return 0, 0, false
}

// Orders of a text's numeric dates.
const (
	unknownOrder = iota + 1
	dayFirst
	monthFirst
)

var numericDateRe = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](?:19|20)\d\d\b`)

// numericConvention tells whether the text's unambiguous numeric dates
// put the day first ("25/09/2022") or the month ("09/25/2022"), computed
// once a Find call; a text that mixes both, or has neither, has none.
func (f *finder) numericConvention() int {
	if f.order != 0 {
		return f.order
	}
	var df, mf bool
	for _, g := range numericDateRe.FindAllStringSubmatch(f.text, -1) {
		a, b := atoi(g[1]), atoi(g[2])
		df = df || (a > 12 && a <= 31 && b <= 12)
		mf = mf || (b > 12 && b <= 31 && a <= 12)
	}
	switch {
	case df && !mf:
		f.order = dayFirst
	case mf && !df:
		f.order = monthFirst
	default:
		f.order = unknownOrder
	}
	return f.order
}

func dayMonth(f *finder, m *match) (result, bool) {
	mon, ok := lookup(months, m.get("mon"))
	if !ok || !capital(m.get("mon")) {
		return result{}, false
	}
	d := atoi(m.get("day"))
	if d < 1 || d > 31 || (m.has("wd") && !capital(m.get("wd"))) {
		return result{}, false
	}
	// "June 10-year bond futures", "a May 5-for-1 split": the number
	// opens a compound, and the month stands alone.
	if !m.has("year") && hyphenWord(m.s[m.idx[1]:]) {
		return result{}, false
	}
	// "May 5" is safe, but an abbreviation with neither dot nor year
	// ("Mar 3") is too often something else only when lower-cased,
	// which capital() already rejected.
	return monthDay(f, m, mon, d, func() bool { return periodEnded(m) })
}

// monthDay dates day d of month mon: in the year the match names, else
// in the year the clause's tense picks from publication (unknown without
// it). When ended (which may be nil) reports that a period ended on the
// day ("the quarter ended Oct. 31", said on Oct. 27), the day is one
// already gone.
func monthDay(f *finder, m *match, mon, d int, ended func() bool) (result, bool) {
	if m.has("year") {
		y := atoi(m.get("year"))
		if !validDay(y, mon, d) {
			return result{}, false
		}
		return result{typ: "DATE", value: ymd(y, mon, d)}, true
	}
	if !validDay(2000, mon, d) {
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "DATE", value: fmt.Sprintf("XXXX-%02d-%02d", mon, d)}, true
	}
	y := pickYear(f.ref, mon, d, unknownTense)
	if tenseDecidesYear(f.ref, mon, d, y) {
		y = pickYear(f.ref, mon, d, m.clauseTense())
	}
	if ended != nil && ended() && time.Date(y, time.Month(mon), d, 0, 0, 0, 0, time.UTC).After(f.ref) {
		y--
	}
	if off, ok := closingYear(m); ok {
		y = f.ref.Year() + off
	}
	if !validDay(y, mon, d) {
		y = f.ref.Year()
	}
	return result{typ: "DATE", value: ymd(y, mon, d)}, true
}

// periodNouns name the periods a report says "ended" on a day.
var periodNouns = map[string]bool{
	"quarter": true, "period": true, "year": true, "month": true, "months": true,
	"week": true, "weeks": true, "half": true,
}

// periodEnded reports whether the match follows "<period> ended": "the
// quarter ended Oct. 31", "the nine months ended Sept. 30".
func periodEnded(m *match) bool {
	ws := m.f.sentenceWords(m.s)
	k := sort.Search(len(ws), func(k int) bool { return ws[k].end > m.idx[0] })
	return k >= 2 && ws[k-1].text == "ended" && periodNouns[ws[k-2].text]
}

// hyphenWord reports whether s opens with a hyphen joined to a word
// other than a month's name ("-year", "-for-1", but not "-July 7").
func hyphenWord(s string) bool {
	if len(s) < 2 || s[0] != '-' || s[1]|0x20 < 'a' || s[1]|0x20 > 'z' {
		return false
	}
	end := 1
	for end < len(s) && s[end]|0x20 >= 'a' && s[end]|0x20 <= 'z' {
		end++
	}
	_, month := lookup(months, s[1:end])
	return !month
}

func monthYear(f *finder, m *match) (result, bool) {
	mon, ok := lookup(months, m.get("mon"))
	if !ok || !capital(m.get("mon")) {
		return result{}, false
	}
	return result{typ: "DATE", value: fmt.Sprintf("%s-%02d", m.get("year"), mon)}, true
}

// mayMarch are month names that are also common words; alone they count
// as months only after a word that introduces a date.
var mayMarch = map[string]bool{"may": true, "march": true}

var monthIntro = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "of": true,
	"during": true, "before": true, "after": true, "through": true, "early": true, "late": true,
	"mid": true, "last": true, "next": true, "this": true, "to": true, "between": true, "and": true,
	"on": true, "end": true, "throughout": true,
}

// spanEnd are the words that close a span at a month: "through
// January", "thru March".
var spanEnd = map[string]bool{"through": true, "thru": true}

// extendedBefore reports whether a verb that moves a date ahead
// ("extended", "postponed") stands among the dozen words before the
// match in its sentence.
func extendedBefore(m *match) bool {
	ws := m.f.sentenceWords(m.s)
	k := sort.Search(len(ws), func(k int) bool { return ws[k].end > m.idx[0] })
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if movedTo[ws[j].text] || ws[j].text == "renewed" || ws[j].text == "prolonged" {
			return true
		}
	}
	return false
}

// monthModifier reports whether "March" or "May" stands before a
// lower-case noun after "the", as a month modifying it does: "the March
// accession", "the May elections". A march or a may is no modifier ("the
// march on Washington"); a capitalised one before a preposition or in
// quotation marks opens a name ("the March of Dimes", "the “March of
// the Mothers”"), and before a word of politics names a person ("the
// May government").
func monthModifier(m *match) bool {
	if m.prevWord() != "the" {
		return false
	}
	rest := m.s[m.idx[1]:]
	w, ok := firstWord(rest)
	if !ok || w.start != 1 || rest[0] != ' ' || rest[1] < 'a' || rest[1] > 'z' {
		return false
	}
	return m.before() == ' ' && !personNouns[w.text] && !phrasePrepositions[w.text] && !gerundPrepositions[w.text] && w.text != "and" && w.text != "or"
}

// personNouns after "the May" make May a person: "the May government".
var personNouns = map[string]bool{
	"government": true, "administration": true, "cabinet": true, "ministry": true, "premiership": true,
	"era": true, "years": true, "team": true, "camp": true, "doctrine": true, "deal": true, "family": true,
}

func bareMonth(f *finder, m *match) (result, bool) {
	name := m.get("mon")
	mon, ok := lookup(months, name)
	if !ok || !capital(name) {
		return result{}, false
	}
	if mayMarch[strings.ToLower(name)] && !m.has("mod") && !monthIntro[m.prevWord()] && !monthModifier(m) {
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "DATE", value: fmt.Sprintf("XXXX-%02d", mon)}, true
	}
	rel := m.lower("rel")
	y := pickYear(f.ref, mon, 0, unknownTense)
	if tenseDecidesYear(f.ref, mon, 0, y) {
		y = pickYear(f.ref, mon, 0, bareMonthTense(f, m, mon, rel))
	}
	if contains(lastWords, rel) && mon >= int(f.ref.Month())-1 {
		// "last February" said in March is a year back: the month just
		// gone would be "last month".
		y = f.ref.Year() - 1
	}
	if contains(nextWords, rel) && mon <= int(f.ref.Month()) {
		y = f.ref.Year() + 1
	}
	if contains(thisWords, rel) {
		y = f.ref.Year()
	}
	return result{typ: "DATE", value: fmt.Sprintf("%04d-%02d", y, mon)}, true
}

// bareMonthTense returns the tense in which the bare month mon of m,
// after the relative word rel ("last", "next", or ""), is told.
func bareMonthTense(f *finder, m *match, mon int, rel string) tense {
	t := m.clauseTense()
	switch {
	case contains(lastWords, rel):
		t = past
	case contains(nextWords, rel):
		t = future
	case rel == "" && spanEnd[m.prevWord()] && extendedBefore(m):
		// "extended loans through January", said in October: the
		// extension is past, the month it runs to still ahead. "Prices
		// rose through March" keeps the tense of its verb.
		t = future
	case rel == "" && t != future && imperativeClause(m):
		// "Ask me again in March": a request is for the coming month.
		t = future
	case rel == "" && t != future && monthAwaited(f, m, mon):
		// "ahead of the world championships in September", said in May.
		t = future
	case rel == "" && t == future && monthOfModalSubject(m):
		t = unknownTense
	case rel == "" && monthOfBaseline(m):
		// "expects 6% this year, up from its December forecast".
		t = past
	}
	return t
}

// tenseDecidesYear reports whether the year pickYear gives day of
// month mon (0: a month named without a day) depends on the tense of
// its clause; y is its year with no tense known. A date near ref (most
// dates a story names) has the same year whatever the tense, and the
// clause need not be read.
func tenseDecidesYear(ref time.Time, mon, day, y int) bool {
	return pickYear(ref, mon, day, past) != y || pickYear(ref, mon, day, future) != y
}

func bareYear(f *finder, m *match) (result, bool) {
	y := atoi(m.get("year"))
	b, a := m.before(), m.after()
	if strings.IndexByte("$#,./:", b) >= 0 && b != 0 || (a >= '0' && a <= '9') || a == '%' {
		return result{}, false
	}
	// "close at 2082.1": a decimal number, not a year.
	if rest := m.s[m.idx[1]:]; len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') && rest[1] >= '0' && rest[1] <= '9' {
		return result{}, false
	}
	// "2014-2015" and "1985-90" are ranges; "post-1959" is a year.
	if b == '-' && m.idx[0] >= 2 && m.s[m.idx[0]-2] >= '0' && m.s[m.idx[0]-2] <= '9' {
		return result{}, false
	}
	// A following comma and three digits is a number ("2,000" aside,
	// "1999,000" never occurs); a following unit word is a quantity.
	rest := strings.ToLower(m.s[m.idx[1]:])
	for _, w := range []string{" people", " troops", " soldiers", " km", " kilometers", " miles", " feet", " meters", " metres", " votes", " times", " cases", " dollars", " tons", " tonnes", " points", " percent", ",0", ",1", ",2", ",3", ",4", ",5", ",6", ",7", ",8", ",9"} {
		if strings.HasPrefix(rest, w) {
			return result{}, false
		}
	}
	if quantityCompound(rest) || referenceCode(m) {
		return result{}, false
	}
	if !m.has("mod") && (modelYear(m.s[m.idx[1]:]) || nameYear(m)) {
		return result{}, false
	}
	if !m.has("mod") && (y < 1900 || y > 2099) && !monthIntro[m.prevWord()] {
		return result{}, false
	}
	if !m.has("mod") && clockBeforeZone(y, rest) {
		return result{}, false
	}
	return result{typ: "DATE", value: yearValue(y)}, true
}

// referenceCode reports a year joined by hyphens inside a code of capital
// letters and digits ("quoting reference AB-2024-0117", "case
// XK-2019-44"): the code is an identifier, it dates nothing.
func referenceCode(m *match) bool {
	if m.before() != '-' || m.after() != '-' || m.idx[1]+1 >= len(m.s) || !isDigitByte(m.s[m.idx[1]+1]) {
		return false
	}
	i := m.idx[0] - 1
	j := i
	for j > 0 && (m.s[j-1] >= 'A' && m.s[j-1] <= 'Z' || isDigitByte(m.s[j-1])) {
		j--
	}
	if j == i || j > 0 && isWordByte(m.s[j-1]) {
		return false
	}
	return strings.IndexFunc(m.s[j:i], func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0
}

// compoundUnits are the words that, joined to a number by a hyphen, make
// it a count: "a 2000-strong crowd", "a 1500-page report", "the
// 1200-series grades".
var compoundUnits = map[string]bool{
	"strong": true, "page": true, "member": true, "seat": true, "acre": true, "mile": true, "ton": true,
	"tonne": true, "series": true, "word": true, "room": true, "bed": true, "home": true, "unit": true,
	"kilometre": true, "kilometer": true, "km": true, "metre": true, "meter": true, "foot": true, "yard": true,
	"square": true, "point": true, "vote": true, "job": true, "student": true, "car": true, "barrel": true,
}

// quantityCompound reports whether rest, the lower-case text after a
// number, opens with a hyphen and a unit word: the number counts, it
// dates nothing.
func quantityCompound(rest string) bool {
	r, ok := strings.CutPrefix(rest, "-")
	if !ok {
		return false
	}
	end := strings.IndexFunc(r, func(c rune) bool { return c < 'a' || c > 'z' })
	if end < 0 {
		end = len(r)
	}
	return compoundUnits[r[:end]]
}

// nameYear reports a year that ends a name, right after a capitalised
// word inside the sentence: "a joint venture called Orion 1980", "Expo
// 2020". A possessive ("Mixte's 1989 results"), a month, a weekday or a
// season before it, or the sentence's first word ("For 1988"), leaves it
// a year.
func nameYear(m *match) bool {
	if m.before() != ' ' {
		return false
	}
	ws := m.f.sentenceWords(m.s)
	k := sort.Search(len(ws), func(k int) bool { return ws[k].end > m.idx[0] })
	if k < 2 {
		return false
	}
	prev := ws[k-1]
	raw := m.s[prev.start:prev.end]
	if prev.end+1 != m.idx[0] || !capital(raw) || strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s") {
		return false
	}
	_, month := months[prev.text]
	_, day := weekdays[prev.text]
	_, season := seasons[prev.text]
	return !month && !day && !season
}

// vehicleMakes are the car makers whose name after a year makes it a
// model year: "Kopp's 1987 Chevrolet Cavalier", "a 2015 Honda Civic".
var vehicleMakes = map[string]bool{
	"chevrolet": true, "chevy": true, "ford": true, "toyota": true, "honda": true, "buick": true,
	"cadillac": true, "dodge": true, "chrysler": true, "nissan": true, "volkswagen": true, "vw": true,
	"bmw": true, "mercedes": true, "mercedes-benz": true, "pontiac": true, "oldsmobile": true,
	"jeep": true, "plymouth": true, "mazda": true, "hyundai": true, "kia": true, "subaru": true,
	"volvo": true, "audi": true, "porsche": true, "tesla": true, "lexus": true, "acura": true,
	"infiniti": true, "mitsubishi": true, "gmc": true, "saab": true, "peugeot": true, "renault": true,
	"fiat": true, "opel": true, "vauxhall": true, "skoda": true, "ferrari": true, "lamborghini": true,
	"jaguar": true, "bentley": true, "rolls-royce": true, "maserati": true, "citroen": true, "lancia": true,
	"corvette": true, "harley-davidson": true, "ducati": true,
}

// vehicleNouns name a vehicle after its maker: "a 1999 Ford pickup".
var vehicleNouns = map[string]bool{"car": true, "sedan": true, "truck": true, "pickup": true, "van": true, "suv": true, "minivan": true, "coupe": true, "wagon": true}

// modelYear reports whether rest, the text after a year, opens with a
// capitalised car maker and a model or a vehicle: the year is then the
// model's, not a date ("his 1987 Chevrolet Cavalier"; "the 1976 Ford
// campaign" keeps its year).
func modelYear(rest string) bool {
	w, ok := firstWord(rest)
	if !ok || strings.TrimSpace(rest[:w.start]) != "" || !capital(rest[w.start:]) || !vehicleMakes[w.text] {
		return false
	}
	rest = rest[w.end:]
	next, ok := firstWord(rest)
	if !ok || strings.TrimSpace(rest[:next.start]) != "" {
		return false
	}
	return vehicleNouns[next.text] || capital(rest[next.start:]) && next.text != "administration" && next.text != "campaign"
}

// clockZones are the words that make a four-digit number before them a
// time of day on a 24-hour clock: "adjourned to 1000 CDT June 30",
// "from 1800 to 2100 local Chicago time".
var clockZones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true,
	"et": true, "ct": true, "pt": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true,
	"jst": true, "hkt": true, "sgt": true, "local": true, "hrs": true, "hours": true, "hundred": true,
}

// clockBeforeZone reports whether the number y, followed by rest (lower
// case), is a time of day: an hour and minutes (0000 to 2400) before a
// time zone or "local", itself or as the start of a range to one ("1800
// to 2100 local").
func clockBeforeZone(y int, rest string) bool {
	if y/100 > 24 || y%100 > 59 {
		return false
	}
	words := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' || r == '-' })
	if len(words) > 2 && (words[0] == "to" || words[0] == "and" || words[0] == "until") && len(words[1]) == 4 && atoi(words[1]) > 0 {
		words = words[2:]
	}
	return len(words) > 0 && clockZones[strings.TrimRight(words[0], ".")]
}

func decade(f *finder, m *match) (result, bool) {
	if m.has("dec") {
		return result{typ: "DATE", value: m.get("dec")[:3]}, true
	}
	d := m.get("d2")
	c := "19"
	if d[0] < '3' {
		c = "20"
	}
	return result{typ: "DATE", value: c + d[:1]}, true
}

// spokenYear reads years as broadcast transcripts spell them:
// "nineteen ninety-six", "the year two thousand".
func spokenYear(f *finder, m *match) (result, bool) {
	if m.has("c") {
		c, _ := parseNumber(m.get("c"))
		y, ok := parseNumber(m.get("y"))
		if !ok || y < 10 {
			return result{}, false
		}
		return result{typ: "DATE", value: yearValue(c*100 + y)}, true
	}
	y := 0
	if m.has("y2") {
		y, _ = parseNumber(m.get("y2"))
	}
	if !strings.Contains(strings.ToLower(m.s[m.idx[0]:m.idx[1]]), "year") && !m.has("y2") {
		return result{}, false
	}
	return result{typ: "DATE", value: yearValue(2000 + y)}, true
}

// decadeWord reads "the nineties" as the 1990s.
func decadeWord(f *finder, m *match) (result, bool) {
	n, ok := parseNumber(strings.TrimSuffix(strings.TrimSuffix(m.lower("dw"), "ies"), "ys") + "y")
	if !ok || n < 20 {
		return result{}, false
	}
	return result{typ: "DATE", value: fmt.Sprintf("19%d", n/10)}, true
}

func century(f *finder, m *match) (result, bool) {
	o := m.lower("ord")
	n, ok := ordinals[o]
	if !ok {
		n = atoi(strings.TrimRight(o, "stndrh"))
	}
	if n < 1 || n > 30 {
		return result{}, false
	}
	return result{typ: "DATE", value: fmt.Sprintf("%02d", n-1)}, true
}
