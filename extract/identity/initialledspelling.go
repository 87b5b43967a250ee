package identity

import (
	"strings"
	"unicode"
)

// initialsOf returns the lower-case letters of the initials that make up
// every token of a personal name but the surname, written apart or
// together ("K. R." and "K.R." both give "kr"), or "" when a token before
// the surname is not initials or the name has fewer than two initials:
// one initial tells too few people apart.
func initialsOf(toks []string) string {
	if len(toks) < 2 {
		return ""
	}
	var b strings.Builder
	for _, t := range toks[:len(toks)-1] {
		if !strings.HasSuffix(t, ".") {
			return ""
		}
		for _, part := range strings.Split(strings.TrimSuffix(t, "."), ".") {
			r := []rune(part)
			if len(r) != 1 || !unicode.IsUpper(r[0]) {
				return ""
			}
			b.WriteRune(unicode.ToLower(r[0]))
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// mergeOneLetterInitialled joins two personal names with the same
// initials, however spaced, whose surnames differ by one letter ("K.R.
// Anandan", "K. R. Anandhan") when both are given a role word in common
// and their articles name a third person or organisation in common, as
// mergeOneLetterSurnames does for names with a given name. No article may
// name both.
func (c *corpus) mergeOneLetterInitialled() {
	buckets := map[string][]int{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if !c.person(i) || ni.suffix != "" {
			continue
		}
		if k := initialsOf(ni.toks); k != "" {
			buckets[k] = append(buckets[k], i)
		}
	}
	alike := func(i, j int) bool { return oneLetterSurname(c.info(i).lastKey, c.info(j).lastKey) }
	c.mergeOnEvidenceBy(buckets, alike, true, func(ev *evidence, c *corpus, a, b int) bool {
		return ev.sharedRoleWord(c, a, b) && ev.commonNeighbour(c, a, b, c.nameID)
	})
}
