package quotes

// rulingForms are the forms of "rule" that report a court's or a judge's
// words when a clause follows: "the judge ruled that the count was
// “lawful”". Without "that" the verb governs ("ruled the country", "ruled
// out a recount").
var rulingForms = wordSet(`rule rules ruled ruling`)

// verbRuledThat returns "rule" for a form of "rule" at v followed by
// "that", read as a verb of saying; "" otherwise. It is asked of every
// word, and looks at the next word before the map: few words precede
// "that".
func verbRuledThat(toks []token, v int) string {
	if v+1 >= len(toks) || toks[v+1].low != "that" || !rulingForms[toks[v].low] {
		return ""
	}
	return "rule"
}
