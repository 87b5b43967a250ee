package events

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// figureOnBaseline matches the words before a time that is the baseline
// a figure is measured against: "sales rose 18 per cent on", "up 5% on",
// "2.1 million higher on".
var figureOnBaseline = regexp.MustCompile(`(?:\d\s*%|\d\s*(?:per\s+cent|percent|pct)|\d\s*(?:million|billion|mln|bln)?\s*(?:higher|lower|up|down))\s+on\s+(?:the\s+)?$`)

// baselinePeriod matches a time that names a past period as a whole:
// "last year", "the previous quarter", "a year earlier", "the same month
// last year".
var baselinePeriod = regexp.MustCompile(`^(?i:(?:the\s+)?(?:last|previous|prior|same)\b|a\s+year\s+(?:earlier|ago|before))`)

// mayOpenBaseline reports whether s opens as a match of baselinePeriod
// may: with a t, l, p, s or a in either case, or the long s that (?i)
// takes for "s" (its first byte): a cheap test before the pattern.
func mayOpenBaseline(s string) bool {
	if s == "" {
		return false
	}
	switch asciiLower(s[0]) {
	case 't', 'l', 'p', 's', 'a', "ſ"[0]:
		return true
	}
	return false
}

// matchesBaselinePeriod is baselinePeriod.MatchString(s), read by hand
// from an ASCII s, where no long s stands for an "s".
func matchesBaselinePeriod(s string) bool {
	if !isASCII(s) {
		return baselinePeriod.MatchString(s)
	}
	if periodWordAt(s, 0) {
		return true
	}
	// "the", one space or more, and a period word after them.
	if hasFoldAt(s, 0, "the") {
		if i := perlSpacesFrom(s, len("the")); i > len("the") && periodWordAt(s, i) {
			return true
		}
	}
	// "a", "year" and one of yearBackWords, a space or more between.
	if !hasFoldAt(s, 0, "a") {
		return false
	}
	i := perlSpacesFrom(s, 1)
	if i == 1 || !hasFoldAt(s, i, "year") {
		return false
	}
	j := perlSpacesFrom(s, i+len("year"))
	if j == i+len("year") {
		return false
	}
	return hasFoldAt(s, j, "earlier") || hasFoldAt(s, j, "ago") || hasFoldAt(s, j, "before")
}

// periodWordAt reports whether the ASCII s holds at i, in any case,
// "last", "previous", "prior" or "same" ending a word (\b).
func periodWordAt(s string, i int) bool {
	for _, w := range [...]string{"last", "previous", "prior", "same"} {
		if hasFoldAt(s, i, w) {
			e := i + len(w)
			return e == len(s) || !isWordByte(s[e])
		}
	}
	return false
}

// perlSpacesFrom returns the offset after the bytes \s matches from i on.
func perlSpacesFrom(s string, i int) int {
	for i < len(s) && isPerlSpace(s[i]) {
		i++
	}
	return i
}

// onBaseline reports whether the expression at t is the period a change
// is measured on: "ticket sales rose 18 per cent on last year", "up 5% on
// the previous year". The period dates the figure compared with, not
// the change.
func onBaseline(text string, t timex.Expr, lw *leadIn) bool {
	if t.End > len(text) || !mayOpenBaseline(text[t.Start:t.End]) || !matchesBaselinePeriod(text[t.Start:t.End]) {
		return false
	}
	_, lower, _ := lw.get()
	return mayEndOnBaseline(lower) && figureOnBaselineAt(lower)
}

// figureOnBaselineAt is figureOnBaseline.MatchString(s), run on s from
// its last digit only: every match opens with a digit and holds none
// after it, so that it opens at the last digit of s, and the pattern
// reads nothing before its match (no \b, no ^).
func figureOnBaselineAt(s string) bool {
	d := len(s) - 1
	for d >= 0 && !isDigit(s[d]) {
		d--
	}
	return d >= 0 && figureOnBaseline.MatchString(s[d:])
}

// holdingPeriod matches the words before a time that opens or closes the
// period a group held or traded something in: "investors who bought
// shares between", "shareholders who held stock between 1 May and".
var holdingPeriod = regexp.MustCompile(`\bwho\s+(?:bought|purchased|acquired|held|owned|sold|traded)\b[^.;:]{0,60}?\bbetween\s+(?:[^.;:]{1,40}?\s+and\s+)?$`)

// holdingPeriodDay reports whether the expression at t bounds the period
// that defines a group of holders, as a lawsuit's class period does:
// "on behalf of investors who bought shares between 2 March and 9 May".
// The period names who is meant; it dates nothing the sentence reports.
func holdingPeriodDay(lw *leadIn) bool {
	_, lower, _ := lw.get()
	return strings.Contains(lower, "between") && holdingPeriod.MatchString(lower)
}

// baselineOrHolding reports whether the expression at t in sentence sent
// is a comparison baseline or bounds a holding period (onBaseline,
// holdingPeriodDay).
func baselineOrHolding(text string, sent doc.Span, t timex.Expr, lw *leadIn) bool {
	return sent.Contains(t.Span) && (onBaseline(text, t, lw) || holdingPeriodDay(lw))
}

// mayEndOnBaseline reports whether lower, spaces at its end left out
// (those \s of figureOnBaseline takes), ends with "on" or "the", as
// every match of figureOnBaseline does: a cheap test before it.
func mayEndOnBaseline(lower string) bool {
	s := strings.TrimRight(lower, "\t\n\f\r ")
	return strings.HasSuffix(s, "on") || strings.HasSuffix(s, "the")
}
