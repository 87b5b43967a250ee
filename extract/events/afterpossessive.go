package events

import (
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// causeOpeners open the phrase of what a present perfect followed:
// "has opened an inquiry after", "have resigned following".
var causeOpeners = toSet(`after following amid`)

// maxPerfectToCause is the most words between the present perfect and
// the word that opens what it followed: "has opened a formal inquiry
// into the city's largest hospital group after".
const maxPerfectToCause = 12

// perfectAfterOwnedTime reports whether the expression at t, owning a
// noun ("last week's attack", "Monday's vote"), lies in a phrase opened
// by a word of causeOpeners, with no comma after it, after a present
// perfect: "The regulator has opened an inquiry after hackers claimed to
// have stolen records during last week's attack". The time dates what
// the act followed, not the act, which the present perfect puts near
// publication. The day of publication itself ("after today's opening")
// is the present perfect's day as well, and still dates the sentence.
func perfectAfterOwnedTime(text string, sent doc.Span, t timex.Expr, published time.Time) bool {
	if !ownsNoun(text, t) || !published.IsZero() && t.Value == published.Format("2006-01-02") {
		return false
	}
	lead := leadUp(text, sent, t.Span)
	clauseStart := len(lowerWords(lead[:max(0, commaSemicolonColonParensDashesMarks.lastIn(lead)+1)]))
	ws := lowerWords(lead)
	for i := len(ws) - 1; i >= 2 && i >= clauseStart; i-- {
		if !causeOpeners[ws[i]] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-maxPerfectToCause; j-- {
			if (ws[j] == "has" || ws[j] == "have") && j+1 < i && perfectParticiple(ws[j+1]) {
				return true
			}
			if ws[j] == "had" || ws[j] == "was" || ws[j] == "were" || ws[j] == "said" {
				return false
			}
		}
		return false
	}
	return false
}

// ownsNoun reports whether the expression t ends in or is followed by a
// possessive "'s": "last week's", "Monday's".
func ownsNoun(text string, t timex.Expr) bool {
	if t.End > len(text) {
		return false
	}
	tail := text[max(t.Start, t.End-3):min(len(text), t.End+4)]
	return strings.Contains(tail, "'s") || strings.Contains(tail, "’s")
}

// perfectParticiple reports whether w may be a past participle: "opened",
// "begun", "taken".
func perfectParticiple(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ed") || irregularPerfect[w]
}

// irregularPerfect are common past participles not ending in -ed.
var irregularPerfect = toSet(`begun taken made given won lost left sent brought told held set put cut shut seen done gone come become fallen risen grown drawn written spoken`)
