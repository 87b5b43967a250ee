package identity

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// officeOf opens the name of the office of an office-holder's body:
// "Office of the Data Protection Commissioner".
const officeOf = "office of the "

// mergeOfficeBodies joins the name of an office-holder's office ("Office
// of the Data Protection Commissioner") to the organisation named by the
// office-holder's title alone ("Data Protection Commissioner") when some
// article gave each of them the same acronym ("ODPC"): outlets write the
// body both ways. It runs before mergeAcronyms, so that the acronym alone
// then has one owner.
func (c *corpus) mergeOfficeBodies() {
	var offices []int
	byKey := map[string][]int{}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Org || !c.info(i).full || !hasAcronymSurface(e.Surfaces) {
			continue
		}
		if strings.HasPrefix(strings.ToLower(e.Name), officeOf) {
			offices = append(offices, i)
		} else {
			k := c.nameKey(i)
			byKey[k] = append(byKey[k], i)
		}
	}
	for _, i := range offices {
		for _, j := range byKey[Key(c.ents[i].Name[len(officeOf):])] {
			if shareAcronym(c.ents[i].Surfaces, c.ents[j].Surfaces) {
				c.uf.union(i, j)
			}
		}
	}
}

// hasAcronymSurface reports whether one of surfaces is an acronym.
func hasAcronymSurface(surfaces []string) bool {
	for _, s := range surfaces {
		if isAcronym(s) {
			return true
		}
	}
	return false
}

// shareAcronym reports whether two lists of surfaces hold one acronym.
func shareAcronym(a, b []string) bool {
	for _, s := range a {
		if isAcronym(s) && slices.Contains(b, s) {
			return true
		}
	}
	return false
}
