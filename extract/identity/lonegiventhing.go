package identity

import "newsbot/extract/doc"

// mostlyThings reports whether most members of the set rooted at r are
// typed as organisations or other things: a craft, a product or a firm
// that bears a given name ("the Ingrid probe" in most articles, taken
// for a person once) is not the person of that given name.
func (ev *evidence) mostlyThings(c *corpus, r int) bool {
	things := 0
	for _, k := range ev.members(r) {
		if t := c.ents[k].Type; t == doc.Other || t == doc.Org {
			things++
		}
	}
	return 2*things > len(ev.members(r))
}
