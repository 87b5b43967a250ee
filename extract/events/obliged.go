package events

import "slices"

// obligingWords put a duty on the subject of a clause: "must return",
// "should be returned", "have been told to return", "were ordered to
// repay".
var obligingWords = toSet(`must should told ordered required instructed obliged`)

// obligedBy reports whether the words before a time of the current
// month or year (lead, lower case) set a deadline that binds someone:
// "Pharmacies have been told to return the stock by the end of the
// month", "Holders must reply by the end of the month", "Members have
// until the end of the year to vote". What must be done by then is
// still to come, a plan rather than a report of it done. The caller
// asks it only of a month or a year: "Orders must be placed by 3pm" is
// a daily rule.
func obligedBy(lead []string) bool {
	n := len(lead)
	if n < 2 {
		return false
	}
	switch lead[n-1] {
	case "by", "before":
		return slices.ContainsFunc(lead[:n-1], func(w string) bool { return obligingWords[w] })
	case "until":
		return lead[n-2] == "have" || lead[n-2] == "has"
	}
	return false
}
