package events

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// keptRecords name records kept of a time, which a "from" phrase after
// them dates: "the minutes from September", "footage from last year".
var keptRecords = toSet(`minutes records emails messages footage photos photographs pictures images
	notes documents files recordings letters texts transcripts videos diaries logs`)

// recordFrom reports whether the time t only dates a record named just
// before it with "from": in "jurors asked to see the board minutes from
// May again" May is when the minutes were taken, not when the jurors
// asked, as in "police released footage from last year".
func recordFrom(low *lowText, sent doc.Span, t doc.Span) bool {
	if t.Start < sent.Start || t.Start > len(low.text) {
		return false
	}
	lead := low.lowerOf(sent.Start, t.Start)
	if !strings.HasSuffix(lead, " from ") {
		return false
	}
	// "30 minutes from March 30" counts time.
	ws := strings.Fields(lead[:len(lead)-len(" from ")])
	n := len(ws)
	return n > 0 && keptRecords[ws[n-1]] && (n == 1 || !isNumber(ws[n-2]) && !spanWords[ws[n-2]] && !amounts[ws[n-2]])
}

// maxAppositiveParticiple bounds the words of an appositive's noun
// phrase before its participle.
const maxAppositiveParticiple = 8

// participlePrepositions may follow the participle of such a phrase.
var participlePrepositions = toSet(`of in for by at on from with over`)

// appositiveParticiple reports whether the words between a subject's
// comma and its time open an appositive noun phrase whose past
// participle holds the time: "Lawyers for Reyes, the former harbour
// master convicted of fraud last week, have lodged an appeal" dates the
// conviction, told with the name, not the appeal. The noun phrase holds
// no function word ("the plan as market conditions improved in 1984" is
// a clause), and the participle takes a preposition ("the total matched
// the record" is a clause); a reporting verb ("the firm announced") is
// an aside. subject, the words before the comma, must be more than a
// linking word ("However, the rally failed in March" has no appositive).
func appositiveParticiple(subject, s string) bool {
	if sw := strings.Fields(strings.ToLower(subject)); len(sw) == 0 || len(sw) == 1 && leadWords[sw[0]] {
		return false
	}
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) < 4 || ws[0] != "a" && ws[0] != "an" && ws[0] != "the" {
		return false
	}
	for i := 2; i < min(len(ws)-1, maxAppositiveParticiple+2); i++ {
		w := ws[i-1]
		if stopWords[w] || isNumber(w) {
			return false
		}
		if p := ws[i]; !reportedPast[p] && (len(p) > 4 && strings.HasSuffix(p, "ed") || irregularParticiples[p]) && participlePrepositions[ws[i+1]] {
			return true
		}
	}
	return false
}

// laterInWeek reports whether t, a week told as "later" ("later next
// week", "later this week"), follows a day of that week named before it
// in its sentence (prev, with no week of its own): "is due to sum up on
// Monday, and the jury is expected to retire later next week" plans two
// things, the second after Monday.
func laterInWeek(t timex.Expr, prev, prevWeek, week string) bool {
	if week == "" || prevWeek != "" || len(prev) != len("2006-01-02") || !strings.HasPrefix(strings.ToLower(t.Text), "later ") {
		return false
	}
	from, to, ok := weekBounds(week)
	return ok && prev >= from && prev <= to
}
