package quotes

import (
	"regexp"
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// maxInvertedBytes bounds how far after the name an inverted sentence of
// presence brings in its pronoun may stand.
const maxInvertedBytes = 200

// invertedLead matches the opening of an inverted sentence of presence up
// to the person it brings in: "Among them was", "Among the mourners
// were". The person after the verb is its subject.
var invertedLead = regexp.MustCompile(`(?i)^(?:and\s+|but\s+)?among\s+[^.,;:!?"“”]{1,60}?\s+(?:was|were)$`)

// invertedIntro finds the person that an inverted sentence of presence
// ("Among them was Ana Ruiz, a nurse who had waited all night.") makes
// the subject just before the pronoun at pos: the last person named
// before pos, outside quoted words, in the same paragraph and not of the
// pronoun's other sex.
func (a *analysis) invertedIntro(pos int, pron string) (doc.Mention, bool) {
	i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= pos })
	for i--; i >= 0; i-- {
		m := a.ments[i]
		if m.Type != doc.Person || a.quoted(m.Span) {
			continue
		}
		if pos-m.End > maxInvertedBytes || m.End > pos || strings.Contains(a.text[m.End:pos], "\n") {
			return doc.Mention{}, false
		}
		if g := nameGender(m.Name()); g != genderUnknown && g != pronounGender(pron) {
			return doc.Mention{}, false
		}
		return m, invertedPresence(a.text, m.Start)
	}
	return doc.Mention{}, false
}

// invertedPresence reports whether the sentence holding the name at
// start opens with invertedLead right before it.
func invertedPresence(text string, start int) bool {
	lead := text[:start]
	if j := strings.LastIndexAny(lead, ".!?\n"); j >= 0 {
		lead = lead[j+1:]
	}
	lead = strings.TrimSpace(lead)
	return len(lead) < 80 && invertedLead.MatchString(lead)
}
