package identity

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// partyMembers name a party by its members in the plural: "Social
// Democrats", "Christian Democrats", "Greens".
var partyMembers = wordSet(`democrats republicans socialists liberals conservatives greens nationalists
	unionists communists`)

// partyByMembers reports a name of capitalised words ending in the plural
// of a party's members: the party, an organisation, though the tagger
// takes a group of people for another name.
func partyByMembers(name string) bool {
	f := strings.Fields(name)
	for _, w := range f {
		if !isCapitalised(w) {
			return false
		}
	}
	return len(f) > 0 && partyMembers[strings.ToLower(f[len(f)-1])]
}

// namedByMembers reports whether the body of the name toks, which opens
// with the singular of a party's members' plural, may go by that plural:
// "Green Future", not the "Republican National Committee" (a generic
// head), the "Liberal Democrats" (another party's members) nor
// "Conservative and Labour" (two bodies' names).
func namedByMembers(toks []string) bool {
	last := toks[len(toks)-1]
	return len(toks) >= 2 && !bareIn(genericHeads, last) && !bareIn(partyMembers, last) &&
		!slices.ContainsFunc(toks, func(t string) bool { return t == "&" || bareIs(t, "and") })
}

// joinPartySingulars joins an organisation named as another of the
// article with the last word singular, when that word in the plural
// calls a party's members (partyMembers), to the party: "Liberal
// Democrat leader Ana Roe" beside "the Liberal Democrats" names the
// party.
func joinPartySingulars(ents []*articleEntity) {
	var plurals map[string]*articleEntity
	for _, e := range ents {
		if len(e.forms) == 0 || e.forms[0].typ != doc.Org {
			continue
		}
		if d := e.forms[0].display; partyByMembers(d) {
			if plurals == nil {
				plurals = map[string]*articleEntity{}
			}
			plurals[d] = e
		}
	}
	if plurals == nil {
		return // the common case: no party named by its members
	}
	for _, e := range ents {
		if len(e.forms) != 1 || e.forms[0].typ != doc.Org {
			continue
		}
		f := e.forms[0]
		if p := plurals[f.display+"s"]; p != nil && p != e {
			p.forms = append(p.forms, f)
			f.entity = p.idx
			e.forms = nil
		}
	}
}

// partySingular reports whether of two names one is the other with its
// last word singular, a party named by its members' plural ("Liberal
// Democrat" and "Liberal Democrats"): one party, whose initials are no
// sign of a second body.
func partySingular(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return b == a+"s" && partyByMembers(b)
}
