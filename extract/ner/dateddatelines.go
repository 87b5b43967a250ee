package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// datelineMonths are the months, written out or cut short, that open a
// dateline's date: "Nov 10", "November 10".
var datelineMonths = wordSet(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// datedDatelinePlaces tags as a place the capitalised words, in mixed
// case, that open a story's line before a comma, a month and a day, and a
// dash, perhaps after an outlet's name in capitals and a dash (tagged an
// organisation) and with a news agency's initials in brackets: "CITY WIRE
// — Port Elric, Nov 10 (CW) - The council ...". A dateline's place is
// never a person. Only the first such line counts.
func datedDatelinePlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, i := range dt.lineStarts() {
		j := afterOutletName(text, toks, i)
		e := j
		for e < len(toks) && e-j < maxDatelineWords && capitalised(tokText(text, toks, e)) && !shouted(tokText(text, toks, e)) {
			e++
		}
		if e == j || !datelineDate(text, toks, e) {
			continue
		}
		if j > i {
			retype(tags, span{i, j - 1, model.TypeORG}, model.TypeORG) // the outlet
		}
		retype(tags, span{j, e, model.TypeLOC}, model.TypeLOC)
		if e < len(tags) && model.IsInside(tags[e]) {
			setTag(tags, e, model.BeginTag(model.TagType(tags[e])))
		}
		return
	}
}

// afterOutletName returns the token after an outlet's name in capitals and
// a dash at token i ("CITY WIRE —"), i itself when none stands there.
func afterOutletName(text string, toks []tok.Token, i int) int {
	e := i
	for e < len(toks) && e-i < maxDatelineWords && shouted(tokText(text, toks, e)) {
		e++
	}
	if e > i && e+1 < len(toks) && isDash(tokText(text, toks, e)) && !lineBreakBefore(text, toks, e+1) {
		return e + 1
	}
	return i
}

// datelineDate reports whether token i starts a comma, a month and a day,
// perhaps an agency's initials in brackets, and a dash before a story in
// mixed case: ", Nov 10 (CW) - The council ...".
func datelineDate(text string, toks []tok.Token, i int) bool {
	if i+3 >= len(toks) || tokText(text, toks, i) != "," || !datelineMonths[strings.ToLower(strings.TrimSuffix(tokText(text, toks, i+1), "."))] {
		return false
	}
	k := i + 2
	if tokText(text, toks, k) == "." {
		k++ // "Nov . 10"
	}
	if k >= len(toks) || !isDigits(tokText(text, toks, k)) {
		return false
	}
	d := agencyAfter(text, toks, k+1)
	if d+1 >= len(toks) || !isDash(tokText(text, toks, d)) || lineBreakBefore(text, toks, d+1) {
		return false
	}
	return storyAfter(text, toks, d+1)
}
