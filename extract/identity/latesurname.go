package identity

// sharedSurname is a bare surname (an entity index) and the roots of the
// full names that bore it when mergeSurnames read it.
type sharedSurname struct {
	ent   int
	roots []int
}

// mergeLateSurnames joins a bare surname that mergeSurnames left apart,
// because two full names bore it ("Tam Brannigan", "Thomas Brannigan"),
// to them once later merges made them one person (the nickname of
// `Thomas "Tam" Brannigan`): "Brannigan, the union's general secretary"
// in an article naming him no other way is that person. The bare
// surname's set must hold no full name of its own, and the roles given
// must not tell them apart: when both sides are given role words, they
// share one ("general secretary", "union general secretary"). A surname
// two people still bear ("Kovalenko" of Oleksandr and Dmytro Kovalenko)
// stays apart.
func (c *corpus) mergeLateSurnames() {
	var ev *evidence
	for _, p := range c.sharedSurnames {
		r := c.uf.find(p.roots[0])
		one := true
		for _, o := range p.roots[1:] {
			one = one && c.uf.find(o) == r
		}
		ri := c.uf.find(p.ent)
		if !one || ri == r {
			continue
		}
		if ev == nil {
			ev = c.newEvidence()
		}
		if c.holdsFullName(ev.members(ri)) || c.rolesApart(ev, ri, r) {
			continue
		}
		ev.union(c, p.ent, r)
	}
}

// holdsFullName reports whether any of members is named in full.
func (c *corpus) holdsFullName(members []int) bool {
	for _, k := range members {
		if c.info(k).full {
			return true
		}
	}
	return false
}

// rolesApart reports whether the sets rooted at a and b are both given
// role words (see roleWords) and share none: "general secretary" and
// "chief executive" are two people.
func (c *corpus) rolesApart(ev *evidence, a, b int) bool {
	return c.givenRoleWord(ev.members(a)) && c.givenRoleWord(ev.members(b)) && !ev.sharedRoleWord(c, a, b)
}

// givenRoleWord reports whether any of members is given a role word.
func (c *corpus) givenRoleWord(members []int) bool {
	for _, k := range members {
		for _, r := range c.ents[k].Roles {
			if len(roleWords(r)) > 0 {
				return true
			}
		}
	}
	return false
}
