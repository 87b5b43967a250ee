package identity

import (
	"regexp"

	"newsbot/extract/doc"
)

// misspelledBefore ends the words of a correction that open the name
// spelled right: "misspelled the name of Senator", "misspelt".
var misspelledBefore = regexp.MustCompile(`\bmis-?spel(?:led|t)\s+(?:the\s+(?:sur|first\s+|given\s+)?name\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?$`)

// misspelledAfter follows the name spelled right with the wrong
// spelling a correction gives: " as Delaine", "'s name as Delaine".
var misspelledAfter = regexp.MustCompile(`^(?:['’]s\s+(?:sur|first\s+|given\s+)?name)?\s+as\s+(\p{Lu}[\p{L}'’-]+)`)

// misspelledLinks adds to links, when mention i is a person named in a
// correction ("misspelled the name of Rosa Delane as Delaine"), the forms
// of the article with the wrong surname taken for that person: the wrong
// surname alone and the right name with the wrong surname ("Rosa
// Delaine"). The two surnames must be at most two letters apart.
func misspelledLinks(text string, mentions []doc.Mention, formOf []*form, forms []*form, i int, links map[*form]*form) {
	p, m := formOf[i], mentions[i]
	if p.typ != doc.Person || p.ntok < 2 || m.End > len(text) {
		return
	}
	if !misspelledBefore.MatchString(text[max(0, m.Start-60):m.Start]) {
		return
	}
	sub := misspelledAfter.FindStringSubmatch(text[m.End:min(len(text), m.End+80)])
	if sub == nil {
		return
	}
	wrong := Key(sub[1])
	if !nearSpelling(wrong, p.lastKey) {
		return
	}
	for _, g := range forms {
		if g != p && g.typ == doc.Person && g.lastKey == wrong && (g.ntok == 1 || sameGiven(g, p)) {
			links[g] = p
		}
	}
}

// sameGiven reports whether two names of more than one word have the same
// words before the surname.
func sameGiven(a, b *form) bool {
	if len(a.toks) != len(b.toks) || len(a.toks) < 2 {
		return false
	}
	for k := range a.toks[:len(a.toks)-1] {
		if Key(a.toks[k]) != Key(b.toks[k]) {
			return false
		}
	}
	return true
}
