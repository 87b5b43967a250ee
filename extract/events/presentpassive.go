package events

import "slices"

// presentPassiveAhead reports whether the words before a later time
// (lead, lowerWords) close with a verb in the present passive and the
// preposition that takes the time: "the book is published on", "the
// results are announced in". Told of a day still ahead, the present
// passive gives a timetable: "The report is released on 4 May."
func presentPassiveAhead(lead []string) bool {
	n := len(lead)
	if n >= 1 && (lead[n-1] == "on" || lead[n-1] == "in" || lead[n-1] == "at") {
		n--
	}
	if n < 2 || lead[n-2] != "is" && lead[n-2] != "are" {
		return false
	}
	w := lead[n-1]
	return pastParticiple(w) && !stateParticiples[w]
}

// stateParticiples after "is" tell a state, not an act set for a time:
// "the firm is based in", "the stake is owned by".
var stateParticiples = toSet(`based located owned held listed headquartered involved interested concerned
	known born married used needed required engaged`)

// expectedNow are the participles after "is" that set what the subject is
// to do: "is expected to", "is scheduled to", "is likely to" before a
// passive (likelyPassive).
var expectedNow = toSet(`expected scheduled set due slated likely`)

// presentExpectation reports whether the words of a clause before its
// time (ws, lowerWords) hold a present expectation of the subject, "is
// expected to", "are due to", with no reporting verb after it that the
// time could date instead: "The firm is expected to give details, after
// a long aside, at a session today" plans the session.
func presentExpectation(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if (ws[i] == "is" || ws[i] == "are") && expectedNow[ws[i+1]] && ws[i+2] == "to" && (ws[i+1] != "likely" || likelyPassive(ws[i+3:])) {
			return !slices.ContainsFunc(ws[i+3:], func(w string) bool { return reportedPast[w] && w != "announced" || w == "but" })
		}
	}
	return false
}

// likelyPassive reports whether the words after "is likely to" (ws) are
// a passive, a step someone is to take ("is likely to be heard later in
// the year"), not a forecast of a figure ("is likely to rise this year").
func likelyPassive(ws []string) bool {
	return len(ws) >= 2 && ws[0] == "be" && (pastParticiple(ws[1]) || moreParticiples[ws[1]])
}

// moreParticiples are past participles that pastParticiple misses.
var moreParticiples = toSet(`heard done seen read told`)
