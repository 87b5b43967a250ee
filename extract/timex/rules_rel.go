package timex

import (
	"fmt"
	"newsbot/extract/internal/swar"
	"regexp"
	"strings"
	"time"
)

// Rules for expressions resolved against the publication date: "today",
// "on Tuesday", "last week", "two weeks ago", "the weekend", "now".

var relRules = []rule{
	{expand(`\b(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:'s|’s)?(?:\s+(?P<part>{PART}))?\b`), deictic, trig("today", "tonight", "yesterday", "tomorrow")},
	{expand(`\b(?P<part>mid-afternoon|{PART})\s+(?P<w>today|yesterday|tomorrow)\b`), deictic, trig("today", "tonight", "yesterday", "tomorrow")},
	{expand(`\b(?P<rel>this|last|{LAST}|tomorrow|yesterday)\s+(?P<part>{PART})\b`), partOfDay, trig("morning", "afternoon", "evening", "night", "overnight", "late")},
	{expand(`\b(?P<part>overnight|late-night|late\s+night|mid[\s-]afternoon)\b`), partOfDay, trig("morning", "afternoon", "evening", "night", "overnight", "late")},
	{expand(`\b(?:(?P<rel>{LAST}|{NEXT}|{THIS}|early|late|earlier|later)\s+)?(?:(?P<wd>{WDF})(?:(?P<poss>'s|’s)|(?P<pl>s))?(?:[\s-]+(?P<part>{PART})(?P<pl>s)?)?\b|(?P<wda>{WDA})\.)`), weekday, trig(append(keys(weekdays, nil), pluralWeekdays()...)...)},
	{expand(`\bthe\s+(?P<unit>week|month|year)\s+(?P<dir>before\s+last|after\s+next)\b`), twoOff, trig("last", "next")},
	{expand(`\b(?:(?P<mod>earlier|later|early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?(?P<rel>{LAST}|{NEXT}|{THIS})[\s-]+(?P<unit>week|wk|month|year|yr|decade|century)\b`), relUnit, trig(unitWords()...)},
	{expand(`\b(?:(?:earlier|later)\s+in\s+the\s+year|the\s+(?:full|current|present)\s+(?:fiscal\s+|calendar\s+)?year)\b`), thisYear, trig("year")},
	{expand(`\b(?:in|into|after|early\s+in|until|by)\s+(?P<x>the\s+(?P<w>new\s+year))\b`), newYear, trig("year")},
	{expand(`\bthe\s+(?:latest|most\s+recent)\s+(?:fiscal\s+|financial\s+)?year\b`), latestYear, trig("year")},
	{expand(`\bthe\s+(?:fiscal\s+|calendar\s+)?year\b`), theYear, trig("year")},
	{expand(`\b(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUM})[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|back|earlier|later|from\s+now|hence|before|after)\b`), agoLater, trig("ago", "back", "earlier", "later", "now", "hence", "before", "after")},
	{expand(`\b(?:(?P<rel>{LAST}|{NEXT}|{THIS}|the)\s+)?weekends?\b`), weekend, trig("weekend", "weekends")},
	{expand(`\bthe\s+week(?:'s|’s)?\b`), theWeek, trig("week")},
	{expand(`\b(?P<w>that\s+day|(?:that|the)\s+same\s+day|(?:(?:earlier|later)\s+)?(?:that|the)\s+same\s+(?:day|morning|afternoon|evening|night)|the\s+(?:next|following)\s+(?:morning|afternoon|evening|night)|that\s+afternoon|that\s+night|the\s+next\s+day|the\s+following\s+day|the\s+day\s+before|the\s+previous\s+day|the\s+day\s+after|(?:earlier|later)\s+that\s+day|(?:earlier|later)\s+in\s+the\s+day|that\s+morning|that\s+evening|that\s+week|that\s+month|that\s+year|the\s+same\s+year|the\s+same\s+month)\b`), anaphoric, trig("day", "night", "morning", "afternoon", "evening", "week", "month", "year")},
	{expand(`\b(?:until|till|by)\s+(?P<w>then)\b`), untilThen, trig("then")},
	{expand(`\bthis\s+(?P<unit>week|month|year)\s+(?:as|than)\s+(?P<w>last)\b`), ellipticLast, trig("last")},
	{expand(`\b(?:in|during)\s+(?P<w>the\s+(?P<part>morning|afternoon|evening))\b`), partOfAnchorDay, trig("morning", "afternoon", "evening")},
	{expand(`\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?day\b`), nthDay, trig("day")},
	{expand(`\b(?P<w>now|currently|nowadays|at\s+present|at\s+the\s+moment|these\s+days|presently|recently|lately|formerly|the\s+future|the\s+near\s+future|the\s+coming\s+days|the\s+past|current|the\s+(?:near|short|long)\s+term|a\s+(?:later|future)\s+date|(?:future|coming|upcoming)\s+quarters)\b`), reference, trig("now", "currently", "nowadays", "present", "moment", "days", "presently", "recently", "lately", "formerly", "past", "future", "coming", "current", "term", "date", "quarters")},
}

