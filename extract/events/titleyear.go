package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/timex"
)

// titleYear reports whether the expression at t is a year alone in
// brackets after a capitalised word, the year of a work named before it:
// "the cinema will show The Long Road (1987)", "Red Harbour (1979) and
// Salt (1984)". The year tells when the work was made, not when what the
// sentence reports happens.
func titleYear(text string, t timex.Expr) bool {
	if t.Start < 2 || t.End >= len(text) || t.End-t.Start != 4 || text[t.Start-1] != '(' || text[t.End] != ')' {
		return false
	}
	if !isYear(text[t.Start:t.End]) {
		return false
	}
	before := strings.TrimRight(text[:t.Start-1], " ")
	if len(before) == len(text[:t.Start-1]) {
		return false // "a(1990)": no word stands before the bracket
	}
	ws := strings.Fields(before)
	k := len(ws)
	for k > 0 && upperInitial(ws[k-1]) {
		k--
	}
	// "opened in Leeds (2019)": a place's name, and the year dates the act.
	if k == len(ws) || calendarNames[strings.ToLower(strings.TrimRight(ws[len(ws)-1], "."))] {
		return false // "with March (1987) a strong month": the year of the month
	}
	return k == 0 || !inLower(placePrepositions, ws[k-1])
}

// calendarNames are the months and days whose year a bracket may give.
var calendarNames = toSet(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`)

// upperInitial reports whether w opens with an upper-case letter.
func upperInitial(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// placePrepositions put the name after them as a place.
var placePrepositions = toSet(`in at near from to into across`)
