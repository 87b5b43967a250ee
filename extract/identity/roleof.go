package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// splitPersonOf splits a name the tagger read over a person and the
// organisation after "of" into the two when a role noun in lower case
// stands before it: "economist Li Wei of Meridian Capital" is the
// economist Li Wei and Meridian Capital. The person's part must be two or
// three capitalised words naming no institution and holding no title
// ("Bank of England", "Minister of Finance" stay whole). A name the tagger
// read as one person needs no role noun (see personOfName). The mentions
// are changed in a copy.
func splitPersonOf(text string, mentions []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for i, m := range mentions {
		person, org, ok := personOf(text, m)
		if !ok {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]doc.Mention, 0, len(mentions)+1), mentions[:i]...)
		}
		out = append(out, person, withTypeElsewhere(mentions, org))
	}
	if out == nil {
		return mentions
	}
	return out
}

// personOf returns the person and the organisation of a mention "X of Y"
// after a lower-case role noun, or read as one person (see splitPersonOf).
func personOf(text string, m doc.Mention) (person, org doc.Mention, ok bool) {
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
		return m, m, false
	}
	i := strings.Index(m.Text, " of ")
	if i < 0 || !afterRoleNoun(text[:m.Start]) && !personOfName(m, i) {
		return m, m, false
	}
	name, rest := m.Text[:i], m.Text[i+len(" of "):]
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 || !plainNameWords(words) || !isNameWord(rest) {
		return m, m, false
	}
	person = doc.Mention{Span: doc.Span{Start: m.Start, End: m.Start + len(name)}, Text: name, Type: doc.Person}
	orgStart := m.Start + i + len(" of ")
	org = doc.Mention{Span: doc.Span{Start: orgStart, End: m.End}, Text: rest, Type: doc.Org}
	return person, org, true
}

// plainNameWords reports whether every word is a capitalised name word and
// none a title, an office word or the head of an institution's name.
func plainNameWords(words []string) bool {
	for _, w := range words {
		b := bare(w)
		if !isNameWord(w) || isTitle(w) || isRoleHead(w) || officeWords[b] || orgHeads[b] || genericHeads[b] {
			return false
		}
	}
	return true
}

// afterRoleNoun reports whether the text before a name ends in a role
// noun in lower case: "economist ", "the bank's chief economist ".
func afterRoleNoun(before string) bool {
	_, w := lastField(before)
	if w == "" || !strings.HasSuffix(before, " ") {
		return false
	}
	return !isCapitalised(w) && isRoleHead(w)
}

// maxOfNameWords bounds the name after "of" in a person's mention split
// with no role noun before it.
const maxOfNameWords = 3

// personOfName reports whether m, a mention the tagger read as one person
// over "of" at byte i of its text, is a person and the name of where they
// are from or work, with no role noun before it: "Halvard Brenn of
// Velmora", "Ines Dorr of Kessel Bank". The name after "of" must be one
// to three capitalised words ("Duke of Edinburgh" keeps its title, and
// plainNameWords, read after, the name before "of").
func personOfName(m doc.Mention, i int) bool {
	if m.Type != doc.Person {
		return false
	}
	rest := strings.Fields(m.Text[i+len(" of "):])
	if len(rest) == 0 || len(rest) > maxOfNameWords {
		return false
	}
	for _, w := range rest {
		if !isCapitalised(w) {
			return false
		}
	}
	return true
}

// withTypeElsewhere gives org, the name split from after "of", the type
// another mention of the same text has in mentions ("Velmora" a place
// elsewhere), and keeps its own when none has.
func withTypeElsewhere(mentions []doc.Mention, org doc.Mention) doc.Mention {
	for _, o := range mentions {
		if o.Text == org.Text && o.Type != doc.Person && o.Span != org.Span {
			org.Type = o.Type
			return org
		}
	}
	return org
}
