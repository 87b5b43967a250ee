package identity

import (
	"slices"

	"newsbot/extract/doc"
)

// mergeNicknames joins a one-word name that is no person, place or
// organisation, or a person's, to the one person whose name some article
// writes with it as a nickname in quotation marks (`Danny "Boots"
// Okonkwo`), when their articles name another person or organisation in
// common: "Boots has been well marshalled" in a live report of the same
// match. A nickname two people are given stays apart, and so does a
// company of the name ("Boots" the chemist) and a word already joined to
// another name ("Pete" as the surname of a Timothy Pettee).
func (c *corpus) mergeNicknames() {
	owners := map[string][]int{} // nickname key → first entity of each person cluster
	for i := range c.ents {
		if !c.person(i) {
			continue
		}
		nick, _, ok := nicknameOf(c.info(i).name)
		if !ok {
			continue
		}
		k := Key(nick)
		if k != "" && !slices.ContainsFunc(owners[k], func(j int) bool { return c.uf.find(j) == c.uf.find(i) }) {
			owners[k] = append(owners[k], i)
		}
	}
	if len(owners) == 0 {
		return
	}
	var ev *evidence
	for i := range c.ents {
		ni := c.info(i)
		if nicknamedSurname(c, ni, i, owners) {
			// "Boots Okonkwo": the nickname and the surname of the one
			// person given that nickname.
		} else if c.ents[i].Type != doc.Other && !c.person(i) || len(ni.toks) != 1 || ni.key < 0 {
			continue
		}
		own := owners[Key(ni.toks[0])]
		if len(ni.toks) == 1 {
			own = owners[Key(ni.name)]
		}
		if len(own) != 1 || c.uf.find(i) == c.uf.find(own[0]) {
			continue
		}
		if ev == nil {
			ev = c.newEvidence()
		}
		r := c.uf.find(i)
		if !slices.ContainsFunc(ev.members(r), func(k int) bool { return c.info(k).key != ni.key }) && ev.commonNeighbour(c, r, c.uf.find(own[0]), c.nameID) {
			ev.union(c, i, own[0])
		}
	}
}

// withNicknames adds to a person's aliases each nickname the name or an
// alias writes in quotation marks: `Danny "Boots" Okonkwo` is also
// "Boots".
func withNicknames(name string, aliases []string) []string {
	// The name, then the aliases as given (not those appended here).
	n := len(aliases)
	for k := -1; k < n; k++ {
		s := name
		if k >= 0 {
			s = aliases[k]
		}
		if nick, _, ok := nicknameOf(s); ok && nick != name && !slices.Contains(aliases, nick) {
			aliases = append(aliases, nick)
		}
	}
	return aliases
}

// nicknamedSurname reports a person's name of two words, a nickname and
// the surname of the one person some article gives that nickname in
// quotation marks ("Boots Okonkwo" beside `Danny "Boots" Okonkwo`).
func nicknamedSurname(c *corpus, ni *nameInfo, i int, owners map[string][]int) bool {
	if !c.person(i) || len(ni.toks) != 2 || ni.key < 0 || ni.suffix != "" {
		return false
	}
	own := owners[Key(ni.toks[0])]
	return len(own) == 1 && c.info(own[0]).lastKey == ni.lastKey
}
