package identity

import "unicode/utf8"

// minInsertedLetterSurname is the shortest surname key one letter may be
// left out of inside: "calahan" (Callahan) of "calaghan" (Callaghan), not
// "hanon" (Hannon) of "hanlon" (Hanlon).
const minInsertedLetterSurname = 7

// insertedLetter reports whether one surname key is the other with one
// letter added inside it, neither first nor last, in a surname of at
// least minInsertedLetterSurname letters: "calaghan", "calahan".
func insertedLetter(a, b string) bool {
	if utf8.RuneCountInString(a) < utf8.RuneCountInString(b) {
		a, b = b, a
	}
	if utf8.RuneCountInString(b) < minInsertedLetterSurname {
		return false
	}
	at, _, n, ok := oneRuneMore(a, b)
	return ok && at > 0 && at < n
}

// mergeInsertedLetters joins two personal names with the same given name
// whose surnames differ by one letter written inside one of them ("Dermot
// Callaghan", "Dermot Callahan"), when both are given one role word
// ("general secretary of the union"). A common neighbour is too little
// here: one letter more makes another surname more often than a slip.
// Names an article uses side by side are two people there, and stay
// apart.
func (c *corpus) mergeInsertedLetters() {
	c.mergeRoleVariants(func(ni *nameInfo) string { return ni.firstKey }, func(i, j int) bool {
		return insertedLetter(c.info(i).lastKey, c.info(j).lastKey) || insertedLetter(writtenSurname(c.info(i)), writtenSurname(c.info(j)))
	})
}

// mergeRoleVariants joins, within each bucket of two-word person names
// sharing key (see mergeOnEvidence), the pairs alike takes for two
// spellings of one name when no article names both and both are given a
// role word in common (sharedRoleWord).
func (c *corpus) mergeRoleVariants(key func(*nameInfo) string, alike func(i, j int) bool) {
	buckets := map[string][]int{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if c.person(i) && ni.suffix == "" && ni.firstKey != "" && len(ni.toks) == 2 {
			buckets[key(ni)] = append(buckets[key(ni)], i)
		}
	}
	c.mergeOnEvidenceBy(buckets, alike, true, (*evidence).sharedRoleWord)
}

// sharedRoleWord reports whether the entities rooted at a and b are given
// a role word in common (see roleWords).
func (ev *evidence) sharedRoleWord(c *corpus, a, b int) bool {
	words := map[string]bool{}
	for _, i := range ev.members(a) {
		for _, r := range c.ents[i].Roles {
			for _, w := range roleWords(r) {
				words[w] = true
			}
		}
	}
	for _, i := range ev.members(b) {
		for _, r := range c.ents[i].Roles {
			for _, w := range roleWords(r) {
				if words[w] {
					return true
				}
			}
		}
	}
	return false
}
