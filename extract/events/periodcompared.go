package events

import "strings"

// maxPeriodComparedWords bounds the words between "compared with" and
// the time of the period compared with: "compared with 14 in the week
// ending", "compared with 51.3 mln in December and 85.2 mln".
const maxPeriodComparedWords = 14

// periodCompared reports whether the words before a time (lower, in
// lower case) end in "compared with" or "compared to", a figure and the
// words that bring in its period: "six new cases, compared with 14 in
// the week ending 14 November", "up 3 pct compared to 2.1 pct in the
// year to March", or a further figure of the list compared with ("…
// compared with 51.3 mln in December and 85.2 mln a year earlier"). The
// time dates the figure compared with, not what the clause reports.
func periodCompared(lower string) bool {
	if !strings.Contains(lower, "compared ") {
		return false // both phrases below hold it
	}
	i := max(strings.LastIndex(lower, "compared with "), strings.LastIndex(lower, "compared to "))
	if i < 0 {
		return false
	}
	tail := lower[i+len("compared "):]
	tail = tail[strings.IndexByte(tail, ' ')+1:]
	if semicolonColonParensMarks.in(tail) || !figureWord(tail) {
		return false
	}
	ws := strings.Fields(tail)
	if len(ws) < 2 || len(ws) > maxPeriodComparedWords {
		return false
	}
	last := 0 // where the last figure of the list compared with opens
	for k, w := range ws {
		w = strings.TrimSuffix(w, ",")
		if comparedStops[w] && (w != "and" || k+1 >= len(ws) || !figureWord(ws[k+1])) {
			return false // "and" opens another clause, not a further figure
		}
		if strings.HasSuffix(ws[k], ",") && (k+1 >= len(ws) || !figureWord(ws[k+1])) {
			return false
		}
		if w == "and" {
			last = k + 1
		}
	}
	switch strings.TrimSuffix(ws[len(ws)-1], ",") {
	case "in", "ending", "to", "of":
		return true
	}
	return last > 0 && len(ws)-last <= 3 // "and 85.2 mln", then "a year earlier"
}

// figureWord reports whether s opens with a digit or holds one: a figure.
func figureWord(s string) bool {
	return asciiDigits.in(s)
}
