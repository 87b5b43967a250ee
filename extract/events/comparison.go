package events

import (
	"regexp"
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// comparers end the words before a time that is the standard of a
// comparison: "more than last year", "compared with the previous year".
var comparers = [][]string{
	{"than"}, {"compared", "with"}, {"compared", "to"}, {"relative", "to"}, {"versus"},
	{"compare", "with"}, {"compares", "with"}, {"compare", "to"}, {"compares", "to"},
}

// maxComparedThingWords bounds the words between "than" and a time
// that dates the thing compared: "than the one we received".
const maxComparedThingWords = 6

// thingCompared reports whether the words before a time (lower, in
// lower case) close with "than" and a noun phrase the time qualifies,
// by a clause on it or as its modifier: "a better bill than the one we
// received three weeks ago", "higher than the 862 mln spent in 1986",
// "lower than those of three years ago", "lower than its March 1986
// level", "more than the 50.92 billion of February 1986". The time dates the thing compared, not the comparison; a bare
// phrase after the noun may date the clause ("trading higher than the
// 35 dlr offer on Friday").
func thingCompared(lower string) bool {
	if !strings.Contains(lower, "than") {
		return false // a cheap test before the words are split
	}
	if i := commaSemicolonColonParensDashesMarks.lastIn(lower); i >= 0 {
		lower = lower[i+1:]
	}
	ws := strings.FieldsFunc(lower, notLetter)
	of := strings.HasSuffix(strings.TrimSpace(lower), " of") // "than the 50.92 billion of February 1986"
	for i := len(ws) - 2; i >= 0 && len(ws)-1-i <= maxComparedThingWords; i-- {
		switch {
		case comparedStops[ws[i]]:
			return false // "for more than a decade but in 1982 the government shelved"
		case ws[i] != "than":
			continue
		case i > 0 && (ws[i-1] == "other" || ws[i-1] == "rather"):
			return false // "other than those surrendering on March 31": no comparison
		case ws[i+1] == "those" || ws[i+1] == "that":
			return true // "lower than those of three years ago"
		case !determiners[ws[i+1]]:
			return false
		case i+2 == len(ws) || of:
			return true // "lower than its March 1986 level"
		}
		for _, w := range ws[i+2:] {
			if pastParticiple(w) || comparedClauseWords[w] {
				return true
			}
		}
		return false
	}
	return false
}

// comparedStops end the phrase of a thing compared: a time after them
// dates another clause.
var comparedStops = map[string]bool{"and": true, "but": true, "or": true, "while": true, "as": true}

// comparedClauseWords open a clause on the thing compared, which the
// time after them dates: "than the one we received", "than the 29 dlrs
// where the shares traded today".
var comparedClauseWords = map[string]bool{"that": true, "which": true, "who": true, "where": true, "when": true,
	"we": true, "they": true, "he": true, "she": true, "i": true, "you": true, "it": true}

// comparedTime reports whether the expression at t is what the sentence
// compares with ("burned twice as much land as the previous year", "more
// than last year", "up 4% compared with the previous year", "from 10.6
// billion dlrs in 1986"): it dates the
// figure compared, not what the clause reports, which another time of the
// sentence may still date.
func comparedTime(text string, sent, t doc.Span, lw *leadIn) bool {
	if !sent.Contains(t) || sent.End > len(text) {
		return false
	}
	if comparativeYear(text, t) {
		return true // "(2025: £2.68 billion)"
	}
	before, lower, ws := lw.get()
	from, multiple := leadMarkers(ws)
	if from && baseFigure(before) || comparedFigure(before) || multiple && multipleAfterComma(before) || negationCloses(ws) && mayNegate(lower) && negatedAlternativeAtEnd(before) ||
		mayBeginRecords(lower) && recordsBegan.MatchString(before) {
		return true
	}
	if recordSetBefore(ws) || levelMeasuredFrom(text, t, ws) {
		return true
	}
	if n := len(ws); n > 0 && (ws[n-1] == "the" || ws[n-1] == "a") {
		ws = ws[:n-1]
	}
	if expectationCompared(ws) || thingCompared(lower) || periodCompared(lower) {
		return true
	}
	for _, c := range comparers {
		if len(ws) >= len(c) && slices.Equal(ws[len(ws)-len(c):], c) {
			// "no earlier than 2 December", "later than planned": a
			// bound on when, not a figure compared.
			if n := len(ws); c[0] == "than" && n >= 2 && timeBounds[ws[n-2]] {
				return false
			}
			return true
		}
	}
	// "as much … as the previous year", "the same as last year"; "as
	// recently as last week" dates, not compares.
	n := len(ws)
	if n < 2 || ws[n-1] != "as" {
		return false
	}
	if i := slices.Index(ws[:n-1], "as"); i >= 0 && i+1 < n-1 && !timeAdverbs[ws[i+1]] {
		return true
	}
	return slices.Contains(ws[:n-1], "same")
}

// negatedAlternative matches the words before a time set against
// another and denied: "records we expected in the 2040s, not in 2026",
// "the vote is in May, not June", "in spring rather than in 2027". Such
// a time is what did not happen, which dates nothing.
var negatedAlternative = regexp.MustCompile(`(?i)(?:,\s*(?:and\s+|but\s+)?not|\brather\s+than|\binstead\s+of)\s+(?:(?:in|on|at|by|until|during|for|from)\s+)?(?:the\s+)?$`)

// negatedAlternativeAtEnd is negatedAlternative.MatchString(before),
// run on before from the space ahead of its fifth last field only. A
// match ends before's text and holds at most five runs of bytes between
// \s spaces (", and not in the", "rather than on the"), so that it opens
// inside one of the last five fields; none opens at a space, and the
// space kept before them is what \b reads before the first.
func negatedAlternativeAtEnd(before string) bool {
	return negatedAlternative.MatchString(before[lastFieldsStart(before, maxNegatedFields):])
}

// maxNegatedFields is how many runs of bytes between spaces a match of
// negatedAlternative holds at most.
const maxNegatedFields = 5

// lastFieldsStart returns the offset of the space before the n-th last
// run of bytes other than \s spaces (\t, \n, \f, \r and " ") in s, or 0
// when s has no more than n such runs, or none before them.
func lastFieldsStart(s string, n int) int {
	i := len(s)
	for k := 0; k < n; k++ {
		for i > 0 && isPerlSpace(s[i-1]) {
			i--
		}
		if i == 0 {
			return 0
		}
		for i > 0 && !isPerlSpace(s[i-1]) {
			i--
		}
	}
	return max(0, i-1)
}

// mayNegate reports whether lower, the lower-case words before a time,
// hold a literal every match of negatedAlternative holds ("not", "than"
// or "instead"; letters without a second case-folded form, so that
// strings.ToLower finds what (?i) matches).
func mayNegate(lower string) bool {
	return strings.Contains(lower, "not") || strings.Contains(lower, "than") || strings.Contains(lower, "tead")
}

// negationCloses reports whether one of the last three words ws (of
// the text before a time, lowerWords) is "not", "than" or "of", as in
// every match of negatedAlternative, which ends with that word, at most
// a preposition and "the", and spaces: a cheap test before it.
func negationCloses(ws []string) bool {
	for _, w := range ws[max(0, len(ws)-3):] {
		if w == "not" || w == "than" || w == "of" {
			return true
		}
	}
	return false
}

// recordsBegan matches the words before the year a series of records
// starts: "the highest reading since records began in 1968", "the
// wettest since record-keeping started in 1890". The year is the base of
// a record, not something the article reports.
var recordsBegan = regexp.MustCompile(`(?i)\bsince\s+(?:(?:the\s+)?records?|record[- ]keeping|measurements|readings)\s+(?:(?:were\s+)?(?:began|begun|started|first\s+kept|first\s+taken|kept)|(?:were|have\s+been)\s+(?:first\s+)?(?:kept|taken))\s+(?:in\s+)?$`)

// mayBeginRecords reports whether lower, the lower-case text before a
// time, holds "ince" and one of "record", "urement" and "reading", as
// every match of recordsBegan does ("since", "records", "record-keeping",
// "measurements", "readings"): literals without an "s" or a "k", whose
// letters (?i) folds to no other letter than their ASCII capitals, so
// that strings.ToLower finds what the pattern does. A cheap test before
// it.
func mayBeginRecords(lower string) bool {
	return strings.Contains(lower, "ince") &&
		(strings.Contains(lower, "record") || strings.Contains(lower, "urement") || strings.Contains(lower, "reading"))
}

// expectations are the verbs of a judgement made earlier that a
// figure is compared with: "faster than we expected in the summer".
var expectations = map[string]bool{
	"expected": true, "forecast": true, "predicted": true, "projected": true, "anticipated": true,
	"thought": true, "feared": true, "hoped": true, "estimated": true, "assumed": true,
}

// expectationCompared reports whether the words before a time (its
// article dropped) end in "than", at most one subject word, a verb of
// expectation and a preposition: "fading more quickly than we expected
// in the summer". The time dates the expectation compared with, not
// what the clause reports.
func expectationCompared(ws []string) bool {
	n := len(ws)
	if n < 3 || !framePrepositions[ws[n-1]] || !expectations[ws[n-2]] {
		return false
	}
	return ws[n-3] == "than" || n >= 4 && ws[n-4] == "than"
}

// recordNouns name a best or worst that a later one beats.
var recordNouns = map[string]bool{"record": true, "records": true, "high": true, "low": true, "best": true, "peak": true}

// recordSetBefore reports whether the words before a time (ws) end in a
// record and the "set" that dates it: "beating the previous record of
// 47.4C set on 1 August 2003", "the old mark, set in 1998". The time
// dates the record beaten, which the sentence compares with, not what it
// reports ("She set a world record in 2019" sets it: the record follows
// "set").
func recordSetBefore(ws []string) bool {
	const maxRecordToSet = 6
	n := len(ws)
	if n < 3 || !framePrepositions[ws[n-1]] && ws[n-1] != "on" && ws[n-1] != "in" {
		return false
	}
	if ws[n-2] != "set" {
		return false
	}
	for i := n - 3; i >= 0 && i >= n-3-maxRecordToSet; i-- {
		if recordNouns[ws[i]] {
			return true
		}
	}
	return false
}

// timeBounds before "than" make the time a bound on when something
// happens.
var timeBounds = map[string]bool{"earlier": true, "later": true, "sooner": true, "before": true, "after": true}

// timeAdverbs between "as … as" put a time in relief rather than
// compare: "as recently as last week", "as early as 2019".
var timeAdverbs = map[string]bool{"recently": true, "late": true, "early": true, "soon": true, "far": true, "long": true, "lately": true}

// baseFigure reports whether the text before a time ends in the figure a
// change is measured from: "to 7.9 billion dlrs in 1987, from 10.6
// billion dlrs in 1986", "42 cents against 38 cents in 1985", "from a
// revised 28.30 billion in November and 25.53 billion in December". A
// range ("from 5% in 2019 to 8% in 2021") ends at its "to". A figure
// after another phrase ("from the Commons for 30 sitting days") is none,
// nor is one whose noun a relative clause dates ("from the magnitude 7.4
// earthquake that struck on Monday"), nor a count of the subject that a
// verb of the clause follows ("Ministers from 14 countries will gather
// on Thursday": the time dates the gathering).
func baseFigure(before string) bool {
	const maxWords = 12
	i := max(lastIndexIfAny(before, " from "), lastIndexIfAny(before, " against "))
	if i < 0 {
		return false
	}
	rest := before[i+1:]
	if len(strings.Fields(rest)) > maxWords || commaSemicolonColonMarks.in(rest) || strings.Contains(rest, " to ") {
		return false
	}
	ws := strings.Fields(rest)[1:]
	for i, w := range ws {
		if inLower(figurePrepositions, w) {
			return false // "suspended from the Commons for 30 days": the figure is no base
		}
		n := strings.Trim(w, "%$€£.,")
		if n != "" && (n[0] >= '0' && n[0] <= '9' && !isYear(n) || spelledBaseFigure(ws, i)) {
			return !slices.ContainsFunc(ws[i+1:], func(w string) bool { return isRelativePronoun(w) }) && !verbAfterCount(ws[i+1:])
		}
	}
	return false
}

// spelledBaseFigure reports whether word i of ws, the words after "from"
// or "against" up to a time, is a figure in words that the time dates:
// "up from nine in 2022", "from just two in 1981", "from around six dlrs
// in early February", "compared with nine last year". A word for a
// number is as often a count of things the clause goes on about ("from
// two agencies said today", "from four banks was set up on December
// 3"), so that it must come within two words of "from" and the time
// right after it or after the "in" or "of" of its period.
func spelledBaseFigure(ws []string, i int) bool {
	if i > 2 || !inLower(figureWords, strings.Trim(ws[i], ".,")) {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	return i == len(ws)-1 || last == "in" || last == "of"
}

// figureWords are the figures news writes in words, which a change
// is measured from as from one in digits: "won 17 seats, up from nine in
// 2022". "One" is left out: "from one club in 2019" names no figure.
var figureWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
	"seventeen": true, "eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true, "dozen": true, "hundred": true,
}

// mayMeasureFrom reports whether ws, the words of a text (lowerWords),
// hold "from" or "against", as the words of every text holding " from "
// or " against " do: a cheap test before baseFigure.
func mayMeasureFrom(ws []string) bool {
	for _, w := range ws {
		if w == "from" || w == "against" {
			return true
		}
	}
	return false
}

// leadMarkers reads the words ws (lowerWords) once for both
// mayMeasureFrom(ws) and whether one of them is a multiple (isMultiple),
// as multipleOfFigure asks. Every word either looks for opens with f,
// a, d, t, q or h and has four bytes or more.
func leadMarkers(ws []string) (from, multiple bool) {
	for _, w := range ws {
		if len(w) < 4 {
			continue
		}
		switch w[0] {
		case 'f', 'a':
			from = from || w == "from" || w == "against"
		case 'd', 't', 'q', 'h':
			multiple = multiple || isMultiple(w)
		}
	}
	return from, multiple
}

// comparedWith are the phrases after which a figure is the standard a
// clause is compared with.
var comparedWith = []string{" compared with ", " compared to ", " compares with ", " compares to ", " comparing with "}

// comparedFigure reports whether the words before a time end in a figure
// set against the clause's by "compared with", read as baseFigure reads
// one after "from": "That compared with 37 cases a week earlier", "a
// profit of 4 mln dlrs compared with 3 mln a year earlier".
func comparedFigure(before string) bool {
	if !strings.Contains(before, " compar") {
		return false // every phrase of comparedWith holds it
	}
	for _, p := range comparedWith {
		if i := strings.LastIndex(before, p); i >= 0 {
			return comparedList(before[i+len(p):])
		}
	}
	return false
}

// comparedList reports whether rest, the words after "compared with" up
// to a time, are figures compared, one or a list of them: "251.9 in
// December, 265.5 in January, 1986 and 267.2 in", "a 1.8 pct rise in
// January and a 2.5 pct rise in". Each item is a base figure (see
// baseFigure); a year alone after a comma closes the date before it.
func comparedList(rest string) bool {
	items := strings.FieldsFunc(strings.ReplaceAll(rest, " and ", ","), func(r rune) bool { return r == ',' })
	if len(items) == 0 {
		return false
	}
	for i, it := range items {
		it = strings.TrimSpace(it)
		if i > 0 && (isYear(strings.Trim(it, ".")) || it == "") {
			continue
		}
		if !baseFigure(" from " + it + " ") {
			return false
		}
	}
	return true
}

// figurePrepositions end the phrase after "from" before its figure: the
// figure a change is measured from follows "from" with no phrase of its
// own between ("from a revised 28.30 billion").
var figurePrepositions = map[string]bool{
	"for": true, "on": true, "at": true, "over": true, "during": true, "after": true, "before": true,
	"since": true, "until": true, "with": true, "under": true, "within": true,
}

// isMultiple reports whether w is a word that gives a figure as a
// multiple of another.
func isMultiple(w string) bool {
	switch w {
	case "double", "twice", "triple", "treble", "thrice", "quadruple", "half":
		return true
	}
	return false
}

// multipleOfFigure reports whether the text before a time, in its part
// after the last comma between words, holds a multiple and a figure it multiplies,
// which the time dates: "nearly double the 164,000 hectares lost in
// 2025", "twice the 40 cases reported last year". words are
// lowerWords(before): a text without a multiple among them is not split
// again.
func multipleOfFigure(before string, words []string) bool {
	if !slices.ContainsFunc(words, isMultiple) {
		return false
	}
	return multipleAfterComma(before)
}

// multipleAfterComma is multipleOfFigure of a text whose words hold a
// multiple.
func multipleAfterComma(before string) bool {
	const maxWords = 8
	// A comma inside a figure ("164,000") ends no part.
	if i := max(strings.LastIndex(before, ", "), strings.LastIndex(before, "; "), strings.LastIndex(before, ": ")); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.Fields(strings.ToLower(before))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-maxWords; i-- {
		if !isMultiple(ws[i]) {
			continue
		}
		for _, w := range ws[i+1 : min(len(ws), i+4)] {
			if n := strings.Trim(w, "%$€£"); n != "" && n[0] >= '0' && n[0] <= '9' && !isYear(n) {
				return true
			}
		}
	}
	return false
}

// isYear reports a word of four digits that reads as a year.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// leadWindow is how many bytes before a time the rules reading the words
// that lead up to it look at: a long line of text with no sentence break
// must not make every time cost a reading of all before it.
const leadWindow = 240

// leadUp returns the words of sentence sent before the time t, at most
// leadWindow bytes of them, starting at a word.
func leadUp(text string, sent, t doc.Span) string {
	return text[leadUpStart(text, sent, t):t.Start]
}

// leadUpStart returns where leadUp(text, sent, t) starts.
func leadUpStart(text string, sent, t doc.Span) int {
	st := sent.Start
	if t.Start-leadWindow > st {
		st = t.Start - leadWindow
		if i := strings.IndexByte(text[st:t.Start], ' '); i >= 0 {
			st += i + 1
		}
	}
	return st
}

// leadIn holds the words leading up to a time in its sentence (leadUp),
// read once, when a rule first asks, for all the rules of the time that
// look at them.
type leadIn struct {
	text    string
	low     *lowText // the text in lower case
	sent, t doc.Span
	read    bool
	lead    string   // leadUp(text, sent, t)
	lower   string   // lead in lower case
	words   []string // lowerWords(lead); the rules only read it
	// facts are those of the sentence sent, shared by all its times,
	// or nil.
	facts *sentenceFacts
}

// sentenceFacts are what rules read of a whole sentence alike for every
// time in it: worked out for the first time that asks, kept for the
// others.
type sentenceFacts struct {
	periodEndRead bool
	periodEnd     bool // endsPeriod of the sentence
}

// factsOf returns the facts of the sentence sent, kept in facts.
func factsOf(facts map[doc.Span]*sentenceFacts, sent doc.Span) *sentenceFacts {
	f, ok := facts[sent]
	if !ok {
		f = &sentenceFacts{}
		facts[sent] = f
	}
	return f
}

// newLeadIn prepares the words before the time at t in sentence sent.
func newLeadIn(low *lowText, sent, t doc.Span) *leadIn {
	return &leadIn{text: low.text, low: low, sent: sent, t: t}
}

// get returns the text leading up to the time, in lower case, and its
// words (lowerWords).
func (l *leadIn) get() (lead, lower string, words []string) {
	if !l.read {
		st := leadUpStart(l.text, l.sent, l.t)
		l.lead = l.text[st:l.t.Start]
		l.lower = l.low.lowerOf(st, l.t.Start)
		l.words = l.low.wordsOf(st, l.t.Start)
		l.read = true
	}
	return l.lead, l.lower, l.words
}

// lastIndexIfAny returns strings.LastIndex(s, sub). Most texts hold no
// sub, which a forward search tells far faster than the backward one.
func lastIndexIfAny(s, sub string) int {
	if !strings.Contains(s, sub) {
		return -1
	}
	return strings.LastIndex(s, sub)
}

// maxCountNounWords is the most words of the noun a count before a verb
// is of: "14 countries", "20 member states".
const maxCountNounWords = 3

// verbAfterCount reports whether ws, the words after a figure up to a
// time, go on from the figure's noun to an auxiliary with no
// preposition or other stop word between: the figure counts the
// subject of the clause the time dates ("from 14 countries will gather
// in Athens on Thursday", "to 3.80 from 3.85 pct was heralded Monday"),
// and is no figure that a change is measured from ("from 12.0 billion
// dlrs in January but were 54 pct above").
func verbAfterCount(ws []string) bool {
	for _, w := range ws[:min(len(ws), maxCountNounWords+1)] {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if auxiliaries[lw] {
			return true
		}
		if stopWords[lw] {
			return false
		}
	}
	return false
}
