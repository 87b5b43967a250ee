package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// mergeChamberCommittees joins a committee's name without its chamber
// ("Finance and Expenditure Committee") to the one name of the corpus
// that is it after a chamber's word ("House Finance and Expenditure
// Committee"). When two chambers have a committee of that name ("House
// Budget Committee", "Senate Budget Committee") the name without one
// joins neither.
func (c *corpus) mergeChamberCommittees() {
	withChamber := map[string][]string{} // key without the chamber → keys with one
	first := map[string]int{}            // key with the chamber → its first entity
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		ni := c.info(i)
		if e.Type != doc.Org || len(ni.toks) < 3 || !bareIn(chamberWords, ni.toks[0]) || !bareIn(subBodyHeads, ni.toks[len(ni.toks)-1]) {
			continue
		}
		k := c.nameKey(i)
		if _, ok := first[k]; ok {
			continue
		}
		first[k] = i
		rest := Key(strings.Join(ni.toks[1:], " "))
		withChamber[rest] = append(withChamber[rest], k)
	}
	if len(first) == 0 {
		return
	}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Org {
			continue
		}
		if keys := withChamber[c.nameKey(i)]; len(keys) == 1 {
			c.uf.union(i, first[keys[0]])
		}
	}
}
