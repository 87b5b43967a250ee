package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// maxSubjectTokens bounds the opening stretch of a sentence read as its
// subject; a longer run without a verb is no subject this finds.
const maxSubjectTokens = 10

// reportingVerbs end a subject as a verb in -ed does.
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true}

// withMainSubject adds to names, the participants of a clause sum cut
// from the middle of sentence s that has no subject of its own, those of
// the sentence's subject: "Fares on Northvale's buses will rise from
// next April, …, ending a freeze that began in 2023" ends Northvale's
// freeze, and in "He stopped performing in 1987, then returned to the
// stage in Dublin the following year" it is he who returned.
func withMainSubject(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	if sum.Start <= s.Start || !subjectless(p.text[sum.Start:sum.End]) {
		return names
	}
	st := s.Start + datelineEnd(p.text[s.Start:sum.Start])
	end, ok := subjectEnd(p.text[:sum.Start], st)
	if !ok {
		return names
	}
	head := doc.Span{Start: st, End: end}
	ms := mentionsIn(p.mentions, head)
	for i, m := range ms {
		// "Whitfield's former partner Priya Anand": the possessor only
		// qualifies the subject named after it.
		if i+1 < len(ms) && possessed(p.text, m.End) {
			continue
		}
		names = addName(names, m.Name())
	}
	return withPronounSubject(p, s, head, names)
}

// possessed reports a possessive ending at offset end of text.
func possessed(text string, end int) bool {
	rest := text[end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ ")
}

// subjectless reports whether a clause opens with its verb, having no
// subject of its own: an auxiliary ("was inspected"), a verb of saying
// ("said it did not find"), a past tense or a participle ("returned",
// "signed", "ending"), not a subject ("the company closed") or a
// preposition in -ing ("during the war").
func subjectless(clause string) bool {
	r, _ := utf8.DecodeRuneInString(clause)
	if !unicode.IsLower(r) {
		return false
	}
	w := nextWord(clause)
	return auxiliaries[w] || reportingVerbs[w] || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && !ingPrepositions[w])
}

// subjectEnd returns where the subject opening text[st:] ends: before
// its verb, an auxiliary ("will rise", "was inspected"), a reporting verb
// or a lower-case word in -ed ("stopped"), or at the comma that opens a
// phrase on it ("The dam, built in 1962, was inspected"). It fails for a
// sentence opening with a phrase of time or place ("In 1990, …"), at
// other clause punctuation, at the end of text, or after
// maxSubjectTokens words.
func subjectEnd(text string, st int) (int, bool) {
	if w := nextWord(text[st:]); framePrepositions[w] || clauseOpeners[w] {
		return 0, false
	}
	end := st
	for i := 0; i < maxSubjectTokens; i++ {
		ws, we := nextToken(text, end)
		if ws == we || strings.ContainsAny(text[end:ws], ";:()—–\"“”") {
			return 0, false
		}
		if i > 0 && strings.Contains(text[end:ws], ",") {
			return end, true
		}
		w := strings.ToLower(text[ws:we])
		r, _ := utf8.DecodeRuneInString(text[ws:])
		if i > 0 && (auxiliaries[w] || reportingVerbs[w] || unicode.IsLower(r) && len(w) > 4 && strings.HasSuffix(w, "ed")) {
			return ws, true
		}
		end = we
	}
	return 0, false
}

// maxCarried is the longest summary, in bytes, a subjectless clause is
// widened to when it takes in its subject.
const maxCarried = 260

// withSubject widens a predicate cut from the middle of sentence s, with
// no subject of its own, back to the sentence's subject, so that a
// reader can tell what it is about: "The ban is backdated to June 2024
// and will expire in June 2028" dates "will expire in June 2028" by
// June 2028, which alone says nothing of the ban; so does "Nordvik first
// learned of the problem in 2023, …, but said it did not find the cause
// until earlier this year". A participle clause ("…, ending a freeze
// that began in 2023") is left as it is, and so is a summary that would
// grow past maxCarried.
func withSubject(text string, s doc.Sentence, sum doc.Span) doc.Span {
	if sum.Start <= s.Start || !predicateOnly(text[sum.Start:sum.End]) {
		return sum
	}
	st := s.Start + datelineEnd(text[s.Start:sum.Start])
	end, ok := subjectEnd(text[:sum.Start], st)
	if !ok || end >= sum.Start || sum.End-st > maxCarried {
		return sum
	}
	return leadTrim(text, st, sum.End)
}

// predicateOnly reports whether a clause opens with a finite verb and no
// subject: an auxiliary ("will expire"), a verb of saying ("said it did
// not find") or a past tense in -ed ("recorded her first album"), not a
// participle in -ing.
func predicateOnly(clause string) bool {
	return subjectless(clause) && !strings.HasSuffix(nextWord(clause), "ing")
}
