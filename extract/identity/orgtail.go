package identity

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/sex"
)

// retypeOrgTails retypes as an organisation a one-word name taken for a
// person's surname when the article names no person with that surname
// but exactly one organisation whose name ends with it, a name opening
// with no given name, title, office or initial (those are people the
// tagger took for organisations: "Gordon Wu", "King Fahd", "Secretary of
// State Ann Reyes" cut after "of"), and the word is used more than once:
// "Varnholt" after "Sporting Varnholt" is the club ("Varnholt had agreed
// a fee").
func retypeOrgTails(forms []*form) {
	if !slices.ContainsFunc(forms, orgTailCandidate) {
		return // no name to look up
	}
	people := map[string]bool{}
	orgs := map[string]int{}
	for _, f := range forms {
		if len(f.toks) < 2 {
			continue
		}
		switch {
		case f.typ == doc.Person || personLike(f.toks):
			people[f.lastKey] = true
		case f.typ == doc.Org:
			orgs[f.lastKey]++
		}
	}
	for _, f := range forms {
		if !orgTailCandidate(f) || people[f.key] || orgs[f.key] != 1 {
			continue
		}
		f.typ, f.votes = doc.Org, onlyVotes(doc.Org, f.count)
	}
}

// orgTailCandidate reports a form retypeOrgTails may retype, the
// article's other names aside: one word typed a person, used more than
// once, with no generational suffix, never taken for a place and no
// generic head noun.
func orgTailCandidate(f *form) bool {
	return f.typ == doc.Person && len(f.toks) == 1 && f.count >= 2 && f.suffix == "" && f.votes.of(doc.Place) == 0 && !IsGenericHead(f.display)
}

// personLike reports a name with a given name, a title or an initial
// before its last word, which may be a person's whatever the tagger
// took it for.
func personLike(toks []string) bool {
	for _, t := range toks[:len(toks)-1] {
		if sex.Of(t+" x") != sex.Unknown || isTitle(t) || bareIn(officeWords, t) || strings.Contains(t, ".") || len(bare(t)) == 1 {
			return true
		}
	}
	return false
}
