package events

import (
	"slices"

	"newsbot/extract/doc"
)

// mourningNouns name a rite held for someone who died: "A memorial
// concert will be held on Dec. 12", "The funeral is on Friday".
var mourningNouns = toSet(`funeral funerals memorial burial vigil cremation`)

// withMourned adds to names, the participants of a clause sum that
// speaks of a rite of mourning and names no person, the one person whose
// death an earlier event of the article (found) reports: the memorial of
// an obituary is its subject's.
func withMourned(p pronouns, sum doc.Span, names []string, found []Event) []string {
	if len(personsIn(p.mentions, sum)) > 0 || !slices.ContainsFunc(lowerWords(p.text[sum.Start:sum.End]), func(w string) bool { return mourningNouns[w] }) {
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
	return names
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
