package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// possessorBesides reports whether mention m, in text[from:at], is an
// organisation's possessive ("Norvane's closest competitor") after
// another organisation named there: "its" stands for what the sentence
// is about, not for a name that only qualifies another ("Pellucid,
// Norvane's closest rival, said ... Its chief executive" is Pellucid's).
func (h harvester) possessorBesides(m doc.Mention, from, at int) bool {
	rest := h.text[m.End:at]
	if !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "’s ") {
		return false
	}
	for _, o := range h.mentions {
		if o.Start >= from && o.End <= m.Start && o.Type == doc.Org && orgName(o) != orgName(m) {
			return true
		}
	}
	return false
}
