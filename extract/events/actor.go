package events

import (
	"sort"

	"newsbot/extract/doc"
)

// withAnnouncer adds to names, the participants of a planned clause sum of
// sentence s that names no one, the one organisation the sentence before
// in its paragraph names and no person with it: an announcement speaks of
// its actor by a role or not at all ("A CMA spokesperson said the
// watchdog would examine the deal. Decision on a possible probe is due in
// June"; "The CMA said it would scrutinise the market. The regulator is
// expected to decide in June"). A clause about a "he" or "she" the
// pronoun rules leave unresolved is a person's, not the organisation's.
func withAnnouncer(p pronouns, s doc.Sentence, sum doc.Span, planned bool, names []string) []string {
	if !planned || len(names) > 0 {
		return names
	}
	if pron, _ := openingPronoun(p.text[sum.Start:sum.End]); pron != "" && pron != "they" {
		return names
	}
	k := p.index(s)
	if k == 0 || k >= len(p.sents) || p.sents[k-1].Para != s.Para || p.sents[k-1].Boilerplate {
		return names
	}
	var orgs []string
	for _, m := range mentionsIn(p.mentions, p.sents[k-1].Span) {
		if m.Type == doc.Person {
			return names
		}
		if m.Type == doc.Org {
			orgs = addName(orgs, m.Name())
		}
	}
	if len(orgs) != 1 {
		return names
	}
	return orgs
}

// mentionsIn returns the mentions inside sp, in text order.
func mentionsIn(mentions []doc.Mention, sp doc.Span) []doc.Mention {
	i := sort.Search(len(mentions), func(i int) bool { return mentions[i].Start >= sp.Start })
	j := i
	for j < len(mentions) && mentions[j].Start < sp.End {
		j++
	}
	out := make([]doc.Mention, 0, j-i)
	for _, m := range mentions[i:j] {
		if sp.Contains(m.Span) {
			out = append(out, m)
		}
	}
	return out
}
