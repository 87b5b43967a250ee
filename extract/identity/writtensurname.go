package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// writtenSurname is a name's last token in lower case as written, before
// the key folds how it sounds: "eckhardt", where the key writes "ehardt".
// One letter slipped into a surname is counted on the letters the outlets
// wrote.
func writtenSurname(ni *nameInfo) string {
	if len(ni.toks) == 0 {
		return ""
	}
	return strings.ToLower(ni.toks[len(ni.toks)-1])
}

// joinedInitials are initials written without spaces at the opening of
// a personal name: "J.R." in "J.R. Hollis".
var joinedInitials = regexp.MustCompile(`^((?:\p{Lu}\.){2,4})\s+\S`)

// spacedInitials writes a personal name's joined initials apart: "J.R.
// Hollis" is "J. R. Hollis". Any other name is returned as it is.
func spacedInitials(name string) string {
	m := joinedInitials.FindStringSubmatchIndex(name)
	if m == nil {
		return name
	}
	ini := name[m[2]:m[3]]
	return strings.Join(strings.SplitAfter(strings.TrimSuffix(ini, "."), "."), " ") + ". " + strings.TrimSpace(name[m[3]:])
}

// mergeJoinedInitials joins a person whose initials are written together
// ("J.R. Hollis", as syndicated copy writes them) to the person whose
// name writes them apart ("J. R. Hollis"): one name, two typesettings.
func (c *corpus) mergeJoinedInitials() {
	byKey := map[string]int{}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type == doc.Person {
			if _, ok := byKey[c.nameKey(i)]; !ok {
				byKey[c.nameKey(i)] = i
			}
		}
	}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if e.Type != doc.Person {
			continue
		}
		if sp := spacedInitials(e.Name); sp != e.Name {
			if j, ok := byKey[Key(sp)]; ok {
				c.uf.union(i, j)
			}
		}
	}
}
