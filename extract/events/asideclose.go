package events

import "strings"

// closesAside reports whether the noun phrase at np ends a participle
// phrase opened by a comma before it in text[st:np], so that the past
// form after the next comma is the sentence's verb, not a second phrase
// on that noun: in "The probe, launched in May beside the agency's
// lander, reached orbit on Friday" the probe reached orbit, not the
// lander. The phrase's comma is the first of the clause.
func closesAside(text string, st, np int) bool {
	c := strings.LastIndexByte(text[st:np], ',')
	if c < 0 || strings.IndexByte(text[st:np], ',') != c {
		// "Norway, not a member, decided in June to extend the
		// limits, enforced since 1 February,": an earlier comma
		// closed an aside, and the verb came after it.
		return false
	}
	w := nextWord(text[st+c+1 : np])
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast[w]
}