// nthDay reads "it's the second day of the offensive", "today is the
// eighth day of the strike" as the day the text is written. Only after
// a present-tense "is" or "marks": "it was the third day" and "on the
// first day in office" name a day the text does not give.
func nthDay(f *finder, m *match) (result, bool) {
	switch m.prevWord() {
	case "is", "it's", "it’s", "marks", "today's", "today’s":
	default:
		return result{}, false
	}
	if ws := words(m.s[m.idx[1]:]); len(ws) == 0 || ws[0].text != "of" {
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	return result{typ: "DATE", value: dayValue(f.ref)}, true
}

func deictic(f *finder, m *match) (result, bool) {
	if w := m.span("w"); m.s[w[0]] == 'T' && titleWordBefore(m.s, w[0]) {
		// "USA Today", "Gulf Health Today", "Psychology Today": the
		// last word of a title.
		return result{}, false
	}
	if m.lower("w") == "today" && !m.has("part") && m.span("w")[1] < m.idx[1] {
		if genericTodayNoun(m.s[m.idx[1]:]) {
			return result{}, false
		}
	}
	if m.lower("w") == "tomorrow" && !m.has("part") && m.span("w")[1] == m.idx[1] && genericTomorrow(m.s[:m.idx[0]]) {
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	d := f.ref
	switch w := m.lower("w"); {
	case w == "yesterday":
		d = d.AddDate(0, 0, -1)
	case w == "tomorrow":
		d = d.AddDate(0, 0, 1)
	case strings.HasSuffix(w, "before yesterday"):
		d = d.AddDate(0, 0, -2)
	case strings.HasSuffix(w, "after tomorrow"):
		d = d.AddDate(0, 0, 2)
	case w == "tonight":
		return result{typ: "TIME", value: dayValue(d) + "TNI"}, true
	}
	if p := m.lower("part"); p != "" {
		return result{typ: "TIME", value: dayValue(d) + "T" + dayParts[p]}, true
	}
	return result{typ: "DATE", value: dayValue(d)}, true
}

// genericTodayNoun reports whether the noun after "today's", or after
// one word that qualifies it, is one of genericToday: "today's world",
// "many of today's personal computers".
func genericTodayNoun(rest string) bool {
	w, ok := firstWord(rest)
	if !ok {
		return false
	}
	if genericToday[w.text] {
		return true
	}
	w2, ok := firstWord(rest[w.end:])
	return ok && strings.TrimSpace(rest[w.end:w.end+w2.start]) == "" && genericToday[w2.text]
}

// boundsOfDay are the nouns whose "of tomorrow" is the next day: "the
// end of tomorrow", "as of tomorrow".
var boundsOfDay = map[string]bool{
	"as": true, "end": true, "rest": true, "start": true, "beginning": true, "part": true, "middle": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "close": true, "events": true,
}

// genericTomorrow reports whether the text before "tomorrow" makes it
// the future at large: "the people of tomorrow", "the cities of
// tomorrow" name no day.
func genericTomorrow(lead string) bool {
	ws := strings.Fields(strings.ToLower(lead))
	n := len(ws)
	if n < 3 || ws[n-1] != "of" || (ws[n-3] != "the" && ws[n-3] != "a") {
		return false
	}
	noun := ws[n-2]
	return isLetters(noun) && !boundsOfDay[noun]
}

// isLetters reports whether w is all lower-case ASCII letters.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// titleWordBefore reports whether a capitalised word stands right before
// offset i in s, on the same line and with no punctuation between.
func titleWordBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i || j == 0 {
		return false
	}
	k := j
	for k > 0 && (s[k-1] >= 'a' && s[k-1] <= 'z' || s[k-1] >= 'A' && s[k-1] <= 'Z') {
		k--
	}
	return k < j && s[k] >= 'A' && s[k] <= 'Z'
}

// partOfDay handles "this morning", "last night", "overnight": parts of
// the publication day or of the night before it.
func partOfDay(f *finder, m *match) (result, bool) {
	p := m.lower("part")
	code := dayParts[p]
	if code == "" {
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "TIME", value: "XXXX-XX-XXT" + code}, true
	}
	d := f.ref
	told, narrated := time.Time{}, false
	if code == "AF" && m.lower("rel") == "" {
		told, narrated = f.pastNarrativeDay(m)
	}
	switch rel := m.lower("rel"); {
	case rel == "tomorrow":
		d = d.AddDate(0, 0, 1)
	case rel == "yesterday" || contains(lastWords, rel):
		d = d.AddDate(0, 0, -1)
	case rel == "" && code == "AF" && narrated:
		// "At 6.40am on Tuesday a vessel failed. … The fire was under
		// control by mid-afternoon": the afternoon of the day told of,
		// as a bare clock time continues it.
		d = told
	case rel == "" && code != "AF" && m.clauseTense() != future:
		// "overnight" and a "late-night meeting" in a report are the
		// night before publication; "mid-afternoon" is the day itself.
		d = d.AddDate(0, 0, -1)
		if a, ok := f.narrativeDay(m); ok && p == "overnight" && m.clauseTense() == past && a.Before(d) {
			// "London shares closed lower Friday. They were depressed
			// by overnight losses in New York", in a Monday paper: the
			// night before the day the story tells of. A story of the
			// day before publication keeps the night that ran into it.
			d = a.AddDate(0, 0, -1)
		}
	}
	return result{typ: "TIME", value: dayValue(d) + "T" + code}, true
}

