package events

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// onlyOwners reports whether each person of ps but subject is named in
// the two sentences before sentence k only in the possessive, as the
// owner of something ("Norland's envoy", "Berg's cabinet"): someone a
// pronoun subject after them does not take up from the sentence's own
// subject.
func (p pronouns) onlyOwners(k int, ps []string, subject string) bool {
	if k <= 0 || k >= len(p.sents) {
		return false
	}
	sp := doc.Span{Start: p.sents[max(0, k-2)].Start, End: p.sents[k].Start}
	seen := 0
	for _, m := range mentionsIn(p.mentions, sp) {
		if m.Type != doc.Person || m.Name() == subject || !slices.Contains(ps, m.Name()) {
			continue
		}
		if m.End > len(p.text) || !possessiveAfter(p.text[m.End:]) {
			return false
		}
		seen++
	}
	return seen > 0
}

// possessiveAfter reports whether rest, the text right after a name,
// opens with a possessive ending: "'s envoy", "’s cabinet".
func possessiveAfter(rest string) bool {
	return strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")
}
