package events

import (
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// maxDirectedReach is the most words from a verb of bidding to the time
// of what it bids.
const maxDirectedReach = 10

// biddingVerbs tell someone to do a thing later: "told us to come back
// in the spring", "asked suppliers to deliver in the autumn".
var biddingVerbs = toSet(`told asked urged ordered instructed advised invited encouraged`)

// seasonStarts is the month each season value opens in a year.
var seasonStarts = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// biddenSeasonPast reports whether the time at t is a season named with
// no year ("the spring") inside what a verb of bidding asks for ("told
// us to come back in the spring") and is dated to a season that had
// already begun when the article was published: what is bidden lies
// ahead, in the next such season, and the date read for it is wrong. It
// dates nothing rather than a past season.
func biddenSeasonPast(text string, sent doc.Span, t timex.Expr, published time.Time) bool {
	if published.IsZero() || !season(t.Value) || asciiDigits.in(t.Text) {
		return false
	}
	start, ok := seasonStarts[t.Value[5:]]
	year, pub := t.Value[:4], published.Format("2006")
	if !ok || year > pub || year == pub && published.Month() < start {
		return false // a season still ahead
	}
	ws := strings.Fields(strings.ToLower(leadUp(text, sent, t.Span)))
	to := false
	for i := len(ws) - 1; i >= 0 && len(ws)-i <= maxDirectedReach; i-- {
		w := strings.Trim(ws[i], `"“”'‘’`)
		if commaSemicolonColonMarks.in(ws[i]) {
			return false // another clause
		}
		switch {
		case w == "to":
			to = true
		case biddingVerbs[w]:
			return to
		}
	}
	return false
}
