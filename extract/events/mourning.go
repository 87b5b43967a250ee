package events

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// mourningNouns name a rite held for someone who died: "A memorial
// concert will be held on Dec. 12", "The funeral is on Friday".
var mourningNouns = toSet(`funeral funerals memorial burial vigil cremation`)

// riteStems are the mourningNouns without their plurals.
var riteStems = []string{"funeral", "memorial", "burial", "vigil", "cremation"}

// mayNameRite reports whether s may hold one of mourningNouns: an ASCII
// s holds one of riteStems in some case at the start of a word. It is a
// cheap test before the words are read; a text with other letters is
// always read, as lower casing may turn them into ASCII ones.
//
// It reads s once: a byte beyond ASCII answers true at once, as does a
// stem found before it, and only a byte that opens a stem in some case
// (riteOpeners) at the start of a word is compared further.
func mayNameRite(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if !riteOpeners[c] || i > 0 && isASCIILetter(s[i-1]) {
			continue // no stem opens here, or inside a word
		}
		c = asciiLower(c)
		for _, r := range riteStems {
			if r[0] == c && hasFoldAt(s, i, r) {
				return true
			}
		}
	}
	return false
}

// riteOpeners are the first letters of riteStems, in both cases.
var riteOpeners = func() (set [utf8.RuneSelf]bool) {
	for _, r := range riteStems {
		set[r[0]], set[asciiUpper(r[0])] = true, true
	}
	return set
}()

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// withMourned adds to names, the participants of a clause sum that
// speaks of a rite of mourning and names no person, the one person whose
// death an earlier event of the article (found) reports: the memorial of
// an obituary is its subject's.
func withMourned(p pronouns, sum doc.Span, names []string, found []Event) []string {
	if hasPerson(p.mentions, sum) || !mayNameRite(p.text[sum.Start:sum.End]) ||
		!slices.ContainsFunc(lowerWords(p.text[sum.Start:sum.End]), func(w string) bool { return mourningNouns[w] }) {
		return names
	}
	for _, e := range found {
		if e.Summary.End > len(p.text) || !slices.Contains(lowerWords(p.text[e.Summary.Start:e.Summary.End]), "died") {
			continue
		}
		if dead := p.onePerson(e.Entities); dead != "" {
			return addName(names, dead)
		}
	}
	if dead := p.deathReported(sum.Start); dead != "" {
		return addName(names, dead)
	}
	return names
}

// deathReported returns the one person a sentence before offset end says
// has died, undated ("Sir Alun Tremaine, who has died aged 78, was …"):
// the first such sentence naming one person, "" when there is none.
func (p pronouns) deathReported(end int) string {
	for _, s := range p.sents {
		if s.Start >= end || s.End > len(p.text) {
			break
		}
		if s.Boilerplate || !slices.ContainsFunc(lowerWords(p.text[s.Start:s.End]), func(w string) bool { return w == "died" || w == "dies" }) {
			continue
		}
		var names []string
		first, firstEnd := -1, -1
		for _, m := range mentionsIn(p.mentions, s.Span) {
			if m.Type == doc.Person {
				names = addName(names, m.Name())
				if first < 0 {
					first, firstEnd = m.Start, m.End
				}
			}
		}
		if len(names) == 1 && opensWithName(p.text[s.Start:first]) && subjectDied.MatchString(p.text[firstEnd:s.End]) {
			return names[0]
		}
	}
	return ""
}

// subjectDied follows the name of a sentence's subject who died: "…,
// who has died aged 78", "… died on Monday", "…, the pianist, has died".
var subjectDied = regexp.MustCompile(`^(?:,\s*who|,[^,]{1,80},)?\s+(?:has\s+|had\s+)?(?:died|dies)\b`)

// opensWithName reports whether the words of a sentence before its first
// name are titles at most ("Sir", "Dr."): the name is its subject.
func opensWithName(before string) bool {
	for _, w := range strings.Fields(before) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return len(strings.Fields(before)) <= 2
}

// onePerson returns the one name of names that the article gives a
// person, "" when none or several are.
func (p pronouns) onePerson(names []string) string {
	one := ""
	for _, n := range names {
		if !slices.ContainsFunc(p.mentions, func(m doc.Mention) bool { return m.Type == doc.Person && m.Name() == n }) {
			continue
		}
		if one != "" {
			return ""
		}
		one = n
	}
	return one
}
