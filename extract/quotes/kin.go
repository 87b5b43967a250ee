package quotes

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// kinApposition matches the words before a name set off as the
// appositive of a relative of someone: "Savchuk's mother, " or "his
// wife, ".
var kinApposition = regexp.MustCompile(`(?:\p{L}(?:'s|’s|'|’)|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur))\s+(?:(?:late|elder|younger|eldest|youngest|older)\s+)?` +
	`(` + kinNouns + `)\s*,\s*$`)

// kinNouns are the relatives kinApposition names, as alternatives.
const kinNouns = `mother|father|wife|husband|widow|widower|son|daughter|brother|sister|grandmother|grandfather|aunt|uncle|niece|nephew|fiancée|fiancee|fiancé|fiance`

// kinNounList holds kinNouns one by one.
var kinNounList = strings.Split(kinNouns, "|")

// reSpace is what \s matches in a regular expression.
const reSpace = "\t\n\f\r "

// kinBefore reports whether kinApposition matches s: only where s ends
// with one of kinNouns and a comma (spaces around it allowed) need the
// expression run.
func kinBefore(s string) bool {
	w, ok := strings.CutSuffix(strings.TrimRight(s, reSpace), ",")
	if !ok {
		return false
	}
	w = strings.TrimRight(w, reSpace)
	for _, n := range kinNounList {
		if strings.HasSuffix(w, n) {
			return kinApposition.MatchString(s)
		}
	}
	return false
}

// kinPerson repairs a name the tagger took for a place or something else
// where the article gives it as the name of someone's relative, closed
// by a comma or a full stop: in "Savchuk's mother, Halyna, had waited"
// Halyna is a person.
func kinPerson(text string, m doc.Mention) (doc.Mention, bool) {
	if m.Type == doc.Person || m.Type == "" || strings.ContainsAny(m.Text, " \n") {
		return m, false
	}
	after := strings.TrimLeft(text[m.End:], " ")
	if after == "" || after[0] != ',' && after[0] != '.' {
		return m, false
	}
	if !kinBefore(text[max(0, m.Start-40):m.Start]) {
		return m, false
	}
	m.Type = doc.Person
	return m, true
}

// kinSex returns the sex of the relative named right after before when it
// ends in a kin apposition of one sex ("Her husband, " or "Lind's
// sister, "): the name that follows, a given name alone included ("Her
// husband, Tam, was"), is that relative's.
func kinSex(before string) (gender, bool) {
	if !kinBefore(before) {
		return genderUnknown, false
	}
	w, _ := strings.CutSuffix(strings.TrimRight(before, reSpace), ",")
	w = strings.TrimRight(w, reSpace)
	w = strings.ToLower(w[strings.LastIndexAny(w, reSpace)+1:])
	g := sexNouns[w]
	return g, g != genderUnknown
}
