package identity

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// bracketedAcronyms finds the acronyms an article gives in brackets right
// after a name ("Alternative for Germany (AfD)"): the acronym is that
// name's short form whatever its initials, which may be of another
// language's name. The acronym becomes a mention of the name's type when
// the tagger missed it or typed it otherwise. It returns the mentions, in
// a copy when changed, and each acronym's key with the key of the name
// it stands for.
func bracketedAcronyms(text string, mentions []doc.Mention) ([]doc.Mention, map[string]string) {
	var defined map[string]string
	var out []doc.Mention
	for i, m := range mentions {
		a, ok := bracketedAfter(text, m)
		if !ok {
			continue
		}
		if defined == nil {
			defined = map[string]string{}
			out = append(make([]doc.Mention, 0, len(mentions)+1), mentions...)
		}
		defined[Key(a.Text)] = Key(m.Text)
		if next := i + 1; next < len(mentions) && mentions[next].Start < a.End {
			if mentions[next].Span == a.Span {
				out[next+len(out)-len(mentions)].Type = m.Type
			}
			continue
		}
		out = slices.Insert(out, i+1+len(out)-len(mentions), a)
	}
	if out == nil {
		return mentions, nil
	}
	return out, defined
}

// maxAcronymBytes bounds the search for the bracket closing an acronym:
// six dotted capitals and the bracket.
const maxAcronymBytes = 14

// bracketedAfter returns the acronym written in brackets at offset end of
// text (" (AfD)") after the name of a body m, as a mention of m's type. A
// place's bracket holds a news agency's name in a dateline ("WASHINGTON
// (AP)") as often as its short form.
func bracketedAfter(text string, m doc.Mention) (doc.Mention, bool) {
	end := m.End
	if m.Type == doc.Person || m.Type == doc.Place || end < 0 || end > len(text) || !strings.HasPrefix(text[end:], " (") {
		return doc.Mention{}, false
	}
	start := end + len(" (")
	n := strings.IndexByte(text[start:min(len(text), start+maxAcronymBytes)], ')')
	if n <= 0 || !isAcronym(text[start:start+n]) {
		return doc.Mention{}, false
	}
	return doc.Mention{Span: doc.Span{Start: start, End: start + n}, Type: m.Type, Text: text[start : start+n]}, true
}

// definedOwner returns the entity of the name an article gave the acronym
// form f for in brackets, or nil. forms are the article's forms, grouped.
func definedOwner(defined map[string]string, f *form, forms []*form, ents []*articleEntity) *articleEntity {
	full, ok := defined[f.key]
	if !ok {
		return nil
	}
	for _, g := range forms {
		if g.key == full && g != f && g.typ != doc.Person {
			return ents[g.entity]
		}
	}
	return nil
}
