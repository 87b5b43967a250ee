package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/sex"
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
// stage in Dublin the following year" it is he who returned; so in
// "quit on the 2nd, two days after a private meeting with the prime
// minister" it is the subject who met the prime minister.
func withMainSubject(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	if sum.Start <= s.Start || !subjectless(p.text[sum.Start:sum.End]) && !countedPhrase(p.text[sum.Start:sum.End]) {
		return names
	}
	st := s.Start + datelineEnd(p.text[s.Start:sum.Start])
	end, ok := subjectEnd(p.text[:sum.Start], st)
	if !ok {
		return names
	}
	head := doc.Span{Start: st, End: appositiveEnd(p, end, sum.Start)}
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

// appositiveEnd returns where a name set off by commas after the
// subject ending at end, and before limit, ends ("The head of the bank,
// Jean Dubois, quit"): the name is the subject's. Without one it
// returns end.
func appositiveEnd(p pronouns, end, limit int) int {
	rest := p.text[end:limit]
	st := end + len(rest) - len(strings.TrimLeft(strings.TrimPrefix(rest, ","), " "))
	if !strings.HasPrefix(rest, ",") || st >= limit {
		return end
	}
	for _, m := range mentionsIn(p.mentions, doc.Span{Start: st, End: limit}) {
		if m.Start == st && strings.HasPrefix(p.text[m.End:limit], ",") {
			return m.End
		}
	}
	return end
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
	w := nextCompound(clause)
	if predicateAdverbs[w] {
		// "last sold in 1989": the verb after the adverb.
		w = nextWord(strings.TrimLeft(clause, " ")[len(w):])
		return auxiliaries[w] || w != "" && !stopWords[w]
	}
	return auxiliaries[w] || reportingVerbs[w] || irregularPast[w] ||
		len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && !ingPrepositions[w])
}

// irregularPast are past tenses not in -ed that open a second predicate
// of a subject: "joined the union in 1981 and became its first female
// general secretary in 2004". Forms the same as the present ("set",
// "put", "hit") or also read as another word ("left") are not listed.
var irregularPast = toSet(`became began took led won went made came gave got held kept lost met paid ran sold
	sent spent stood wrote bought brought built chose drove fell fought found flew grew knew rose saw sat shot
	spoke struck swore threw understood wore broke stole sank sang fled withdrew overtook undertook forgot`)

// nextCompound is nextWord with the parts a hyphen joins: "re-elected",
// not "re".
func nextCompound(s string) string {
	s = strings.TrimLeft(s, " \t")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(strings.Trim(s[:end], "-"))
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
		gap := strings.TrimSpace(text[end:ws])
		if i > 0 && strings.HasPrefix(gap, ",") && !quoteCurlyQuotesParensMarks.in(text[st:end]) {
			// `Her first feature, "Los Olivos", premiered`: the comma
			// opens a phrase on the subject, whatever it opens with.
			return end, true
		}
		if ws == we || semicolonColonQuoteCurlyQuotesParensDashesMarks.in(gap) {
			return 0, false
		}
		if i > 0 && strings.Contains(gap, ",") {
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
	if sum.Start <= s.Start {
		return sum
	}
	// The words just before the clause tell "then" and a shared modal:
	// a long text with no sentence break is not read whole for each.
	before := leadUp(text, s.Span, sum)
	if !predicateOnly(text[sum.Start:sum.End]) && !afterThen(before) && !modalShared(before, text[sum.Start:sum.End]) && !presentShared(before, text[sum.Start:sum.End]) {
		return sum
	}
	st := s.Start + datelineEnd(text[s.Start:sum.Start])
	if k, ok := reportedThatStart(text, st, sum.Start); ok {
		st = k
	}
	end, ok := subjectEnd(text[:sum.Start], st)
	if !ok && presentShared(before, text[sum.Start:sum.End]) {
		end, ok = presentSubjectEnd(text[:sum.Start], st)
	}
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

// modalReach bounds how far before a bare "and" the modal a second verb
// shares may stand: "will open on 2026-09-01 and close".
const modalReach = 6

// modalShared reports whether a clause opening with a bare verb follows
// an "and" that joins it to a verb under a modal: in "The ballot will open
// on 1 September and close on 14 October" the ballot will close, so the
// clause "close on 14 October" has the sentence's subject.
func modalShared(before, clause string) bool {
	ws := lowerWords(before)
	n := len(ws)
	gap := before[len(strings.TrimRightFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })):]
	if n < 3 || ws[n-1] != "and" || commaSemicolonMarks.in(gap) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(clause)
	w := nextWord(clause)
	if !unicode.IsLower(r) || len(w) < 2 || stopWords[w] || determiners[w] || auxiliaries[w] || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") {
		return false
	}
	for i := n - 2; i >= 0 && i >= n-1-modalReach; i-- {
		switch ws[i] {
		case "will", "would", "shall", "could", "can", "may", "might", "must", "should":
			return i+1 < n-1
		}
	}
	return false
}

