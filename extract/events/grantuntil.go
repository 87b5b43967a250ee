package events

// giveVerbs give someone a time left to act: "gives the company until
// March 10 to pay", "gave the club until Friday to respond".
var giveVerbs = map[string]bool{"gives": true, "give": true, "gave": true, "giving": true, "grants": true, "grant": true, "granted": true}

// maxGrantObjectWords bounds the object between a verb of giving and the
// "until" of the time it gives: "gave the city council until".
const maxGrantObjectWords = 3

// grantedUntil reports whether the words before a time (ws) end in a
// verb of giving, its object and "until": with an infinitive after the
// time ("gives the company until March 10 to pay") the time is the
// deadline for the act, as with "has until" (see deadline).
func grantedUntil(ws []string) bool {
	n := len(ws)
	if n < 3 || ws[n-1] != "until" && ws[n-1] != "till" {
		return false
	}
	for i := n - 2; i >= max(0, n-2-maxGrantObjectWords); i-- {
		if giveVerbs[ws[i]] {
			return i < n-2 // an object stands between
		}
	}
	return false
}

// threatVerbs announce what someone will do unless stopped: "threatened
// to publish the files on March 10".
var threatVerbs = map[string]bool{"threatened": true, "threatens": true, "threaten": true, "threatening": true}

// maxThreatWords bounds the words between a threat's "to" and the time
// of the act it threatens.
const maxThreatWords = 8

// threatClauseWords open a clause of their own between a threatened act
// and a time, which then dates that clause, not the act: "threatened to
// condemn him to lame duck status until he leaves office in January".
var threatClauseWords = map[string]bool{"until": true, "till": true, "when": true, "before": true, "after": true,
	"unless": true, "if": true, "while": true, "as": true, "since": true, "because": true}

// threatAhead reports whether the words before a time (lead) end in a
// verb of threatening, its infinitive and the act's own words: what is
// threatened for a later day is planned for it, however its condition
// reads ("threatened to publish the database on March 10 if the company
// does not pay").
func threatAhead(lead []string) bool {
	for i := len(lead) - 2; i >= max(0, len(lead)-2-maxThreatWords); i-- {
		if threatClauseWords[lead[i+1]] {
			return false
		}
		if threatVerbs[lead[i]] && lead[i+1] == "to" {
			return true
		}
	}
	return false
}
