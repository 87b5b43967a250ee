package identity

// mergeSurnames gives each bare personal surname to the full-name entity
// that owns that surname (see surnameTarget).
func (c *corpus) mergeSurnames() {
	type owner struct {
		last string
		root int
	}
	owners := map[string][]int{} // surname key → distinct roots
	seen := map[owner]bool{}
	for _, i := range c.representatives() {
		o := owner{c.info(i).lastKey, c.uf.find(i)}
		if !seen[o] {
			seen[o] = true
			owners[o.last] = append(owners[o.last], o.root)
		}
	}
	articles, mentions := c.articleCounts(), c.mentionCounts()
	for i := range c.ents {
		ni := c.info(i)
		if !c.person(i) || ni.full || ni.key < 0 {
			continue
		}
		roots := owners[ni.lastKey]
		if target, ok := surnameTarget(roots, articles, mentions); ok {
			c.uf.union(i, target)
		} else if len(roots) > 1 {
			c.sharedSurnames = append(c.sharedSurnames, sharedSurname{i, roots})
		}
	}
}

// surnameTarget picks the full-name entity a bare surname belongs to: the
// only one, or one that clearly dominates the rest, by articles or by
// mentions (a small corpus may name the best known bearer in full in few
// stories but at length), and is in at least dominanceMinArticles.
func surnameTarget(roots []int, articles, mentions []int32) (int, bool) {
	switch len(roots) {
	case 0:
		return 0, false
	case 1:
		return roots[0], true
	}
	best, bestA, bestM := -1, -1, -1
	totalA, totalM := 0, 0
	for _, r := range roots {
		a, m := int(articles[r]), int(mentions[r])
		totalA += a
		totalM += m
		if a > bestA || a == bestA && m > bestM {
			best, bestA, bestM = r, a, m
		}
	}
	restA, restM := totalA-bestA, totalM-bestM
	if bestA < dominanceMinArticles {
		return 0, false
	}
	if bestA >= surnameDominance*restA || bestM >= surnameDominance*restM && bestA > restA {
		return best, true
	}
	return 0, false
}

// mentionCounts returns, indexed by union-find root, the mentions of the
// root's members together.
func (c *corpus) mentionCounts() []int32 {
	counts := make([]int32, len(c.ents))
	for i := range c.ents {
		counts[c.uf.find(i)] += int32(max(c.ents[i].Mentions, 1))
	}
	return counts
}

// articleCounts returns, indexed by union-find root, how many distinct
// articles the root's members come from (members with an empty key left
// out). The counts are kept until a union changes the sets: callers only
// read them.
func (c *corpus) articleCounts() []int32 {
	if cc := &c.counted; cc.articles != nil && cc.articlesAt == c.uf.joins {
		return cc.articles
	}
	var counts []int32
	if c.artsInOrder {
		counts = c.articleCountsInOrder()
	} else {
		counts = make([]int32, len(c.ents))
		for _, members := range c.groups() {
			counts[c.uf.find(members[0])] = int32(c.distinctArticles(members))
		}
	}
	c.counted.articles, c.counted.articlesAt = counts, c.uf.joins
	return counts
}

// articleCountsInOrder is articleCounts when each article's entities are
// together in the input, in order (corpus.artsInOrder): a set's members,
// in input order, are in one article after another, so each change of
// article is a new one.
func (c *corpus) articleCountsInOrder() []int32 {
	counts, last := make([]int32, len(c.ents)), make([]int32, len(c.ents))
	for i := range last {
		last[i] = -1
	}
	for i := range c.ents {
		if c.info(i).key < 0 {
			continue
		}
		r := c.uf.find(i)
		if a := c.article[i]; last[r] != a {
			last[r] = a
			counts[r]++
		}
	}
	return counts
}
