package events

import "newsbot/extract/timex"

// requestVerbs ask, tell or oblige someone to act, which lies ahead of
// the asking: "were asked to", "has been told to", "must".
var requestVerbs = toSet(`asked told ordered instructed directed required invited urged given must`)

// maxRequestWords bounds the words between a request and the "by" of
// its deadline.
const maxRequestWords = 14

// requestedBy reports whether the words before a time end in the
// deadline of a request or an obligation: "have been asked to name a
// candidate by noon on Friday", "bids must be lodged by 12 May". The act
// is planned by that time, whatever the tense of the asking. A bare clock
// time ("orders must be in by 3pm") gives a rule of every day, no plan.
func requestedBy(ws []string, t timex.Expr) bool {
	n := len(ws)
	if n < 3 || ws[n-1] != "by" || bareClock.MatchString(t.Text) {
		return false
	}
	for j := n - 2; j >= 0 && n-j <= maxRequestWords; j-- {
		if !requestVerbs[ws[j]] {
			continue
		}
		if ws[j] == "must" {
			return true
		}
		for _, w := range ws[j+1 : n-1] {
			if w == "to" {
				return true
			}
		}
		return false
	}
	return false
}

// aimVerbs call for, urge, aim or plan an act still to be done.
var aimVerbs = toSet(`calls call called urges urge urged aims aim aimed plans plan intends intend seeks seek wants targets`)

// aimedBy reports whether the words before a time (ws, lower case) end
// in the deadline of an act called for, urged, aimed at or planned: "The
// declaration calls for a monitoring mission to begin operating by the
// end of the year", "the ministry aims to cut waiting lists by March",
// "urges member states to ratify the treaty before 2027". The act lies
// ahead of the call, by that time, though the time is the article's own
// year; "planned a review by the end of the year" with no "to" after the
// verb is no such call.
func aimedBy(ws []string) bool {
	n := len(ws)
	if n < 4 || ws[n-1] != "by" && ws[n-1] != "before" {
		return false
	}
	for j := n - 2; j >= 0 && n-j <= maxRequestWords; j-- {
		if !aimVerbs[ws[j]] {
			continue
		}
		for _, w := range ws[j+1 : n-1] {
			if w == "to" {
				return true
			}
		}
		return false
	}
	return false
}
