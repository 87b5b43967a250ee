package identity

import (
	"strings"
	"unicode/utf8"

	"newsbot/extract/sex"
)

// maxSoundAlikeEdits is how many letters two spellings of one given name
// may differ by: "Sean" and "Shaun" two.
const maxSoundAlikeEdits = 2

// soundAlikeGiven reports whether two given-name keys can be one name
// written as it sounds two ways: the same first letter, the same
// consonants once the vowels and an h after the first letter are set
// aside, and at most maxSoundAlikeEdits letters apart ("sean", "shaun").
// "Ivana" and "Ivanka" have other consonants; "John" and "Joan" sound
// alike here, and are told apart by their sex and their roles.
func soundAlikeGiven(a, b string) bool {
	if a == b || min(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) < minGivenVariant {
		return false
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb && distance(a, b) <= maxSoundAlikeEdits && consonantSkeleton(a) == consonantSkeleton(b)
}

// consonantSkeleton returns a key's first letter and its consonants after
// it, vowels and h left out, c written k and a letter repeated written
// once: "sn" of "sean" and of "shaun", "mkl" of "michaela" and of
// "mikaela".
func consonantSkeleton(key string) string {
	var b strings.Builder
	var last rune
	for i, r := range key {
		if i > 0 && strings.ContainsRune("aeiouyh", r) {
			continue
		}
		if r == 'c' {
			r = 'k' // "Michaela", "Mikaela"
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// mergeSoundAlikeGivens joins two personal names with one surname whose
// given names sound alike (see soundAlikeGiven), "Sean Brennan" in one
// outlet and "Shaun Brennan" in another, when both are given a role word
// ("shift supervisor") and no name says they are of two sexes. A common
// neighbour is too little: relatives share a surname and a story. Names
// an article uses side by side are two people there, and stay apart.
func (c *corpus) mergeSoundAlikeGivens() {
	c.mergeRoleVariants(func(ni *nameInfo) string { return ni.lastKey }, c.soundAlike)
}

// soundAlike reports whether entities i and j have given names that sound
// alike and that no sex table sets apart.
func (c *corpus) soundAlike(i, j int) bool {
	ni, nj := c.info(i), c.info(j)
	if !soundAlikeGiven(ni.firstKey, nj.firstKey) {
		return false
	}
	si, sj := sex.Of(ni.name), sex.Of(nj.name)
	return si == sex.Unknown || sj == sex.Unknown || si == sj
}
