package timex

// attendedWords bounds how many words may stand between a modal and the
// "at" before a possessive weekday: "will vote in favour at".
const attendedWords = 5

// attendNoun are words that open a noun phrase: after one, the "at"
// phrase may belong to the noun rather than to the verb ("will be
// questioned about his remarks at Saturday's rally").
var attendNoun = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true,
}

// attendedAhead reports whether a possessive weekday names an occasion
// that a future verb will take part in: "will vote in favour at
// Saturday's meeting", "will speak at Tuesday's rally". What one will do
// at an occasion is still to come, so the occasion is too.
func attendedAhead(m *match) bool {
	if !m.has("poss") || m.prevWord() != "at" {
		return false
	}
	ws := leadWords(m)
	if len(ws) < 3 {
		return false
	}
	at := len(ws) - 1
	for k := at - 1; k >= 0 && at-k <= attendedWords; k-- {
		w := ws[k].text
		if attendNoun[w] || isNumber(w) || !isLetters(w) && !plainModal(w) {
			return false
		}
		if plainModal(w) && k+1 < at {
			return true
		}
	}
	return false
}

// plainModal reports whether w is a modal that puts its verb in the
// future: "will", "shall", "won't", "they'll".
func plainModal(w string) bool {
	return w == "will" || w == "shall" || w == "won't" || len(w) > 3 && w[len(w)-3:] == "'ll"
}