func weekday(f *finder, m *match) (result, bool) {
	name := m.get("wd")
	if name == "" {
		name = m.get("wda")
	}
	wd, ok := lookup(weekdays, name)
	if !ok || !capital(name) || titleFollows(m) || !weekdayAbbrevFits(m, name) {
		return result{}, false
	}
	if m.has("pl") || coordinatedPlural(m.s[m.idx[1]:]) || everyJoined(m) {
		return weekdaySet(wd, m.lower("part")), true
	}
	var res result
	if d, ok, applies := articleWeekday(f, m, wd); applies && !ok {
		return result{}, false
	} else if applies {
		res.value = dayValue(d)
	} else if !f.hasRef {
		res.value = fmt.Sprintf("XXXX-WXX-%d", (wd+6)%7+1)
	} else {
		rel := m.lower("rel")
		t := m.clauseTense()
		strict := false
		switch {
		case contains(lastWords, rel):
			t, strict = past, true
		case contains(nextWords, rel):
			t, strict = future, true
		}
		if rel == "" && t != future && imperativeClause(m) {
			// "Come and talk to us on Saturday": a request or an
			// invitation is for the coming day.
			t = future
		}
		if rel == "" && t != future && lookedAhead(m, t) {
			// "no earlier than Saturday", "a 60% chance of rain on
			// Thursday", "If the Thursday attempt is scrubbed".
			t = future
		}
		if rel == "" && t != future && !m.has("poss") && fixtureGiven(m) {
			// "his first game is against Leeds at home on Saturday":
			// a fixture given in the present is still to come.
			t = future
		}
		if rel == "" && t != future && addedAhead(m) {
			// "extra shows have been added, including a matinee show
			// on Sunday": what a programme has just gained is ahead.
			t = future
		}
		if rel == "" && t != future && invitedAhead(m) {
			// "has invited the mayor-elect to a handover meeting on
			// Thursday": the occasion invited to is still to come.
			t = future
		}
		if rel == "" && t != future && (subjectAhead(m) || t != past && plannedOn(m)) {
			// "Saturday's walkout will still go ahead", "coincides
			// with a planned rail strike on Saturday".
			t = future
		}
		if rel == "" && t != future && (dayOpensClause(m) || stretchAhead(m) || frontedModal(m) || followedInPresent(m) || arrivingInPresent(m)) {
			// "Monday is a public holiday", "gusts were possible
			// through Friday", "On Tuesday, he can take the lead".
			t = future
		}
		if rel == "" && t != future && urgedAhead(m) {
			// "urges parents to use Saturday's clinic".
			t = future
		}
		if rel == "" && t != future && conditionAhead(m) {
			// "subject to Saturday's vote": a condition is still to
			// be met.
			t = future
		}
		if rel == "" && heldAsScheduled(m) {
			// "the final, scheduled for Sunday, went ahead": the
			// occasion planned for the day has taken place.
			t = past
		}
		if rel == "" && closingDay(m) {
			// "a premium to the closing price on Friday".
			t = past
		}
		if rel == "" && t != future && plannedComplement(m.s, m.idx[0]) {
			// "The plan is that he does the medical on Monday".
			t = future
		}
		if rel == "" && t != future && passiveFromAhead(m) {
			// "the hall is booked from Saturday".
			t = future
		}
		if rel == "" && (t == unknownTense && f.namedAhead(wd) || t == past && f.forecastForNamedDay(m, wd)) {
			// "Tuesday's flight is its first contract", after "will
			// lift off on Tuesday": the Tuesday the text looks ahead to.
			t = future
		} else if t == unknownTense || (rel == "" && m.has("poss") && !(t == future && (awaits(m.prevWord()) || modalOccasion(m) || subjectAhead(m) || attendedAhead(m) || goingAhead(m) || urgedAhead(m) || conditionAhead(m)))) {
			// A possessive ("Tuesday's talks") names a day whose
			// event is already known; news looks back by default,
			// unless a future clause looks forward to it ("will take
			// charge for Saturday's match").
			t = past
		}
		ref := f.ref
		// "the previous Friday", "the following Monday" count from
		// the day the text last named.
		if (rel == "previous" || rel == "preceding" || rel == "prior" || rel == "following" || rel == "subsequent") && m.prevWord() == "the" {
			if a, prec := f.anchorBefore(m.idx[0]); prec == "day" {
				ref = a
			}
		}
		d := weekdayDate(ref, wd, t, strict)
		if rel == "" && t == past && d.Equal(midnight(ref)) && sincePerfect(m) {
			// "had become a shrine since Monday" in a Monday story.
			d = d.AddDate(0, 0, -7)
		}
		if rel == "" && t == future && !strict && d.Equal(midnight(ref)) && resetForToday(leadWords(m)) {
			// "will now open on Monday" in a Monday paper: the day a
			// plan is moved to is next week's.
			d = d.AddDate(0, 0, 7)
		}
		if rel == "next" && m.prevWord() != "the" {
			d = intoNextWeek(d, ref)
		}
		if rel == "" && t != future && aheadOfOccasion(m) {
			// "Speaking ahead of Saturday's trip": the occasion is the
			// one nearest the report.
			d = nearestWeekday(ref, wd)
		}
		if rel == "" && (m.has("poss") && callsOff(m.prevWord()) || calledOffAfter(m) || cancelledSessions(m)) {
			d = nearestWeekday(ref, wd)
		}
		if t == future && !strict && afterPhrase(m) {
			// "will vote on Thursday …, after a heated committee
			// meeting on Monday night": what the vote comes after
			// lies before its day.
			// The day before it must itself lie ahead: "will be released
			// after the signing on Thursday" after "today's agreement"
			// looks forward.
			if prev, ok := f.dayBefore(m.idx[0]); ok && d.After(prev) && prev.After(midnight(f.ref)) {
				d = weekdayDate(ref, wd, past, false)
			}
		}
		res.value = dayValue(d)
	}
	res.typ = "DATE"
	// "Friday night", "Thursday morning": in news the weekday dates
	// the event and the part of the day is colour, so TimeML-annotated
	// reports mostly give the plain day; an evening or afternoon is
	// kept as the time it names ("expire Friday evening").
	if part := dayParts[m.lower("part")]; part != "" && part != "NI" && part != "MO" {
		res.typ, res.value = "TIME", res.value+"T"+part
	}
	return res, true
}

