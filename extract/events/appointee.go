package events

import (
	"strings"

	"newsbot/extract/doc"
)

// appointmentNouns name a person's being put in a post, which a clause
// speaks of with "the" after the sentence that named the person so:
// "The board announced the appointment on Friday".
var appointmentNouns = []string{"the appointment", "the nomination", "the promotion", "the hiring"}

// appointingWords tell that a sentence puts a person in a post.
var appointingWords = toSet(`appointed named confirmed chosen elected hired promoted nominated`)

// withAppointee adds to names, the participants of the clause sum of
// sentence s, the person the sentence right before put in a post, when
// the clause names no person and speaks of "the appointment": "Ann Holt
// has been confirmed as chief executive. The board announced the
// appointment on Friday." The sentence before must name that one person
// and say they were appointed.
func withAppointee(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	// A summary naming a person needs no appointee: that test reads a few
	// mentions, far less than the search of the clause for the nouns.
	if hasPerson(p.mentions, sum) || !speaksOfAppointment(p.lowerOf(sum.Start, sum.End)) {
		return names
	}
	k := p.index(s)
	if k == 0 || k > len(p.sents) {
		return names
	}
	prev := p.sents[k-1]
	if prev.Boilerplate || prev.End > len(p.text) {
		return names
	}
	ps := personsIn(p.mentions, prev.Span)
	if len(ps) != 1 || !appoints(p.text[prev.Start:prev.End]) {
		return names
	}
	return addName(names, ps[0])
}

// speaksOfAppointment reports containsAny(clause, appointmentNouns),
// searching for each noun by its rarest byte: every noun opens with
// "the ", whose bytes a clause is full of.
func speaksOfAppointment(clause string) bool {
	for i, n := range appointmentNouns {
		if containsAt(clause, n, appointmentRare[i]) {
			return true
		}
	}
	return false
}

// appointmentRare holds rarestByte of each of appointmentNouns.
var appointmentRare = func() []int {
	out := make([]int, len(appointmentNouns))
	for i, n := range appointmentNouns {
		out[i] = rarestByte(n)
	}
	return out
}()

// appoints reports whether a sentence holds a word of appointingWords.
func appoints(sentence string) bool {
	for _, w := range strings.Fields(strings.ToLower(sentence)) {
		if appointingWords[strings.Trim(w, phraseEnd)] {
			return true
		}
	}
	return false
}
