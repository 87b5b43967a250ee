package identity

import "newsbot/extract/doc"

// mergeOrgLastWords joins a one-word organisation to the one organisation
// of the corpus whose name ends with that word, when an article names both
// ("Castleford Rovers" and then "Rovers"). A word ending two
// organisations' names ("City") stays its own entity, and so does a word
// in more articles than the longer name: that word is a better known body
// of its own ("Fed" beside "New York Fed"). The place a body is of
// ("Valdonia" of "National Bank of Valdonia") joins none.
func (c *corpus) mergeOrgLastWords() {
	type artWord struct {
		article int32
		last    string
	}
	lone := c.oneWordOrgKeys()
	if len(lone) == 0 {
		return
	}
	byLast := map[string][]int{} // last word key → roots of longer names
	named := map[artWord]bool{}
	for i := range c.ents {
		ni := c.info(i)
		if c.ents[i].Type != doc.Org || len(ni.toks) < 2 || ni.lastKey == "" || !lone[ni.lastKey] {
			// Only a one-word organisation's key is looked up below.
			continue
		}
		if _, ok := ofPlace(ni.name); ok {
			// "Valdonia" is the country the National Bank of
			// Valdonia is of, not the bank.
			continue
		}
		byLast[ni.lastKey] = appendRoot(byLast[ni.lastKey], c.uf.find(i))
		named[artWord{c.article[i], ni.lastKey}] = true
	}
	articles := c.articleCounts()
	for i := range c.ents {
		ni := c.info(i)
		if c.ents[i].Type != doc.Org || len(ni.toks) != 1 || ni.lastKey == "" || ownBodyHead(c.ents[i].Name) {
			// "The Board" its article left apart (a company's,
			// beside a regulator's "Fair Trading Board") is no
			// one's name across articles.
			continue
		}
		if roots := byLast[ni.lastKey]; len(roots) == 1 && named[artWord{c.article[i], ni.lastKey}] && articles[c.uf.find(i)] <= articles[c.uf.find(roots[0])] {
			c.uf.union(i, roots[0])
		}
	}
}

// oneWordOrgKeys returns the keys of the one-word organisations' names,
// the words mergeOrgLastWords looks for at the end of longer names.
func (c *corpus) oneWordOrgKeys() map[string]bool {
	out := map[string]bool{}
	for i := range c.ents {
		if ni := c.info(i); c.ents[i].Type == doc.Org && len(ni.toks) == 1 && ni.lastKey != "" {
			out[ni.lastKey] = true
		}
	}
	return out
}