// imperativeVerbs are verbs that open a request or an invitation when
// they stand first in a clause in their bare form: "Come and talk to us",
// "Join us on Friday", "Vote on Thursday". Words that open a statement
// as readily as a request ("Watch", "Call", "Check") are left out.
var imperativeVerbs = map[string]bool{
	"come": true, "join": true, "visit": true, "tell": true, "bring": true,
	"vote": true, "please": true, "let's": true, "don't": true, "go": true,
	"talk": true, "meet": true, "attend": true, "contact": true,
	"register": true, "remember": true, "stay": true, "ask": true,
}

// maxRequestBytes bounds how far back from a weekday a request's verb
// is looked for.
const maxRequestBytes = 160

// imperativeClause reports whether the clause holding the match opens
// with a verb of request: the clause starts at the sentence's start or
// after an opening quotation mark or a colon.
func imperativeClause(m *match) bool {
	i := m.idx[0]
	for i > 0 && !opensClause(m.s, i) {
		if m.idx[0]-i > maxRequestBytes {
			return false // a request names its day within a few words
		}
		// Eight bytes none of which opens a clause are passed over at
		// once, as long as the bound is not reached inside them.
		for i >= 9 && m.idx[0]-(i-8) <= maxRequestBytes && !mayOpenClause8(swar.Load64(m.s, i-9)) {
			i -= 8
		}
		i--
	}
	return OpensRequest(m.s[i:m.idx[0]])
}

// mayOpenClause8 reports whether one of the eight bytes of x is a byte
// opensClause looks for before a clause: '"', '`', ':', ';' or the
// last byte of '“'.
func mayOpenClause8(x uint64) bool {
	const ones, tops = swar.BytesOf, 0x80 * swar.BytesOf
	zero := func(v uint64) uint64 { return (v - ones) &^ v & tops } // nonzero iff a byte of v is 0
	return zero(x^'"'*ones)|zero(x^'`'*ones)|zero(x^':'*ones)|zero(x^';'*ones)|zero(x^0x9c*ones) != 0
}

// opensClause reports whether a clause may open at s[i], after an
// opening quotation mark ('"', '`' or '“') or a colon or semicolon.
func opensClause(s string, i int) bool {
	switch s[i-1] {
	case '"', '`', ':', ';':
		return true
	case 0x9c: // the last byte of '“', U+201C
		return strings.HasSuffix(s[:i], "“")
	}
	return false
}

// OpensRequest reports whether s opens with a capitalised verb of
// request or invitation in its bare form: "Come and talk to us", "Join
// us", "Please call".
func OpensRequest(s string) bool {
	s = strings.TrimLeft(s, " \"“‘'`([")
	w, ok := firstWord(s)
	return ok && w.start == 0 && capital(s) && imperativeVerbs[w.text]
}

// pluralWeekdays lists the plural weekday names ("mondays"), which
// recur.
func pluralWeekdays() []string {
	var ws []string
	for _, k := range keys(weekdays, isFullWeekday) {
		ws = append(ws, k+"s")
	}
	return ws
}

// coordinatedPluralRe matches a plural weekday, or a weekday with a
// plural part of the day, coordinated after another weekday: "and
// Tuesday nights", "or Sundays".
var coordinatedPluralRe = expand(`^\s*(?:,\s*)?(?:and|or|&)\s+{WDF}(?:s|[\s-]+{PART}s)\b`)

// coordinatedPlural reports whether rest, the text after a weekday,
// coordinates it with a recurring one: in "on Monday and Tuesday nights"
// both days recur.
func coordinatedPlural(rest string) bool {
	if len(rest) > 40 {
		rest = rest[:40]
	}
	return coordinatedPluralRe.MatchString(lowerASCII(rest))
}

// weekdaySet is the TimeML set of a recurring weekday, or of a part of
// it: "on Mondays" is XXXX-WXX-1, "Tuesday nights" XXXX-WXX-2TNI.
func weekdaySet(wd int, part string) result {
	v := fmt.Sprintf("XXXX-WXX-%d", (wd+6)%7+1)
	if code := dayParts[part]; code != "" {
		v += "T" + code
	}
	return result{typ: "SET", value: v}
}

// weekdayAbbrevWords lists the abbreviations that are also words or names
// ("Sun." ends "writes for The Sun.", "Wed." a headline verb).
var weekdayAbbrevWords = map[string]bool{"sun": true, "mon": true, "wed": true, "sat": true}

