package identity

import "unicode/utf8"

// minOneLetterSurname is the shortest surname key in which one letter
// written differently, or one letter more, is taken for a slip when the
// two names share a role: "latham" and "lathem", not "lewis" and "lewins",
// two surnames.
const minOneLetterSurname = 6

// oneLetterSurname reports whether two surname keys of at least
// minOneLetterSurname letters differ by one letter other than the first,
// changed, added or left out.
func oneLetterSurname(a, b string) bool {
	if a == b || utf8.RuneCountInString(a) < minOneLetterSurname || utf8.RuneCountInString(b) < minOneLetterSurname {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) == len(rb) {
		diff, ok := oneDifference(ra, rb)
		return ok && diff > 0
	}
	at, _, _, ok := oneRuneMore(string(ra), string(rb))
	return ok && at > 0
}

// mergeOneLetterSurnames joins two personal names with the same given
// name whose surnames differ by one letter ("Gideon Latham", "Gideon
// Lathem") when both are given a role word in common ("chief executive")
// and their articles name a third person or organisation in common (the
// airline both run): one letter makes another surname too often for a
// role word alone ("Mary Hanlon", "Mary Hannon", both secretaries). No
// article may name both.
func (c *corpus) mergeOneLetterSurnames() {
	buckets := map[string][]int{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if c.person(i) && ni.suffix == "" && ni.firstKey != "" && len(ni.toks) == 2 {
			buckets[ni.firstKey] = append(buckets[ni.firstKey], i)
		}
	}
	alike := func(i, j int) bool { return oneLetterSurname(c.info(i).lastKey, c.info(j).lastKey) }
	c.mergeOnEvidenceBy(buckets, alike, true, func(ev *evidence, c *corpus, a, b int) bool {
		return ev.sharedRoleWord(c, a, b) && ev.commonNeighbour(c, a, b, c.nameID)
	})
}
