package extract

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/sex"
)

// titledSurname matches a title of address and the capitalised (maybe
// hyphenated) surname after it: "Mrs Ap-Rhys", "Dr. Okafor".
var titledSurname = regexp.MustCompile(`\b(Mr|Mrs|Ms|Miss|Dr|Prof)\.? (\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*)\b`)

// withTitledSurnames reads as a person the surname after a title of
// address ("Mrs Ap-Rhys said") that the tagger missed, when the article
// names a person in full with that surname ("Gwen Ap-Rhys") whose given
// name does not contradict the title's sex.
func withTitledSurnames(text string, ms []doc.Mention) []doc.Mention {
	full := map[string]string{}
	for _, m := range ms {
		if m.Type != doc.Person {
			continue
		}
		f := strings.Fields(m.Text)
		if len(f) < 2 {
			continue
		}
		last := f[len(f)-1]
		if old, ok := full[last]; ok && old != m.Text {
			full[last] = "" // two people share the surname
			continue
		}
		full[last] = m.Text
	}
	if len(full) == 0 {
		return ms
	}
	for _, loc := range titledSurnames(text) {
		title, start, end := strings.ToLower(text[loc[2]:loc[3]]), loc[4], loc[5]
		name, ok := full[text[start:end]]
		if !ok || name == "" || sex.Contradicts(sex.OfTitle(title), name) || overlapsAny(ms, start, end) {
			continue
		}
		ms = withPersonAt(ms, doc.Span{Start: start, End: end}, text[start:end])
	}
	return ms
}

// overlapsAny reports whether any mention overlaps text[start:end].
func overlapsAny(ms []doc.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}
