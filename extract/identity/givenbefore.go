package identity

// namedBeforeOwner reports whether the one-word form f, a given name the
// tagger took for a body or a thing, is written before any form of the
// person e it would join: "the probe Ingrid … named after the physicist
// Ingrid Solheim" names the probe first, so the word is the probe's, not
// the person's, who is named in full when first met.
func namedBeforeOwner(f *form, e *articleEntity) bool {
	for _, g := range e.forms {
		if g.first < f.first {
			return false
		}
	}
	return true
}
