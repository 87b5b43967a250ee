package identity

import (
	"newsbot/extract/doc"
	"newsbot/extract/ner"
)

// mergeLoneSurnamePlaces joins a one-word name taken for a place, of no
// listed place, to the one person of the corpus whose surname it is, when
// their articles name another person in common: "Mbeki again from the
// spot" in a match report, "Tom Mbeki" named in full in others about the
// same club and the same manager. The person in common must be in an
// article that names the person in full: one that writes only the bare
// surname may be about another bearer or a firm ("Harper" of "Harper and
// Row"). A surname two people of the corpus bear
// stays its own entity, and so does a name joined to another or taken
// for an organisation anywhere, a name in capitals (a dateline) or one
// whose articles share no person with the person's.
func (c *corpus) mergeLoneSurnamePlaces() {
	owners := c.surnameOwners()
	var ev *evidence
	tried := map[int]bool{}
	for i := range c.ents {
		ni := c.info(i)
		if len(ni.toks) != 1 || ni.key < 0 || ni.caps || c.ents[i].Type != doc.Place || tried[c.uf.find(i)] {
			continue
		}
		if !plainWord(ni.name) || ner.ListedPlace(ni.name) || ner.GivenPlaceName(ni.name) {
			continue
		}
		roots := owners[ni.lastKey]
		if len(roots) != 1 {
			continue
		}
		a, b := c.uf.find(i), c.uf.find(roots[0])
		tried[a] = true
		if a == b {
			continue
		}
		if ev == nil {
			ev = c.newEvidence()
		}
		if ev.onlyName(c, a, c.nameOf[i]) && ev.mostlyPeople(c, b) && ev.personNearFullName(c, a, b) {
			ev.union(c, i, b)
		}
	}
}

// surnameOwners returns, by surname key, the distinct roots of the people
// named in full with it.
func (c *corpus) surnameOwners() map[string][]int {
	owners := map[string][]int{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if ni.suffix != "" || ni.lastKey == "" || len(ni.toks) < 2 {
			continue
		}
		owners[ni.lastKey] = appendRoot(owners[ni.lastKey], c.uf.find(i))
	}
	return owners
}

// onlyName reports whether every member of the set rooted at r bears the
// name id and is a place: a name joined to others has found its entity,
// and one some article took for an organisation may be a firm's short
// name ("Goldman").
func (ev *evidence) onlyName(c *corpus, r int, id int32) bool {
	for _, k := range ev.members(r) {
		if c.nameOf[k] != id || c.ents[k].Type != doc.Place {
			return false
		}
	}
	return true
}

// personNearFullName reports whether articles of the entities rooted at a
// and articles that name a member of the set rooted at b in full name a
// third person in common.
func (ev *evidence) personNearFullName(c *corpus, a, b int) bool {
	near := ev.neighbours(c, a, a, b, c.rootID)
	seen := map[int32]bool{}
	for _, i := range ev.members(b) {
		if art := c.article[i]; c.info(i).full && !seen[art] {
			seen[art] = true
			for _, k := range ev.byArticle[art] {
				if r := c.uf.find(k); r != a && r != b && c.person(k) && c.info(k).key >= 0 && near[c.rootID(k)] {
					return true
				}
			}
		}
	}
	return false
}
