package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// mergeSponsorOpeners joins a lone word that is no person's or place's
// name to the one organisation of the corpus named by a pair of
// capitalised words joined by a hyphen or an en dash that it opens: "a
// few Tolsen riders" speaks of the team "Tolsen–Marrow", named after its
// two sponsors. A word opening two such names joins neither.
func (c *corpus) mergeSponsorOpeners() {
	owners := map[string][]int{} // opening word's key → roots
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Org {
			continue
		}
		a, ok := sponsorOpener(e.Name)
		if !ok {
			continue
		}
		if k, r := Key(a), c.uf.find(i); k != "" && !containsInt(owners[k], r) {
			owners[k] = append(owners[k], r)
		}
	}
	if len(owners) == 0 {
		return
	}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type == doc.Place || c.person(i) || len(c.info(i).toks) != 1 || strings.ContainsAny(e.Name, "-–") {
			continue
		}
		if roots := owners[c.nameKey(i)]; len(roots) == 1 && c.uf.find(i) != roots[0] {
			c.uf.union(i, roots[0])
		}
	}
}

// sponsorOpener returns the first word of a name of two capitalised words
// of two letters or more joined by one hyphen or en dash
// ("Tolsen" of "Tolsen–Marrow").
func sponsorOpener(name string) (string, bool) {
	a, b, ok := strings.Cut(strings.ReplaceAll(name, "–", "-"), "-")
	if !ok || strings.ContainsAny(b, "- ") || strings.Contains(a, " ") || len(a) < 2 || len(b) < 2 {
		return "", false
	}
	return a, isCapitalised(a) && isCapitalised(b)
}
