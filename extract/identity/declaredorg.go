package identity

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// mergeDeclaredOrgNames joins an organisation named in some article only
// by another name of its own to the organisation another article gave
// that name to: "the Social Democratic Party, known in Valdonia by its
// native name Stronnictwo Demokratyczno-Społeczne" in one story, "The
// Stronnictwo Demokratyczno-Społeczne (SDP)" in another. Such a name is a
// spelling of two words or more of an organisation, neither its name's
// opening nor closing words nor an acronym; one claimed by two different
// organisations joins neither.
func (c *corpus) mergeDeclaredOrgNames() {
	owners := map[string][]int{} // other name's key → roots claiming it
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Org || len(c.info(i).toks) < 2 {
			continue
		}
		own := c.nameKey(i)
		for j, s := range e.Surfaces {
			// A surface that is the name itself is no other name.
			if s == e.Name || !otherOrgName(e.Name, s) {
				continue
			}
			k := c.surfaceKey(i, j)
			if r := c.uf.find(i); k != "" && k != own && !containsInt(owners[k], r) {
				owners[k] = append(owners[k], r)
			}
		}
	}
	if len(owners) == 0 {
		return
	}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type == doc.Place || len(c.info(i).toks) < 2 {
			// A person's name too: the tagger takes a foreign
			// name for one ("leader of the Stronnictwo
			// Demokratyczno-Społeczne").
			continue
		}
		if roots := owners[c.nameKey(i)]; len(roots) == 1 && c.uf.find(i) != roots[0] {
			c.uf.union(i, roots[0])
		}
	}
}

// otherOrgName reports whether spelling s of an organisation named name
// is another name of it rather than a shortening: two words or more, no
// acronym, and neither opening nor closing name.
func otherOrgName(name, s string) bool {
	if !severalFields(s) || isAcronym(s) {
		return false
	}
	n, l := strings.ToLower(name), strings.ToLower(s)
	return !strings.Contains(n, l) && !strings.Contains(l, n)
}

// severalFields reports whether strings.Fields(s) has two fields or more,
// without making them: the runes are read as Fields reads them, and
// unicode.IsSpace parts them.
func severalFields(s string) bool {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n++; n == 2 {
				return true
			}
			in = true
		}
	}
	return false
}
