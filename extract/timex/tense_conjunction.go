package timex

// conditionConjunction reports whether the word at k is "provided" or
// "providing" opening a segment of its own ("…, provided the part could
// be replaced overnight"): a conjunction of a condition, no past tense.
func conditionConjunction(ws []word, k int, seg func(int) int) bool {
	if w := ws[k].text; w != "provided" && w != "providing" {
		return false
	}
	return k > 0 && seg(ws[k-1].end) != seg(ws[k].start)
}

// pastAdverbs are the words of pastMarkers that are no verb.
var pastAdverbs = map[string]bool{"yesterday": true, "last": true, "earlier": true, "previously": true, "overnight": true, "ago": true}

// nounBeforePast reports whether the -s word at k is a plural noun
// because a past-tense verb follows it in its segment: in "a stoppage
// over overtime rules delayed the unloading" the "rules" are no schedule
// verb. A present verb is not followed by a past one.
func nounBeforePast(ws []word, lex []wordLex, k int, seg func(int) int) bool {
	if k+1 >= len(ws) || lex[k+1].marker != past || pastAdverbs[ws[k+1].text] || seg(ws[k+1].start) != seg(ws[k].start) {
		return false
	}
	return true
}

// dueToAct reports whether the "due" at word k is followed by "to" and
// the bare verb of a scheduled act ("a strike due to start on Monday",
// "talks due to be held"): a plan, although "due to" alone gives a cause
// ("fell due to errors").
func dueToAct(ws []word, k int) bool {
	if ws[k].text != "due" || k+2 >= len(ws) || ws[k+1].text != "to" {
		return false
	}
	v := ws[k+2].text
	return scheduleBase[v] || v == "be"
}
