package events

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// forecastVerbs govern the time of what someone expects to happen: "the
// bank expects inflation of 2.6% by the end of 2026".
var forecastVerbs = map[string]bool{
	"expect": true, "expects": true, "expected": true, "forecast": true, "forecasts": true,
	"projects": true, "projected": true, "predict": true, "predicts": true, "predicted": true,
	"anticipates": true, "anticipated": true,
}

// forecastBreaks end the stretch a forecast verb governs: another verb's
// auxiliary, a conjunction opening a clause, a reporting verb.
var forecastBreaks = map[string]bool{
	"that": true, "but": true, "while": true, "after": true, "when": true, "because": true,
	"said": true, "says": true, "told": true,
}

// forecasts reports whether a forecast verb governs the expression at t
// through its object: "expects growth of 1.1% in 2027 and inflation of
// 2.6% by the end of 2026". The stretch from the verb to the expression
// holds at least one word, no clause punctuation and no other verb: in
// "predicted in 2024 that prices would fall" the date is the
// prediction's.
func forecasts(low *lowText, sent, t doc.Span) bool {
	text := low.text
	if !sent.Contains(t) || sent.End > len(text) {
		return false
	}
	st := leadUpStart(text, sent, t)
	if i := forecastMarks.lastIn(text[st:t.Start]); i >= 0 {
		st += i + 1
	}
	ws := low.wordsOf(st, t.Start)
	for i := len(ws) - 1; i >= 0; i-- {
		w := ws[i]
		k := leadKindOf(w)
		switch {
		case k&kindForecast != 0:
			return i < len(ws)-1 && !timePrepositions[ws[i+1]]
		case k&(kindAuxiliary|kindBreak) != 0 || strings.HasSuffix(w, "ed"):
			return false
		}
	}
	return false
}

// beliefVerbs are the verbs of a belief or an expectation, which a
// denial before them turns from a plan into its opposite.
var beliefVerbs = map[string]bool{
	"believe": true, "believes": true, "expect": true, "expects": true, "expected": true,
	"think": true, "thinks": true, "anticipate": true, "anticipates": true, "foresee": true,
	"foresees": true, "predict": true, "predicts": true,
}

// denials are the words that deny the belief verb right after them:
// "does not expect", "doesn't think" (its "t" split at the apostrophe).
var denials = map[string]bool{"not": true, "t": true, "never": true}

// beliefBreaks open a clause a denied belief does not reach.
var beliefBreaks = toSet("because but while although though since when if as")

// maxDenialGap is the most words between a denial and the belief it
// denies: "Nobody in this room believes".
const maxDenialGap = 4

// deniedExpectation reports whether the words before a time (ws, in its
// clause) deny that anyone expects what it dates: in "Nobody in this
// room believes a ceasefire will be signed by Friday" the signing is no
// plan, however its verb reads. "not" and "never" deny the verb right
// after them ("does not expect"; not "This is not definite but I think
// we will"); "nobody" and "no one" a verb a few words on. What is "not
// expected until 1989" is expected then.
func deniedExpectation(ws []string) bool {
	// "not expected until about 1989", "until after the 1988 election".
	if slices.ContainsFunc(ws[max(0, len(ws)-3):], func(w string) bool { return w == "until" || w == "till" || w == "before" }) {
		return false
	}
	for i, w := range ws {
		if !beliefVerbSet.has(w) || i == 0 {
			continue
		}
		// "I don't think March will be as strong because Easter falls
		// in April": the time is in a clause of its own.
		if slices.ContainsFunc(ws[i+1:], func(w string) bool { return beliefBreaks[w] }) {
			return false
		}
		if denials[ws[i-1]] {
			return true
		}
		for j := max(0, i-maxDenialGap-1); j < i; j++ {
			if ws[j] == "nobody" || ws[j] == "no" && j+1 < i && ws[j+1] == "one" {
				return true
			}
		}
	}
	return false
}

// possibilityModals are the modals of what a belief holds possible.
var possibilityModals = map[string]bool{"can": true, "could": true, "will": true, "would": true, "may": true, "might": true}

// believedAhead reports whether the words before a time (ws, in its
// clause) hold a belief in what is to happen, a modal after the belief
// verb: "everybody believes it can be signed this spring" expects the
// signing. A denied belief is no plan (deniedExpectation).
func believedAhead(ws []string) bool {
	for i, w := range ws {
		if beliefVerbs[w] && i+1 < len(ws) && slices.ContainsFunc(ws[i+1:], func(m string) bool { return possibilityModals[m] }) {
			return !deniedExpectation(ws)
		}
	}
	return false
}
