package events

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// A state told as lasting until a time that a "when" clause then dates
// ("a role she held until 2003, when she resigned in protest") ends with
// what that clause reports: the clause is the event of the time.

// thingPronouns open a clause whose subject only the clause before
// names ("until May 29, when it will return to 2.50 dlrs"): cut from
// it, the clause would not say what it reports on.
var thingPronouns = map[string]bool{"it": true, "this": true, "that": true, "these": true, "those": true, "there": true, "which": true}

// untilWhen returns the clause after ", when" that follows the time t of
// sentence sent ending a state ("until 2003, when she resigned in
// protest at cuts"): "she resigned in protest at cuts", up to the next
// comma, semicolon or dash, or the sentence's end. The clause must open
// with a subject other than a pronoun of a thing and hold more than one
// word.
func untilWhen(text string, sent, t doc.Span) (doc.Span, bool) {
	if !sent.Contains(t) || sent.End > len(text) {
		return doc.Span{}, false
	}
	// The rare ", when" after the time is looked for first.
	rest := text[t.End:sent.End]
	body, ok := strings.CutPrefix(rest, ", when ")
	if !ok {
		return doc.Span{}, false
	}
	ws := lowerWords(leadUp(text, sent, t))
	if n := len(ws); n == 0 || ws[n-1] != "until" && ws[n-1] != "till" {
		return doc.Span{}, false
	}
	start := t.End + len(rest) - len(body)
	end := sent.End
	if i := commaSemicolonDashesMarks.firstIn(body); i >= 0 {
		end = start + i
	}
	clause := strings.TrimRight(text[start:end], " .")
	words := strings.Fields(clause)
	if len(words) < 2 || quoteCurlyQuotesMarks.in(clause) || inLower(thingPronouns, words[0]) {
		return doc.Span{}, false
	}
	return doc.Span{Start: start, End: start + len(clause) + trailingStop(text[start+len(clause):end])}, true
}

// endsWhen reports whether the time t of sentence sent ends a state at
// what a "when" clause reports (untilWhen), which dates that clause even
// inside a description: "a role she held until 2003, when she resigned".
func endsWhen(text string, sent, t doc.Span) bool {
	_, ok := untilWhen(text, sent, t)
	return ok
}

// trailingStop returns 1 when s opens with the full stop that ends a
// clause, so that the summary keeps it.
func trailingStop(s string) int {
	if strings.HasPrefix(s, ".") {
		return 1
	}
	return 0
}

// withStateHolders adds to names, the participants of the clause sum
// that untilWhen cut from sentence sent for the time t, the names of the
// state it ended, told before the time: in "Reliance Electric was a unit
// of Exxon Corp until December 30, 1986, when a group of investors took
// the company private" the company taken private is Reliance Electric.
func withStateHolders(text string, sent, sum, t doc.Span, mentions []doc.Mention, names []string) []string {
	if w, ok := untilWhen(text, sent, t); !ok || w != sum {
		return names
	}
	for _, n := range entitiesIn(mentions, doc.Span{Start: sent.Start, End: t.Start}) {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}
