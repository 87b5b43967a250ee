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
