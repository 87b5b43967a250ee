package identity

import (
	"strings"
	"unicode/utf8"
)

// maxHandleNameEdits is how many letters apart two spellings of a given
// name or of a surname may be when two people share an alias.
const maxHandleNameEdits = 2

// mergeSharedHandles joins two personal names that some articles give one
// alias and that are spelled nearly alike: "Ivan Petrenko, known online as
// Zer0" in one outlet and "Ivan Petrenkov, who uses the handle Zer0" in
// another are one person whose name was transliterated two ways. The
// alias is a one-word spelling of the person that is none of the words of
// the name; it must belong to just two such names, whose given names and
// surnames each start alike and differ by at most maxHandleNameEdits
// letters, and no article may name both.
func (c *corpus) mergeSharedHandles() {
	owners := map[string][]int{} // alias key → first entity of each person set
	for i := range c.ents {
		ni := c.info(i)
		if !c.person(i) || !ni.full || ni.key < 0 || ni.firstKey == "" || ni.lastKey == "" {
			continue
		}
		for _, k := range c.handleKeys(i) {
			if !containsRoot(c, owners[k], i) {
				owners[k] = append(owners[k], i)
			}
		}
	}
	var ev *evidence
	for _, own := range owners {
		if len(own) != 2 || c.uf.find(own[0]) == c.uf.find(own[1]) || !handleNamesAlike(c.info(own[0]), c.info(own[1])) {
			continue
		}
		if ev == nil {
			ev = c.newEvidence()
		}
		if !ev.sameArticle(c, c.uf.find(own[0]), c.uf.find(own[1])) {
			ev.union(c, own[0], own[1])
		}
	}
}

// handleKeys returns the keys of entity i's one-word spellings that are
// none of the words of its name: the aliases its article folded into it.
func (c *corpus) handleKeys(i int) []string {
	var out []string
	name := c.info(i).toks
	for _, sp := range c.spell[c.surfAt[i]:c.surfAt[i+1]] {
		s := c.spellings[sp]
		if strings.ContainsAny(s, " .") {
			continue
		}
		k := tokenKey(s)
		if k == "" || utf8.RuneCountInString(k) < 3 {
			continue
		}
		own := false
		for _, t := range name {
			own = own || tokenKey(t) == k
		}
		if !own {
			out = append(out, k)
		}
	}
	return out
}

// containsRoot reports whether one of ents is in the set of entity i.
func containsRoot(c *corpus, ents []int, i int) bool {
	for _, j := range ents {
		if c.uf.find(j) == c.uf.find(i) {
			return true
		}
	}
	return false
}

// handleNamesAlike reports whether two full personal names can be one
// name spelled two ways: given names and surnames each with the same first
// letter and at most maxHandleNameEdits letters apart.
func handleNamesAlike(a, b *nameInfo) bool {
	return keysAlike(a.firstKey, b.firstKey) && keysAlike(a.lastKey, b.lastKey)
}

// keysAlike reports whether two name keys start with the same letter and
// are at most maxHandleNameEdits letters apart.
func keysAlike(a, b string) bool {
	if a == b {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb && min(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) > maxHandleNameEdits && distance(a, b) <= maxHandleNameEdits
}
