package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// committeeHeads end the names of committees, which join two fields with
// "and": "Ways and Means Committee", "Health and Social Care Committee".
var committeeHeads = wordSet("committee subcommittee")

// chamberOpeners open the name of a chamber's committee, whose acronym
// often leaves them out: "House Finance and Expenditure Committee
// (FEC)".
var chamberOpeners = wordSet("house senate assembly parliamentary congressional commons lords")

// chamberLedFit reports whether the run from token start to i opens with a
// chamber's word and the bracketed acronym after it fits the initials of
// the words after that one.
func chamberLedFit(text string, toks []tok.Token, start, i int) bool {
	if start+1 >= i || !lowerIn(chamberOpeners, tokText(text, toks, start)) {
		return false
	}
	fit, _ := acronymAfter(text, toks, start+1, i)
	return fit
}

// runOpeners are the words that may open a sentence before a body's name
// and belong to no name: "Her Finance and Expenditure Committee met".
var runOpeners = wordSet("her his its their our my your this that these those every each")

// trimRunOpener moves the start of a run past a possessive or a
// determiner that opens it, while a name of two words or more stays, and
// reports whether it did.
func trimRunOpener(text string, toks []tok.Token, r *andRun) bool {
	if r.start+1 < r.and && lowerIn(runOpeners, tokText(text, toks, r.start)) {
		r.start++
		return true
	}
	return false
}

// dropOpenerTag leaves out of every name the opener before a run's start
// when the tagger's name ran on from it into the run ("Her Finance").
func dropOpenerTag(tags []int, start int) {
	if start > 0 && model.IsInside(tags[start]) {
		setTag(tags, start-1, 0)
	}
}

// secondBodyOwnChamber reports a run whose name after "and" opens with a
// chamber's word: "other Republicans and House Budget Committee
// Chairman" names a group and a committee, not one body.
func secondBodyOwnChamber(text string, toks []tok.Token, r andRun) bool {
	return r.and+1 < len(toks) && lowerIn(chamberOpeners, tokText(text, toks, r.and+1))
}
