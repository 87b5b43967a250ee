package identity

import (
	"unicode/utf8"

	"newsbot/extract/doc"
)

// minTransposedSurname is the shortest surname key in which two letters
// written the wrong way round are taken for a slip: "okonkow" for
// "okonkwo", not "stien" for "stein".
const minTransposedSurname = 6

// transposed reports whether two keys of one length differ only by two
// neighbouring letters written the other way round, neither the first
// letter: "okonkwo", "okonkow".
func transposed(a, b string) bool {
	// Runes are counted as []rune makes them (an invalid byte is one):
	// most pairs end here, before they are copied.
	n := utf8.RuneCountInString(a)
	if n < minTransposedSurname || utf8.RuneCountInString(b) != n || a == b {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < minTransposedSurname {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if i == 0 || i+1 >= len(ra) || ra[i] != rb[i+1] || ra[i+1] != rb[i] || ra[i] == ra[i+1] {
		return false
	}
	return string(ra[i+2:]) == string(rb[i+2:])
}

// mergeTransposedSpellings joins two personal names with the same given
// name whose surnames differ by two neighbouring letters swapped ("Danny
// Okonkow", "Danny Okonkwo"), when an article that writes one spelling
// also names a person by the other ("Asked about Okonkwo" in the report
// that called him "Danny Okonkow", see joinTransposedSurnames) or both
// are given one role ("Sheriff"), and the articles share a role word or
// another entity (see mergeOnEvidence). Two spellings never seen side by
// side are two surnames ("Danny Okonkow" of another story).
func (c *corpus) mergeTransposedSpellings() {
	buckets := map[string][]int{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if ni.suffix == "" && ni.firstKey != "" && len(ni.toks) == 2 {
			buckets[ni.firstKey] = append(buckets[ni.firstKey], i)
		}
	}
	alike := func(i, j int) bool {
		a, b := c.info(i).lastKey, c.info(j).lastKey
		if !transposed(a, b) {
			return false
		}
		return c.nameWritesSurname(c.nameOf[i], b) || c.nameWritesSurname(c.nameOf[j], a) || c.sameRole(i, j)
	}
	c.mergeOnEvidence(buckets, alike, false)
}

// nameWritesSurname reports whether an article that names a person by
// name id also names a person by the surname key last, in a name or any
// spelling. Only people with a surname key count, on either side. A
// corpus has a handful of transposed surnames to ask about: the articles
// are read when asked, not indexed for every person beforehand.
func (c *corpus) nameWritesSurname(id int32, last string) bool {
	if last == "" || c.names[id].lastKey == "" {
		return false
	}
	byArticle := c.articleEntities()
	var read map[int32]bool // articles already read
	for i := range c.ents {
		if c.nameOf[i] != id || !c.person(i) {
			continue
		}
		a := c.article[i]
		if read[a] {
			continue
		}
		if read == nil {
			read = map[int32]bool{}
		}
		read[a] = true
		for _, k := range byArticle[a] {
			if c.personWritesSurname(k, last) {
				return true
			}
		}
	}
	return false
}

// personWritesSurname reports whether entity k is a person with a surname
// key whose name or one of whose spellings has the surname key last.
func (c *corpus) personWritesSurname(k int, last string) bool {
	if !c.person(k) || c.info(k).lastKey == "" {
		return false
	}
	if c.info(k).lastKey == last {
		return true
	}
	for _, sp := range c.spell[c.surfAt[k]:c.surfAt[k+1]] {
		if c.spellingLastKey(sp) == last {
			return true
		}
	}
	return false
}

// joinTransposedSurnames joins a surname written alone, once taken for a
// person at least, to the one person named in full in the article whose
// surname it writes with two neighbouring letters the other way round:
// "Asked about Okonkwo" after "teenager Danny Okonkow", one of the two a
// slip. The surname's other mentions follow it, whatever the tagger took
// them for ("told Okonkwo at half-time").
func joinTransposedSurnames(forms []*form, ents []*articleEntity) {
	for _, f := range forms {
		e := ents[f.entity]
		if f.ntok != 1 || len(f.toks) != 1 || len(e.forms) != 1 || f.votes.of(doc.Person) == 0 {
			continue
		}
		var owner *articleEntity
		for _, g := range forms {
			o := ents[g.entity]
			if g.ntok < 2 || o.typ != doc.Person || o == e || !transposed(f.lastKey, g.lastKey) {
				continue
			}
			if owner != nil && owner != o {
				owner = nil
				break
			}
			owner = o
		}
		if owner == nil {
			continue
		}
		owner.forms = append(owner.forms, f)
		f.entity = owner.idx
		e.forms = nil
	}
}

// spellingLastKey is lastTokenKey of spelling sp, taken once a spelling
// and kept by the corpus.
func (c *corpus) spellingLastKey(sp int32) string {
	if c.spellLast == nil {
		c.spellLast = make([]string, len(c.spellings))
		c.spellLastDone = make([]bool, len(c.spellings))
	}
	if !c.spellLastDone[sp] {
		s := c.spellings[sp]
		k, ok := lastKeys.peek(s)
		if !ok {
			k = lastKey(s)
		}
		c.spellLast[sp], c.spellLastDone[sp] = k, true
	}
	return c.spellLast[sp]
}