// weekdayAbbrevFits reports whether a weekday the rule matched stands as
// one: a name or an abbreviation with its full stop ("on Tues.", "Fri.")
// does, one that is also a word ("Sun.", "Sat.") not after a determiner
// or a capitalised word of a title ("The Sun.", "Daily Sun.").
func weekdayAbbrevFits(m *match, name string) bool {
	low := strings.ToLower(name)
	if !weekdayAbbrevWords[low] {
		return true
	}
	switch p := m.prevWord(); {
	case p == "the" || p == "a":
		return false
	case p != "" && m.idx[0] >= 2:
		return !capital(lastWordBefore(m.s, m.idx[0]))
	}
	return true
}

// lastWordBefore returns the word of s ending before byte i.
func lastWordBefore(s string, i int) string {
	f := strings.Fields(s[:i])
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// intoNextWeek moves a day still in the week of ref, and only a few days
// ahead of it, into the week after: "next Friday" said on a Thursday is
// the Friday of the following week, not the day after ("this Friday" or
// plain "Friday" is that), while "next Sunday" said on a Monday is the
// Sunday that closes the week, not the one after it.
func intoNextWeek(d, ref time.Time) time.Time {
	dy, dw := d.ISOWeek()
	ry, rw := ref.ISOWeek()
	if dy == ry && dw == rw && d.Sub(midnight(ref)) < nearNextDays*24*time.Hour {
		return d.AddDate(0, 0, 7)
	}
	return d
}

// nearNextDays is how many days ahead a weekday must lie for "next" to
// name its coming occurrence rather than the one a week later.
const nearNextDays = 4

// maxAfterPhrase is the most words from "after" to the day it leads to.
const maxAfterPhrase = 8

// afterPhrase reports whether the match closes a phrase opened by
// "after", with no clause punctuation between: "after a heated committee
// meeting on Monday night".
func afterPhrase(m *match) bool {
	lead := m.s[:m.idx[0]]
	if i := strings.LastIndexAny(lead, ",;:—–()\"“”"); i >= 0 {
		lead = lead[i+1:]
	}
	ws := strings.Fields(strings.ToLower(lead))
	for i := len(ws) - 1; i >= 0 && len(ws)-i <= maxAfterPhrase; i-- {
		if ws[i] == "after" {
			return true
		}
	}
	return false
}

// dayBefore returns the latest day the sentence named before offset pos.
func (f *finder) dayBefore(pos int) (time.Time, bool) {
	var best time.Time
	found := false
	for i := max(0, len(f.cur)-64); i < len(f.cur); i++ {
		c := f.cur[i]
		if c.end > pos || precisionOf(c.value) != "day" {
			continue
		}
		if t, ok := startOf(c.value); ok && (!found || t.After(best)) {
			best, found = t, true
		}
	}
	return best, found
}

// callsOff reports whether a word before a day's event calls the event
// off: what is postponed had not yet happened when it was, so "postponed
// Sunday's match" in a Thursday story is most likely the coming Sunday,
// in a Monday story the day before.
func callsOff(w string) bool {
	switch w {
	case "postponed", "cancelled", "canceled", "scrapped", "off", "rescheduled", "delayed":
		return true
	}
	return false
}

// nearestWeekday returns the day of weekday wd nearest ref, looking back
// on a tie.
func nearestWeekday(ref time.Time, wd int) time.Time {
	back, ahead := weekdayDate(ref, wd, past, false), weekdayDate(ref, wd, future, false)
	if ahead.Sub(midnight(ref)) < midnight(ref).Sub(back) {
		return ahead
	}
	return back
}

// awaits reports whether a word before a day looks forward to what
// happens on it: "for Saturday's match", "before Sunday's vote".
func awaits(w string) bool {
	// "if Thursday's rain arrives", "should Wednesday's attempt be
	// called off": a condition waits on the day.
	// "don't miss Monday's podcast": what one must not miss is ahead.
	return w == "for" || w == "before" || w == "ahead" || w == "until" || w == "of" || w == "if" || w == "should" || w == "miss"
}

// relUnit handles "last week", "this year", "next month", "final yr",
// "earlier this month".
func relUnit(f *finder, m *match) (result, bool) {
	u, ok := lookup(units, m.get("unit"))
	if !ok {
		return result{}, false
	}
	// "ABC's This Week": a title, which capitalises the unit too.
	if capital(m.get("unit")) && capital(m.get("rel")) && m.idx[0] > 0 && strings.TrimSpace(m.s[:m.idx[0]]) != "" {
		return result{}, false
	}
	rel, mod := m.lower("rel"), m.lower("mod")
	if ofAfter(m) && (contains(lastWords, rel) || contains(nextWords, rel)) && !m.has("mod") && !afterNoun(m.prevWord()) {
		// "the last week of her life", "the final year of his term":
		// a part of something else, not a week or year the text dates.
		// After a noun the date is the noun's and "of" its object: "the
		// resignation last month of the housing minister".
		return result{}, false
	}
	if m.prevWord() == "very" && contains(lastWords, rel) {
		// "until the very last week": the final one of something, not
		// the week before this one.
		return result{}, false
	}
	if rel == "past" && mod == "" && u.mult >= 10 {
		// "over the past decade", "events of the past century": the
		// years up to now, not the calendar decade or century before
		// this one ("the last century" is the 1900s).
		return result{typ: "DURATION", value: durationValue(1, u)}, true
	}
	n := 0
	switch {
	case contains(lastWords, rel):
		n = -1
	case contains(nextWords, rel):
		n = 1
	}
	// "the following month", "the previous year" count from the date
	// the text last named, not from publication.
	if (rel == "following" || rel == "subsequent" || rel == "previous" || rel == "preceding" || rel == "prior") && mod == "" && m.prevWord() == "the" {
		if a, prec := f.anchorBefore(m.idx[0]); !a.IsZero() && coarserOrEqual(u.code, prec) && !(n > 0 && aheadBeforeRef(f, m, shiftValue(a, n, u), u)) {
			return result{typ: "DATE", value: shiftValue(a, n, u)}, true
		}
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	res := result{typ: "DATE", value: shiftValue(f.ref, n, u)}
	if n == 0 && u.code == "W" {
		res.value = weekValue(comingWeekOnSunday(f, m, mod))
	}
	res.future = n > 0 || (n == 0 && mod == "later")
	return res, true
}

// aheadBeforeRef reports whether a "the following year" counted from the
// date the text last named (value v) falls before the unit of
// publication in a clause that looks ahead: "He retired in 2022. ... He
// will join the department the following year" cannot join in 2023, so
// the phrase counts from publication instead.
func aheadBeforeRef(f *finder, m *match, v string, u unit) bool {
	return f.hasRef && m.clauseTense() == future && v < shiftValue(f.ref, 0, u)
}

// latestYear reads "the latest fiscal year" of a report as the last
// year completed, the one before publication: its sales are known only
// once it is over, as "the latest quarter" is the last one closed.
func latestYear(f *finder, m *match) (result, bool) {
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	return result{typ: "DATE", value: yearValue(f.ref.Year() - 1)}, true
}

// ellipticLast reads the "last" that compares with "this week", "this
// month" or "this year" as the unit before it: "twice as high a dividend
// this year as last", "more this month than last".
func ellipticLast(f *finder, m *match) (result, bool) {
	u, ok := lookup(units, m.get("unit"))
	if !ok {
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "DATE", span: m.span("w")}, true
	}
	return result{typ: "DATE", value: shiftValue(f.ref, -1, u), span: m.span("w")}, true
}

// twoOff reads "the week before last" and "the month after next": two
// units before or after the one of publication.
func twoOff(f *finder, m *match) (result, bool) {
	u, ok := lookup(units, m.get("unit"))
	if !ok {
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	n := -2
	if strings.HasPrefix(m.lower("dir"), "after") {
		n = 2
	}
	return result{typ: "DATE", value: shiftValue(f.ref, n, u), future: n > 0}, true
}

// comingWeekOnSunday returns the day whose ISO week "this week" names.
// On a Sunday the ISO week is ending, so a "this week" or "later this
// week" with a verb of the future ("would vote later this week") is the
// coming Monday's week; in a past clause it stays the ending one.
func comingWeekOnSunday(f *finder, m *match, mod string) time.Time {
	if f.ref.Weekday() != time.Sunday || (mod != "" && mod != "later") || m.clauseTense() != future {
		return f.ref
	}
	return f.ref.AddDate(0, 0, 1)
}

// phraseOpeners open the noun phrase a "last week of" may be part of:
// "the last week of her life", "in his final year of office".
var phraseOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "my": true,
	"our": true, "your": true, "this": true, "that": true, "whose": true, "in": true, "during": true,
	"for": true, "of": true, "over": true, "on": true, "at": true, "by": true, "through": true,
	"very": true, "same": true,
}

// afterNoun reports whether the word before a date is a noun or verb it
// follows ("resignation", "died"), not one opening a phrase around it.
func afterNoun(prev string) bool {
	return len(prev) > 2 && !phraseOpeners[prev] && !isNumber(prev)
}

// ofAfter reports whether "of" follows the match.
func ofAfter(m *match) bool {
	w, ok := firstWord(m.s[m.idx[1]:])
	return ok && w.text == "of" && strings.TrimSpace(m.s[m.idx[1]:m.idx[1]+w.start]) == ""
}

// thisYear resolves "the full year", "the current fiscal year", "earlier
// in the year": the publication year.
func thisYear(f *finder, m *match) (result, bool) {
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	return result{typ: "DATE", value: yearValue(f.ref.Year())}, true
}

// newYear reads "in the new year" as the coming year when the text is
// written in its second half, else as the year under way. The holiday
// ("over the New Year", "New Year's Day") is written in capitals and
// not matched.
func newYear(f *finder, m *match) (result, bool) {
	if w := m.span("w"); m.s[w[0]] != 'n' {
		return result{}, false
	}
	if !f.hasRef {
		return result{typ: "DATE", span: m.span("x")}, true
	}
	y := f.ref.Year()
	if f.ref.Month() >= time.July {
		y++
	}
	return result{typ: "DATE", value: yearValue(y), future: y > f.ref.Year(), span: m.span("x")}, true
}

// modifierOfNext matches the time that an "earlier" or "later" right
// before it modifies: "earlier this year", "later that day", "later in
// the week", "earlier today".
var modifierOfNext = regexp.MustCompile(`(?i)^\s+(?:(?:this|that|last|next|in\s+the)\s+(?:day|morning|afternoon|evening|week|month|year|season|decade)|today|tonight)\b`)

// agoLater handles "two weeks ago" (from the publication date) and "three
// days later" (from the last date the text mentioned, if any).
func agoLater(f *finder, m *match) (result, bool) {
	n, ok := parseNumber(m.get("num"))
	u, ok2 := lookup(units, m.get("unit"))
	if ok && ok2 && u.time {
		if days, whole := hoursAsDays(f, m, n, u); whole {
			n, u = days, units["days"]
		}
	}
	if !ok || !ok2 || u.time || n > 500 {
		return result{}, false // "292,000 week ago" counts heads, not weeks
	}
	dir := m.lower("dir")
	if (dir == "later" || dir == "earlier") && (wordAfter(m.s, m.idx[1], "than") || modifierOfNext.MatchString(m.s[m.idx[1]:min(len(m.s), m.idx[1]+40)])) {
		// "five weeks later than first planned" measures a delay; it
		// names no point in time. In "closed for six weeks earlier this
		// year" the "earlier" belongs to "this year", the time, and "six
		// weeks" is how long.
		return result{typ: "DURATION", value: durationValue(n, u), span: []int{m.idx[0], m.span("dir")[0]}}, true
	}
	var span []int
	if dir == "before" || dir == "after" {
		end, ok := thatAfter(m.s, m.idx[1])
		a, prec := f.anchorBefore(m.idx[0])
		if !ok || a.IsZero() || !coarserOrEqual(u.code, prec) {
			// "two days before the vote" is a duration relative to an event.
			return result{typ: "DURATION", value: durationValue(n, u), span: []int{m.idx[0], m.span("dir")[0]}}, true
		}
		// "three months after that" counts from the date last named.
		dir, span = map[string]string{"before": "earlier", "after": "later"}[dir], []int{m.idx[0], end}
	}
	if n < 0 && (dir == "later" || dir == "earlier") {
		// "A few days later, American Medical announced": an unknown
		// number of days from a time the text told of names no day,
		// only how far, like "two days before the vote".
		return result{typ: "DURATION", value: durationValue(n, u), span: []int{m.idx[0], m.span("dir")[0]}}, true
	}
	if n < 0 {
		return result{typ: "DATE", value: map[bool]string{true: "FUTURE_REF", false: "PAST_REF"}[dir == "from now" || dir == "hence"]}, true
	}
	ref, hasRef := f.ref, f.hasRef
	coarse := "" // the precision of an anchor coarser than the unit
	// "two years later", "a year earlier" in a narrative count from the
	// date the text last named; "ago" counts from publication, and so
	// does the "a year earlier" of a report comparing figures.
	if a, prec := f.anchorBefore(m.idx[0]); (dir == "later" || dir == "earlier" && coarserOrEqual(u.code, prec) && !comparesFigures(m.s)) && !a.IsZero() {
		ref, hasRef = a, true
		if !coarserOrEqual(u.code, prec) {
			coarse = prec
		}
	}
	if !hasRef {
		return result{typ: "DATE"}, true
	}
	if dir == "ago" || dir == "back" || dir == "earlier" {
		n = -n
		if n == -1 && u.code == "Y" {
			if v, ok := f.yearAgoQuarter(m.s, m.idx[0]); ok {
				return result{typ: "DATE", value: v}, true
			}
		}
	}
	// "Two days later" after "in March 2013" is known to the month, not
	// the day: counting from the month's first day would invent one.
	v := truncated(shiftValue(ref, n, u), coarse)
	if dir == "later" && span == nil && !isFuture(v, f.ref) && (modalBefore(m.s[:m.idx[0]]) || m.clauseTense() == future && !f.namedInSentence(m.idx[0])) {
		// "If the family fails to appeal within 14 days, the soonest he
		// would be free to leave would be seven days later": a clause
		// looking ahead counts from an event still to come, not from a
		// date already gone. So does a rule told in the present
		// ("Otherwise the top two meet in a runoff a fortnight later")
		// after a date of another sentence.
		return result{typ: "DURATION", value: durationValue(n, u), span: []int{m.idx[0], m.span("dir")[0]}}, true
	}
	return result{typ: "DATE", value: v, span: span}, v != ""
}

// modalBefore reports whether one of the last few words of lead is a
// modal of the future: "the soonest he would be free would be".
func modalBefore(lead string) bool {
	ws := strings.Fields(strings.ToLower(lead))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-6; i-- {
		switch ws[i] {
		case "will", "would", "shall":
			return true
		}
	}
	return false
}

// truncated cuts a calendar value to a coarser precision ("month",
// "year"); any other precision leaves it whole.
func truncated(v, prec string) string {
	n := map[string]int{"year": 4, "month": 7}[prec]
	if n == 0 || len(v) < n {
		return v
	}
	// An ISO week ("two weeks later" after June: 2023-W26) is cut as
	// the month of its Thursday.
	var y, w int
	if k, err := fmt.Sscanf(v, "%d-W%d", &y, &w); err == nil && k == 2 && len(v) <= 8 {
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w-1)*7)
		v = monday.AddDate(0, 0, 3).Format("2006-01-02")
	}
	return v[:n]
}