// afterThen reports whether the stretch of a sentence before a clause
// ends in a "then" that opens a second predicate of its subject ("…,
// then travel to Edinburgh on Thursday"), whatever the verb's form.
func afterThen(before string) bool {
	ws := lowerWords(before)
	n := len(ws)
	if n < 2 || ws[n-1] != "then" {
		return false
	}
	lead := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(before, " "), "then"), " ")
	return ws[n-2] == "and" || strings.HasSuffix(lead, ",")
}

// rowBefore reports whether a dated expression of the sentence, other
// than those of the clause sum, comes before it: the clause it dates is
// a row of its own ("He formed his first band in 1966" before "and
// signed with Atlantic Records in 1972").
func rowBefore(dated []doc.Span, sum doc.Span) bool {
	for _, d := range dated {
		if d.End <= sum.Start {
			return true
		}
	}
	return false
}

// onePersonSubject reports whether the subject that widened the clause
// sum to shown is one person, a pronoun or a name, whom the clause's
// participants names leave no doubt about: the one name the clause does
// not write, a person's whose sex the given name tells. Named then shows
// the clause with the name before it: "(Vera Marlowe) recorded her first
// album two years later".
func onePersonSubject(p pronouns, shown, sum doc.Span, names []string) bool {
	end, ok := subjectEnd(p.text[:sum.Start], shown.Start)
	if !ok {
		return false
	}
	subj := strings.TrimSpace(p.text[shown.Start:end])
	ms := mentionsIn(p.mentions, doc.Span{Start: shown.Start, End: end})
	named := len(ms) == 1 && ms[0].Type == doc.Person && strings.TrimSpace(p.text[ms[0].Start:ms[0].End]) == subj
	pron := strings.ToLower(subj)
	if !named && sex.OfPronoun(pron) == sex.Unknown {
		return false // "The couple", "They": no one person
	}
	ref, ok := unwrittenPerson(p.text[sum.Start:sum.End], names)
	if named {
		return ok && ref == ms[0].Name()
	}
	return ok && !sex.Clashes(pron, ref)
}

// unwrittenPerson returns the one participant of names a summary does
// not write, when there is one and the given name tells the person's
// sex (an organisation's name tells none).
func unwrittenPerson(summary string, names []string) (string, bool) {
	var refs []string
	for _, n := range names {
		if !written(summary, n, names) {
			refs = append(refs, n)
		}
	}
	if len(refs) != 1 || sex.Of(refs[0]) == sex.Unknown {
		return "", false
	}
	return refs[0], true
}

// withLeadPronoun adds to names, the participants of a participle phrase
// sum opening sentence s, the person the pronoun subject of the clause
// after it stands for: in "Born in Budapest in 1941, he fled to Sweden
// in 1956" it is he who was born.
func withLeadPronoun(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	if sum.Start != s.Start || !participleOpening(p.text[sum.Start:sum.End]) {
		return names
	}
	rest, ok := strings.CutPrefix(p.text[sum.End:s.End], ", ")
	if !ok {
		return names
	}
	pron := nextWord(rest)
	if pron != "he" && pron != "she" {
		return names
	}
	for _, r := range p.person(p.index(s), s.End-len(rest), pron, pronounDepth) {
		names = addName(names, r)
	}
	return names
}

// reportedThatStart returns where the clause a saying reports begins,
// after its "that", when the stretch from st to end (the start of a
// predicate with no subject) holds one: in "Raman added that the agency
// had been alerted on 2 April and had inspected the plant last week" the
// inspecting is the agency's, not Raman's.
func reportedThatStart(text string, st, end int) (int, bool) {
	seg := text[st:end]
	i := strings.LastIndex(seg, " that ")
	if i < 0 || semicolonColonQuoteCurlyQuotesMarks.in(seg[i:]) {
		return 0, false
	}
	ws := lowerWords(seg[:i])
	if len(ws) == 0 || !reportedPast[ws[len(ws)-1]] && !reportingVerbs[ws[len(ws)-1]] {
		return 0, false
	}
	return st + i + len(" that "), true
}
