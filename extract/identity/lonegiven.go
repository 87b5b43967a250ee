package identity

import (
	"unicode"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
	"newsbot/extract/sex"
)

// mergeLoneGivenNames joins a one-word name that is the given name of one
// person of the corpus, and the surname of none, to that person when
// their articles name another person in common: "We owe Ines and Marek
// answers" in one story, "Ines Calloway" and "Marek Dunn" named in full in
// others about the same plant and the same boss. The name may have been
// taken for a place ("Ines") when the sex table knows it for a given name
// and it is no listed place. A given name two people of the corpus bear
// stays its own entity, and so does one whose articles share no one with
// the person's (an organisation in common says too little here) or that
// an article names beside the person as someone else ("Ines, 70" beside
// "Ines Calloway, 34"). Each set of one-word names is weighed once.
func (c *corpus) mergeLoneGivenNames() {
	owners, surnames := c.givenNameOwners()
	fullRoot := map[int]bool{}
	for i := range c.ents {
		if c.info(i).full {
			fullRoot[c.uf.find(i)] = true
		}
	}
	var ev *evidence
	tried := map[int]bool{}
	for i := range c.ents {
		ni := c.info(i)
		if len(ni.toks) != 1 || ni.key < 0 || ni.caps || tried[c.uf.find(i)] || !c.loneGivenType(i) || surnames[ni.lastKey] {
			continue
		}
		roots := owners[givenKey(ni.toks[0])]
		if len(roots) != 1 {
			continue
		}
		a, b := c.uf.find(i), c.uf.find(roots[0])
		if a == b || fullRoot[a] {
			continue
		}
		tried[a] = true
		if ev == nil {
			ev = c.newEvidence()
		}
		if ev.mostlyPeople(c, b) && !ev.mostlyThings(c, a) && ev.commonPerson(c, a, b) && !ev.besideFullName(c, a, b, givenKey(ni.toks[0])) {
			ev.union(c, i, b)
		}
	}
}

// givenNameOwners returns, by given-name key, the distinct roots of the
// people named in full with it, and the keys of their surnames.
func (c *corpus) givenNameOwners() (map[string][]int, map[string]bool) {
	owners := map[string][]int{}
	surnames := map[string]bool{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if ni.suffix != "" || ni.firstKey == "" || !plainWord(ni.toks[0]) {
			continue
		}
		surnames[ni.lastKey] = true
		owners[ni.firstKey] = appendRoot(owners[ni.firstKey], c.uf.find(i))
	}
	return owners, surnames
}

// loneGivenType reports whether entity i is typed as a lone given name
// may be: a person, or a place of no listed name.
func (c *corpus) loneGivenType(i int) bool {
	name := c.info(i).name
	if !plainWord(name) {
		return false
	}
	switch c.ents[i].Type {
	case doc.Person:
		return true
	case doc.Place:
		// "Priya" taken for a place; "Tianjin" opening a
		// company's name the tagger took for a person's is none.
		return sex.Of(name+" "+name) != sex.Unknown && !ner.ListedPlace(name) && !ner.GivenPlaceName(name)
	}
	return false
}

// plainWord reports a word of letters alone, capitalised, of two letters
// or more: "Priya", not "St." nor "J".
func plainWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2 && isCapitalised(w)
}

// mostlyPeople reports whether most members of the set rooted at r are
// people: a firm's name some article took for a person's is not.
func (ev *evidence) mostlyPeople(c *corpus, r int) bool {
	people := 0
	for _, k := range ev.members(r) {
		if c.person(k) {
			people++
		}
	}
	return 2*people > len(ev.members(r))
}

// commonPerson reports whether articles of the entities rooted at a and
// articles of those rooted at b name a third person in common, told apart
// by the entity they joined.
func (ev *evidence) commonPerson(c *corpus, a, b int) bool {
	near := ev.neighbours(c, a, a, b, c.rootID)
	for k := range ev.neighbours(c, b, a, b, c.rootID) {
		if near[k] && k >= 0 && c.person(int(k)) {
			return true
		}
	}
	return false
}

// besideFullName reports whether an article names a member of the set
// rooted at a beside a member of the set rooted at b named in full with
// the given name of key, and the set at a is also named in an article
// without b: a given name that recurs on its own across articles and
// that an article kept apart from the full name is another person ("Ines,
// 70" in three reports, "Ines Calloway, 34" beside her in one). A given
// name named only beside the full name ("Helena's calibre" in the report
// naming Helena Varga, a transcript's "Grace," to Grace Liu Wen) is the
// same person, whom the article's own reading missed.
func (ev *evidence) besideFullName(c *corpus, a, b int, key string) bool {
	arts := map[int32]bool{}
	for _, i := range ev.members(a) {
		arts[c.article[i]] = true
	}
	shared := map[int32]bool{}
	withB := map[int32]bool{}
	for _, i := range ev.members(b) {
		withB[c.article[i]] = true
		if ni := c.info(i); arts[c.article[i]] && len(ni.toks) >= 2 && ni.firstKey == key {
			shared[c.article[i]] = true
		}
	}
	if len(shared) == 0 {
		return false
	}
	for art := range arts {
		if !withB[art] {
			return true
		}
	}
	return false
}
