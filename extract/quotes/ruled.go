package quotes

// rulingForms are the forms of "rule" that report a court's or a judge's
// words when a clause follows: "the judge ruled that the count was
// “lawful”". Without "that" the verb governs ("ruled the country", "ruled
// out a recount").
var rulingForms = wordSet(`rule rules ruled ruling`)

// verbRuledThat returns "rule" for a form of "rule" at v followed by
// "that", read as a verb of saying; "" otherwise.
func verbRuledThat(toks []token, v int) string {
	if !rulingForms[toks[v].low] || v+1 >= len(toks) || toks[v+1].low != "that" {
		return ""
	}
	return "rule"
}