// comparesFigures reports whether a sentence compares figures ("rose 5%
// from a year earlier", "compared with $3 million", "down from 38,441"):
// a results report, whose "a year earlier" is the year before the period
// reported. A score ("had drawn 0-0", "a 2-1 win") is no figure: "Three
// days earlier, City had drawn 0-0" tells a match of the narrative.
func comparesFigures(s string) bool {
	if strings.ContainsAny(s, "%$€£") || strings.Contains(s, "compared") || strings.Contains(s, "percent") {
		return true
	}
	// Any figure other than a year: "down from 38,441 a year earlier".
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' || s[j] == '.') {
			j++
		}
		if n := strings.TrimRight(s[i:j], ",."); (len(n) != 4 || strings.ContainsAny(n, ",.")) && !score(s, i, i+len(n)) {
			return true
		}
		i = j
	}
	return false
}

// matchWords stand next to the score of a match: "had drawn 0-0", "a
// 2-1 win", "lost 3-0".
var matchWords = map[string]bool{
	"won": true, "win": true, "wins": true, "drew": true, "drawn": true, "draw": true, "beat": true,
	"lost": true, "loss": true, "defeat": true, "defeated": true, "victory": true, "thrashed": true,
}

// score reports whether the number s[i:j] is one side of the score of a
// match: at most two digits joined by a hyphen or a dash to as short a
// number, with a match word next to the pair ("drawn 0-0", "a 2–1 win"),
// where "30-45 units" is a range of figures.
func score(s string, i, j int) bool {
	digit := func(k int) bool { return k >= 0 && k < len(s) && '0' <= s[k] && s[k] <= '9' }
	for lo := i; lo < j; lo++ {
		if !digit(lo) {
			return false
		}
	}
	if j-i > 2 {
		return false
	}
	for _, dash := range []string{"-", "–"} {
		lo, hi := i, j
		switch {
		case strings.HasPrefix(s[j:], dash) && digit(j+len(dash)):
			for hi = j + len(dash); digit(hi); hi++ {
			}
			if hi-j-len(dash) > 2 {
				continue
			}
		case strings.HasSuffix(s[:i], dash) && digit(i-len(dash)-1):
			for lo = i - len(dash); digit(lo - 1); lo-- {
			}
			if i-len(dash)-lo > 2 {
				continue
			}
		default:
			continue
		}
		before, after := strings.Fields(s[:lo]), strings.Fields(s[hi:])
		return len(before) > 0 && matchWords[strings.ToLower(before[len(before)-1])] ||
			len(after) > 0 && matchWords[strings.ToLower(strings.Trim(after[0], ",.;"))]
	}
	return false
}

