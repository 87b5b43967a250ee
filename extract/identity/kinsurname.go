package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/sex"
)

// kinLead is a possessive and a child's or sibling's kinship noun right
// before a name: "His son Gareth", "her daughter, Rhiannon".
var kinLead = regexp.MustCompile(`(?:^|[^\p{L}])([Hh]is|[Hh]er) (?:son|daughter|brother|sister),? $`)

// kinSurnames gives a person named only by a given name after "his son"
// or "her daughter" the surname of the person named in full just before,
// whom the possessive stands for: in "Tremaine had been in poor health.
// His son Gareth told the Northern Post" Gareth is Gareth Tremaine. A
// given name that another person of the article bears in full is left
// alone. mentions are in text order; their canonical names are set.
func kinSurnames(text string, mentions []doc.Mention) {
	for i, m := range mentions {
		given := m.Canonical
		if m.Type != doc.Person || given == "" || strings.Contains(given, " ") || m.Start > len(text) || m.Start < 0 {
			continue
		}
		before := text[max(0, m.Start-24):m.Start]
		if !mayEndKinLead(before) {
			continue
		}
		lead := kinLead.FindStringSubmatch(before)
		if lead == nil {
			continue
		}
		surname, ok := possessorSurname(mentions[:i], strings.ToLower(lead[1]))
		if !ok || bearsInFull(mentions, given) {
			continue
		}
		for k := range mentions {
			if mentions[k].Type == doc.Person && mentions[k].Canonical == given {
				mentions[k].Canonical = given + " " + surname
			}
		}
	}
}

// mayEndKinLead reports whether s ends as every match of kinLead does: a
// kinship noun of kinLead after a space, maybe a comma, and a space. Most
// names have none of these before them, and need not be run through the
// expression.
func mayEndKinLead(s string) bool {
	t, ok := strings.CutSuffix(s, " ")
	if !ok {
		return false
	}
	t = strings.TrimSuffix(t, ",")
	return strings.HasSuffix(t, " son") || strings.HasSuffix(t, " daughter") ||
		strings.HasSuffix(t, " brother") || strings.HasSuffix(t, " sister")
}

// possessorSurname returns the surname of the last person named before
// whom the possessive pron ("his", "her") can stand for, when their
// canonical name is a full one: in "Inspector Daniel Roarke said … her
// daughter Claire said" Claire is no Roarke.
func possessorSurname(before []doc.Mention, pron string) (string, bool) {
	for k := len(before) - 1; k >= 0; k-- {
		if before[k].Type != doc.Person || sex.Clashes(pron, before[k].Canonical) {
			continue
		}
		f := strings.Fields(before[k].Canonical)
		if len(f) < 2 || nameSuffix(before[k].Canonical) != "" {
			return "", false
		}
		return f[len(f)-1], true
	}
	return "", false
}

// bearsInFull reports a person of mentions whose full name opens with
// given.
func bearsInFull(mentions []doc.Mention, given string) bool {
	for _, m := range mentions {
		if m.Type == doc.Person && strings.HasPrefix(m.Canonical, given+" ") {
			return true
		}
	}
	return false
}
