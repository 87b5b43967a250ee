package identity

// mergeSurnamePairs joins a two-word personal name to the one longer name
// of the corpus that it shortens, as Spanish double surnames are shortened:
// the last two words ("García Márquez" of "María José García Márquez") or
// the first two, given name and first surname ("Íñigo Arrieta" of "Íñigo
// Arrieta Zubizarreta"). A name that could shorten two people stays apart,
// and the two join only when their articles give another sign they are one
// person (see evidence.shared).
func (c *corpus) mergeSurnamePairs() {
	longer := map[string][]int{} // two-word key → roots of longer names
	var pairs []int
	for _, i := range c.representatives() {
		ni := c.info(i)
		switch n := len(ni.toks); {
		case ni.suffix != "":
		case n == 2:
			pairs = append(pairs, i)
		case n >= 3:
			r := c.uf.find(i)
			longer[pairKey(ni.toks[n-2], ni.toks[n-1])] = appendRoot(longer[pairKey(ni.toks[n-2], ni.toks[n-1])], r)
			longer[pairKey(ni.toks[0], ni.toks[1])] = appendRoot(longer[pairKey(ni.toks[0], ni.toks[1])], r)
		}
	}
	var ev *evidence
	for _, i := range pairs {
		ni := c.info(i)
		roots := longer[pairKey(ni.toks[0], ni.toks[1])]
		if len(roots) != 1 || c.uf.find(i) == c.uf.find(roots[0]) {
			continue
		}
		if ev == nil {
			ev = c.newEvidence()
		}
		if ev.shared(c, c.uf.find(i), c.uf.find(roots[0])) {
			ev.union(c, i, roots[0])
		}
	}
}

// pairKey keys two words of a personal name, diacritics and case folded.
func pairKey(a, b string) string { return tokenKey(a) + "\x00" + tokenKey(b) }

// appendRoot appends r to roots unless it is there already.
func appendRoot(roots []int, r int) []int {
	if containsInt(roots, r) {
		return roots
	}
	return append(roots, r)
}
