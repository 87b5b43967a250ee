package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// minShortForm is the fewest bytes of a one-word short form of a body's
// name: shorter words ("New", "Air") open too many names.
const minShortForm = 4

// orgShortForm finds the organisation that name, one word in capitals,
// is the short form of: the first word of a name of two or more words in
// capitals that the article gives a body in full, as in "Northgate said
// in a statement" after "Northgate Terminals has asked the court". The
// word must open the names of one body only and stand in no other name
// ("Harwick" of both "Harwick Athletic" and "Port of Harwick" is no
// short form).
func (a *analysis) orgShortForm(name string) (doc.Mention, bool) {
	if len(name) < minShortForm || strings.ContainsAny(name, " \t\n") {
		return doc.Mention{}, false
	}
	var found *doc.Mention
	for i := range a.ments {
		m := &a.ments[i]
		full := m.Name()
		if !strings.Contains(full, name) {
			continue
		}
		if m.Type != doc.Org || !opensName(full, name) {
			return doc.Mention{}, false // another name holds the word
		}
		if found != nil && found.Name() != full {
			return doc.Mention{}, false // two bodies share it
		}
		found = m
	}
	if found == nil {
		return doc.Mention{}, false
	}
	return *found, true
}

// opensName reports whether word is the first word of full, a name of
// two or more words whose second is in capitals too: "Northgate" opens
// "Northgate Terminals", not "Northgate" itself or "Northgate of Leeds".
func opensName(full, word string) bool {
	rest, ok := strings.CutPrefix(full, word+" ")
	return ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}
