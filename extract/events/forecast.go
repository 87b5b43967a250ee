package events

import (
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
func forecasts(text string, sent, t doc.Span) bool {
	if !sent.Contains(t) || sent.End > len(text) {
		return false
	}
	before := leadUp(text, sent, t)
	if i := strings.LastIndexAny(before, ";:—–\"“”"); i >= 0 {
		before = before[i+1:]
	}
	ws := lowerWords(before)
	for i := len(ws) - 1; i >= 0; i-- {
		w := ws[i]
		switch {
		case forecastVerbs[w]:
			return i < len(ws)-1 && !timePrepositions[ws[i+1]]
		case auxiliaries[w] || forecastBreaks[w] || strings.HasSuffix(w, "ed"):
			return false
		}
	}
	return false
}
