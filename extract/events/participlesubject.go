package events

import "strings"

// subordinators open a clause whose subject a "with" phrase may belong
// to: "after talks with the owner collapsed on Friday".
var subordinators = toSet("after before when once until because since while although though")

// withInSubject reports whether the "with" at text[link:] follows a bare
// noun phrase that opens a subordinate clause, so that the noun after it
// belongs to that clause's subject and the -ed word after it is the
// clause's verb, no participle: in "after pay talks with the port's
// owner collapsed on Friday" the talks collapsed, not the owner. The
// noun phrase is one to three words after the subordinator, none of them
// a verb form.
func withInSubject(text string, st, link int) bool {
	if !strings.HasPrefix(strings.ToLower(text[link:]), "with ") {
		return false
	}
	ws := lowerWords(text[st:link])
	for n := 1; n <= 3 && n < len(ws); n++ {
		w := ws[len(ws)-n]
		if auxiliaries[w] || stopWords[w] && !determiners[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return false
		}
		if subordinators[ws[len(ws)-n-1]] {
			return true
		}
	}
	return false
}