// thatAfter reports whether the word "that" follows offset i of s ("three
// months after that") and returns where it ends.
func thatAfter(s string, i int) (int, bool) {
	w, ok := firstWord(s[i:])
	if !ok || w.text != "that" || strings.TrimSpace(s[i:i+w.start]) != "" {
		return 0, false
	}
	return i + w.end, true
}

// wordAfter reports whether the word want follows offset i of s, with
// nothing but spaces between.
func wordAfter(s string, i int, want string) bool {
	w, ok := firstWord(s[i:])
	return ok && w.text == want && strings.TrimSpace(s[i:i+w.start]) == ""
}

func weekend(f *finder, m *match) (result, bool) {
	rel := m.lower("rel")
	if rel == "" && indefinite[m.prevWord()] {
		// "After a weekend of bitter accusations", "spent a weekend in
		// Paris": some weekend, not one the text dates.
		return result{}, false
	}
	if n, ok := countedWeekends(m); ok {
		lead := strings.TrimRight(m.s[:m.idx[0]], " ")
		return result{typ: "DURATION", value: fmt.Sprintf("P%dWE", n), span: []int{strings.LastIndexByte(lead, ' ') + 1, m.idx[1]}}, true
	}
	if !f.hasRef {
		return result{typ: "DATE", value: "XXXX-WXX-WE"}, true
	}
	t := m.clauseTense()
	switch {
	case contains(lastWords, rel):
		t = past
	case contains(nextWords, rel):
		t = future
	}
	if t != future && rel != "last" && plannedComplement(m.s, m.idx[0]) {
		t = future // "The plan is that he flies in over the weekend"
	}
	var sat time.Time
	if t == future {
		sat = weekdayDate(f.ref, 6, future, false)
	} else {
		sat = weekdayDate(f.ref, 6, past, false)
		if f.ref.Weekday() == time.Sunday {
			sat = f.ref.AddDate(0, 0, -1)
		}
		if rel == "last" && (f.ref.Weekday() == time.Saturday || f.ref.Weekday() == time.Sunday) {
			// Said during a weekend, "last weekend" is the one before
			// it; "the weekend" is the one under way.
			sat = sat.AddDate(0, 0, -7)
		}
	}
	return result{typ: "DATE", value: weekValue(sat) + "-WE"}, true
}

// indefinite are the determiners of a noun phrase that names no
// particular one.
var indefinite = map[string]bool{"a": true, "an": true, "another": true, "one": true}

// titleFollows reports whether a weekday after an article is followed by
// a capitalised word other than a month: "the Sunday Mail" is a paper.
func titleFollows(m *match) bool {
	if m.has("poss") || m.has("part") || m.has("rel") {
		return false
	}
	if p := m.prevWord(); p != "the" && p != "a" {
		return false
	}
	rest := m.s[m.idx[1]:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	first, ok := firstWord(rest)
	if !ok || first.start != 1 {
		return false
	}
	w := rest[first.start:first.end]
	if _, month := lookup(months, w); month || !capital(w) {
		return false
	}
	return true
}

// coarserOrEqual reports whether a unit ("Y", "M", "W", "D") can be
// counted from an anchor known to precision prec.
func coarserOrEqual(code, prec string) bool {
	switch prec {
	case "day":
		return true
	case "month":
		return code == "Y" || code == "M"
	case "year":
		return code == "Y"
	}
	return false
}
