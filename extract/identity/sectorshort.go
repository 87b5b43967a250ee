package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// sectorHeads end a company's name as the sector it trades in, a word
// news drops once the company is named: "Corlen Pharmaceuticals" is
// "Corlen", "Vessa Therapeutics" "Vessa".
var sectorHeads = wordSet(`pharmaceuticals pharmaceutical pharma therapeutics biosciences biopharma`)

// sectorShortName returns the words of a company's name before the
// sector head that ends it (legal forms aside), and whether it ends in
// one: "Corlen" of "Corlen Pharmaceuticals Ltd".
func sectorShortName(name string) (string, bool) {
	if !mayEndInSector(name) {
		return "", false
	}
	f := strings.Fields(WithoutLegalForm(name))
	if len(f) < 2 || !sectorHeads[strings.ToLower(strings.Trim(f[len(f)-1], ".,"))] {
		return "", false
	}
	return strings.Join(f[:len(f)-1], " "), true
}

// mergeSectorShortNames joins a company's name that ends in its sector
// ("Corlen Pharmaceuticals") to the organisation named by the words
// before it ("Corlen") when an article names both, no other company's
// name shortens to those words and the corpus takes them for an
// organisation more often than for a place or a person: "Corlen said"
// after "Corlen Pharmaceuticals' chief executive".
func (c *corpus) mergeSectorShortNames() {
	shortOf := map[int32]string{} // name id → its short name's key
	owner := map[string]int32{}   // short name's key → the one name id that shortens to it, -1 for several
	for n, ni := range c.names {
		short, ok := sectorShortName(ni.name)
		if !ok {
			continue
		}
		k := Key(short)
		if k == "" || ni.key < 0 {
			continue
		}
		shortOf[int32(n)] = k
		switch o, seen := owner[k]; {
		case !seen:
			owner[k] = int32(n)
		case o >= 0 && c.names[o].key != ni.key:
			owner[k] = -1
		}
	}
	if len(shortOf) == 0 {
		return
	}
	c.joinSectorShortNames(shortOf, owner)
}

// joinSectorShortNames unions the entities of the short names of owner
// with those of the full names that shorten to them (shortOf), on the
// terms of mergeSectorShortNames.
func (c *corpus) joinSectorShortNames(shortOf map[int32]string, owner map[string]int32) {
	kinds := map[string][3]int{} // short name's key → organisation, place and person entities
	fullArts := map[string]map[int32]bool{}
	for i := range c.ents {
		if k, ok := shortOf[c.nameOf[i]]; ok && c.ents[i].Type == doc.Org && owner[k] >= 0 {
			if fullArts[k] == nil {
				fullArts[k] = map[int32]bool{}
			}
			fullArts[k][c.article[i]] = true
		}
		k := c.nameKey(i)
		if o, ok := owner[k]; !ok || o < 0 {
			continue
		}
		n := kinds[k]
		switch c.ents[i].Type {
		case doc.Org:
			n[0]++
		case doc.Place:
			n[1]++
		case doc.Person:
			n[2]++
		}
		kinds[k] = n
	}
	full := map[string]int{}
	for i := range c.ents {
		if k, ok := shortOf[c.nameOf[i]]; ok && c.ents[i].Type == doc.Org && owner[k] >= 0 {
			if _, seen := full[k]; !seen {
				full[k] = i
			}
		}
	}
	for i := range c.ents {
		k := c.nameKey(i)
		j, ok := full[k]
		if !ok || c.ents[i].Type != doc.Org || !fullArts[k][c.article[i]] {
			continue
		}
		if n := kinds[k]; n[0] > n[1] && n[0] > n[2] {
			c.uf.union(i, j)
		}
	}
}

// sectorStems are parts of the sector heads as written in title case or
// in capitals, a cheap test run on every name before it is split.
var sectorStems = []string{"harma", "HARMA", "herapeutic", "HERAPEUTIC", "ioscience", "IOSCIENCE"}

// mayEndInSector reports whether name has a sector head's letters in it.
func mayEndInSector(name string) bool {
	for _, s := range sectorStems {
		if strings.Contains(name, s) {
			return true
		}
	}
	return false
}
