package identity

import "strings"

// maxNamedAs bounds the words between an active verb of appointment and
// the "as" before the office it gives ("named finance chief Priya Raman
// as interim CEO").
const maxNamedAs = 8

// TakenIn reports whether the citation of a role, its verbatim evidence,
// says the person takes the office at the time of the news: the role's
// wording ends the evidence right after a verb of appointment ("Tom
// Ruiz, the finance chief, was named acting CEO", "X would serve as
// interim chief executive", "was promoted to president", "the board
// named Y as chairman"). A role named by a noun ("finance chief Tom
// Ruiz") or a verb of leaving ("resigned as chairman") is no such role.
func TakenIn(evidence, text string) bool {
	ev := squash(strings.TrimRight(evidence, ".,;:!?\"' "))
	before, ok := strings.CutSuffix(ev, text)
	if !ok || text == "" {
		return false
	}
	return takenBefore(strings.Fields(strings.ToLower(before)))
}

// takenBefore reports whether the words before a role in its citation
// end with a verb of appointment giving it (TakenIn), or with "and"
// after an office such a verb gives: "was named president and chief
// executive" gives both offices.
func takenBefore(words []string) bool {
	n := len(words)
	if n == 0 {
		return false
	}
	w := bare(words[n-1])
	switch {
	case w == "and":
		for k := n - 2; k > 0 && n-k <= maxNamedAs; k-- {
			if b := bare(words[k]); removalVerbs[b] || b == "and" || strings.ContainsAny(words[k], ",;") {
				return false
			}
			if takenBefore(words[:k]) {
				return true
			}
		}
		return false
	case w == "to":
		// "was promoted to president"
		return n > 1 && appointVerbs[bare(words[n-2])] == "to"
	case w != "as":
		p, ok := appointVerbs[w]
		return ok && p == ""
	}
	return n > 1 && takenAs(words[:n-1])
}

// takenAs reports whether the words before an "as" of a citation give the
// office after it to the person: "would serve as", "was confirmed as",
// "took over as", "was sworn in as", or an active verb of appointment a
// few words back ("named Priya Raman as"), no verb of leaving among them.
func takenAs(words []string) bool {
	n := len(words)
	w := bare(words[n-1])
	switch {
	case w == "serve" || w == "serves" || w == "serving" || w == "confirmed" || w == "appointed" || w == "named" || w == "elected":
		return true
	case (w == "over" || w == "charge") && n > 1 && takeVerbs[bare(words[n-2])],
		w == "in" && n > 1 && swornVerbs[bare(words[n-2])]:
		return true
	}
	for k := n - 1; k >= 0 && n-k <= maxNamedAs; k-- {
		b := bare(words[k])
		if removalVerbs[b] {
			return false
		}
		if appointAsVerbs[b] {
			return true
		}
	}
	return false
}
