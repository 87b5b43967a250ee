package events

import (
	"strings"

	"newsbot/extract/doc"
)

// oddsNouns name the odds a forecast gives of what is to come.
var oddsNouns = map[string]bool{"chance": true, "chances": true, "probability": true, "odds": true, "likelihood": true}

// deadlineWords put a time as a deadline rather than the day the odds
// are of.
var deadlineWords = map[string]bool{"by": true, "before": true, "until": true, "till": true}

// maxOddsWords bounds how many words may stand between the odds' "of"
// and the time: "a 60% chance of acceptable conditions on Thursday".
const maxOddsWords = 6

// oddsAhead reports whether the expression at t dates what a forecast
// gives odds of, "give a 60% chance of acceptable conditions on
// Thursday": a time still to come, planned as a forecast's is. The words
// between hold no clause punctuation, no past and no auxiliary.
func oddsAhead(text string, sent, t doc.Span) bool {
	if !sent.Contains(t) || sent.End > len(text) {
		return false
	}
	before := leadUp(text, sent, t)
	if i := nominalMarks.lastIn(before); i >= 0 {
		before = before[i+1:]
	}
	ws := lowerWords(before)
	if len(ws) > 0 && deadlineWords[ws[len(ws)-1]] {
		return false // "the chances of passing a budget by April 1": a deadline
	}
	for i := len(ws) - 2; i >= 0 && len(ws)-i <= maxOddsWords+2; i-- {
		w := ws[i]
		switch {
		case oddsNouns[w] && ws[i+1] == "of":
			return true
		case auxiliaries[w] || strings.HasSuffix(w, "ed"):
			return false
		}
	}
	return false
}
