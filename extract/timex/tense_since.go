package timex

// sincePerfect reports whether the weekday of m follows "since" in a
// clause in the past perfect: "the square had become a meeting place
// since Monday" tells of a stretch that had already run for a while when
// it was seen, so in a Monday story the Monday is the one before, not
// the day of publication. A part of the day ("since Monday morning")
// may be the same day's.
func sincePerfect(m *match) bool {
	if m.prevWord() != "since" || m.has("part") {
		return false
	}
	for _, w := range leadWords(m) {
		if w.text == "had" {
			return true
		}
	}
	return false
}

// pronounPastForecast reports whether word k is "forecast" in the past
// after a third-person singular pronoun, with the expression at word
// first right after a preposition that follows it: in "the $1.8 billion
// it forecast in July" the present would be "forecasts", so the month is
// when the forecast was made, not what it looks ahead to.
func pronounPastForecast(ws []word, k, first int) bool {
	if k == 0 || ws[k].text != "forecast" || k+2 != first {
		return false
	}
	switch ws[k-1].text {
	case "he", "she", "it":
		return afterPreps[ws[k+1].text]
	}
	return false
}

// preparations are the words of getting ready for an occasion, which
// lies ahead of the getting ready: "the town was preparing for crowds
// at the funeral on Thursday".
var preparations = map[string]bool{
	"preparing": true, "prepares": true, "prepare": true, "bracing": true, "braces": true, "brace": true,
	"readying": true, "gearing": true,
}

// preparedFor reports whether word k is a word of preparation followed by
// "for" that opens the phrase the expression at word first ends, in one
// comma segment, and no past perfect ("had been preparing") puts the
// preparing before another past.
func preparedFor(ws []word, k, first int, seg func(int) int) bool {
	if k+1 >= first || !preparations[ws[k].text] || !preparedNext(ws, k, first) || first-k > 10 || seg(ws[k].start) != seg(ws[first].start) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if ws[j].text == "had" {
			return false
		}
	}
	from := k + 2
	if ws[k+1].text == "to" {
		// The infinitive's own bare verb is no tense marker.
		from = k + 3
	}
	for j := from; j < first; j++ {
		if clauseBreaks[ws[j].text] || markerOf(ws[j].text) != unknownTense {
			return false
		}
	}
	return true
}

// preparedNext reports whether the word after the word of preparation at
// k opens what is prepared for: "for" and a noun phrase ("preparing for
// crowds"), or "to" and a bare verb ("prepares to bury its dead").
func preparedNext(ws []word, k, first int) bool {
	switch ws[k+1].text {
	case "for":
		return true
	case "to":
		return k+2 < first && infinitiveVerb(ws[k+2].text)
	}
	return false
}
