package identity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mergeReversedNames joins two personal names of two words written in
// the other order, one of the words a hyphenated given name: "Park
// Ji-won", family name first as at home, and "Ji-won Park", as outlets
// abroad write it. The articles must give some other sign they are one
// person (a role word both are given, or another entity named in
// articles of both; see mergeOnEvidence).
func (c *corpus) mergeReversedNames() {
	buckets := map[string][]int{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if k := reversibleKey(ni.toks); ni.suffix == "" && k != "" {
			buckets[k] = append(buckets[k], i)
		}
	}
	c.mergeOnEvidence(buckets, func(i, j int) bool {
		return reversedNames(c.info(i).toks, c.info(j).toks)
	}, false)
}

// reversibleKey returns the keys of a two-word name's words in sorted
// order when one of them, and one only, is hyphenated ("Ji-won"), else
// "".
func reversibleKey(toks []string) string {
	if len(toks) != 2 || strings.Contains(toks[0], "-") == strings.Contains(toks[1], "-") {
		return ""
	}
	ks := []string{tokenKey(toks[0]), tokenKey(toks[1])}
	if ks[0] == "" || ks[1] == "" || ks[0] == ks[1] {
		return ""
	}
	slices.Sort(ks)
	return ks[0] + "|" + ks[1]
}

// reversedNames reports whether two two-word names are the same words in
// the other order.
func reversedNames(a, b []string) bool {
	return len(a) == 2 && len(b) == 2 && tokenKey(a[0]) == tokenKey(b[1]) && tokenKey(a[1]) == tokenKey(b[0])
}

// familyOpens reports whether the one-word name s is the family name
// that opens a two-word name written family name first, its given name
// hyphenated and in lower case after the hyphen ("Park" of "Park
// Ji-won"): the family name alone votes for that form as a surname for
// the form it ends.
func familyOpens(name, s string) bool {
	family, given, ok := strings.Cut(name, " ")
	if !ok || family != s || strings.Contains(given, " ") {
		return false
	}
	_, after, ok := strings.Cut(given, "-")
	r, _ := utf8.DecodeRuneInString(after)
	return ok && unicode.IsLower(r)
}
