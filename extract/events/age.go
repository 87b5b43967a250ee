package events

import (
	"regexp"

	"newsbot/extract/doc"
	"newsbot/extract/identity"
)

// ageSubjectRe matches a clause opening with a person told by their age,
// "The 47-year-old was appointed", before a lower-case word.
var ageSubjectRe = regexp.MustCompile(`^([Tt]he (\d{1,3})-year-old) \p{Ll}`)

// ageSubjectIndex returns the submatch indexes of ageSubjectRe in a
// clause whose age stands alone as its subject, a verb after it: not "The
// 47-year-old man was charged", someone else.
func ageSubjectIndex(clause string) []int {
	if !opensWithThe(clause) {
		return nil // the pattern's opening, read before running it
	}
	m := ageSubjectRe.FindStringSubmatchIndex(clause)
	if m == nil || !subjectless(clause[m[3]+1:]) {
		return nil
	}
	return m
}

// opensWithThe reports whether s opens with "The " or "the ", as every
// match of ageSubjectRe does.
func opensWithThe(s string) bool {
	return len(s) >= len("the ") && (s[0] == 'T' || s[0] == 't') && s[1:4] == "he "
}

// namedAge returns a summary whose subject is told by its age with the
// one person left unwritten named after it ("The 47-year-old (Stefan
// Hallam) was appointed in June 2024"), as Named does for a pronoun.
func namedAge(summary string, names []string) (string, bool) {
	m := ageSubjectIndex(summary)
	if m == nil {
		return summary, false
	}
	ref, ok := unwrittenPerson(summary, names)
	if !ok {
		return summary, false
	}
	end := m[3] // the end of "The 47-year-old"
	return summary[:end] + " (" + ref + ")" + summary[end:], true
}

// ageSubject returns the age a clause's subject is told by ("47" of "The
// 47-year-old was appointed in June 2024"), else "".
func ageSubject(clause string) string {
	m := ageSubjectIndex(clause)
	if m == nil {
		return ""
	}
	return clause[m[4]:m[5]]
}

// withAgeSubject adds to names, the participants of the clause sum of
// sentence s, the person its age subject stands for: the one person the
// article gave that age before ("Stefan Hallam, 47, was sacked"), else
// the person it had named most so far, if only one. A clause cut from the
// middle of the sentence takes the sentence's subject ("The 47-year-old
// was appointed in 2024 and led Rovers to promotion the following
// year").
func withAgeSubject(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	clause := p.text[sum.Start:sum.End]
	if sum.Start > s.Start && subjectless(clause) {
		clause = p.text[s.Start+datelineEnd(p.text[s.Start:sum.Start]) : sum.End]
	}
	age := ageSubject(clause)
	if age == "" {
		return withAgedNounSubject(p, clause, sum.Start, names)
	}
	n, aged := p.agedPerson(sum.Start, age)
	if n != "" {
		return addName(names, n)
	}
	if m, ok := p.mostNamed(s.Start, "", nil); ok && !aged && p.namedMost(s.Start, m) {
		return addName(names, m)
	}
	return names
}

// agedPerson returns the one person named before end with age in an
// apposition right after the name (", 47," or " (47)"), else "", and
// whether anyone was given an age so.
func (p pronouns) agedPerson(end int, age string) (holder string, aged bool) {
	for _, m := range p.mentions {
		if m.Start >= end || m.End > len(p.text) {
			break
		}
		if m.Type != doc.Person {
			continue
		}
		a := appositiveAge.FindStringSubmatch(p.text[m.End:min(len(p.text), m.End+8)])
		if a == nil {
			continue
		}
		aged = true
		if a[1] != age && a[2] != age {
			continue
		}
		if holder != "" && holder != m.Name() {
			return "", true
		}
		holder = m.Name()
	}
	return holder, aged
}

// appositiveAge matches an age right after a name: ", 47," or " (47)".
var appositiveAge = regexp.MustCompile(`^(?:, (\d{1,3}),| \((\d{1,3})\))`)

// agedNounRe matches a clause opening with a person told by their age
// and a noun, "The 23-year-old striker signed", "The 47-year-old former
// minister was", before a lower-case word; the noun is one of the two
// words after the age.
var agedNounRe = regexp.MustCompile(`^[Tt]he (\d{1,3})-year-old (\p{Ll}+) (\p{Ll}+) \p{Ll}`)

// opensWithTheFigure reports whether s opens with "The " or "the " and a
// digit, as every match of agedNounRe does.
func opensWithTheFigure(s string) bool {
	return len(s) > 4 && (s[0] == 'T' || s[0] == 't') && s[1:4] == "he " && isDigit(s[4])
}

// withAgedNounSubject adds to names the person an age-and-noun subject
// stands for ("The 23-year-old striker passed a medical on Monday"): the
// one person the article gave that very age before offset end; when no
// one was given an age, the one person it named with the noun as their
// role ("Rovers striker Kim Adjei"), else, for a role noun, the person it
// named most so far. A noun of no role may tell someone new ("The
// 47-year-old man was charged"), who is no one's.
func withAgedNounSubject(p pronouns, clause string, end int, names []string) []string {
	if !opensWithTheFigure(clause) {
		return names // agedNounRe cannot match: a cheap test before it
	}
	m := agedNounRe.FindStringSubmatch(clause)
	if m == nil {
		return names
	}
	n, aged := p.agedPerson(end, m[1])
	role := false
	for _, noun := range m[2:] {
		if n == "" && !aged && identity.HasRoleHead(noun) {
			n, role = p.roleHolder(end, noun), true
		}
	}
	if n == "" && role {
		// No one named with the role: the story's subject, as for an
		// age alone.
		if ms, ok := p.mostNamed(end, "", nil); ok && p.namedMost(end, ms) {
			n = ms
		}
	}
	return addName(names, n)
}
