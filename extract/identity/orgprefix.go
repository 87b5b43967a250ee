package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// bodyTails close the full name of a body that an article also writes
// without them: "Riverside University Hospitals NHS Trust" is "Riverside
// University Hospitals", "Norland Group" is "Norland".
var bodyTails = []string{"NHS Foundation Trust", "NHS Trust", "Foundation Trust", "Trust", "Group", "plc", "PLC", "Ltd", "Inc"}

// awardHeads end the short name of a prize whose full name goes on with
// "for" or "of": "Harwell Prize" and "Harwell Prize for Fiction".
var awardHeads = wordSet(`prize award awards medal trophy cup`)

// joinOrgPrefixes joins an organisation's or a thing's name of two or more
// words to the one longer name of the article that is it with a body's
// tail ("Riverside University Hospitals" and "Riverside University
// Hospitals NHS Trust"), or, for a prize, with its "for" or "of" phrase
// ("Harwell Prize for Fiction"). The longer name leads the entity.
func joinOrgPrefixes(ents []*articleEntity) {
	longer := map[string][]*articleEntity{}
	for _, e := range ents {
		if len(e.forms) == 0 || e.forms[0].typ == doc.Person || e.forms[0].typ == doc.Place {
			continue
		}
		for _, f := range e.forms {
			for _, p := range namePrefixLists.get(f.display) {
				if !containsEntity(longer[p], e) {
					longer[p] = append(longer[p], e)
				}
			}
		}
	}
	if len(longer) == 0 {
		return
	}
	for _, e := range ents {
		if len(e.forms) != 1 {
			continue
		}
		f := e.forms[0]
		if f.typ == doc.Person || f.typ == doc.Place {
			continue
		}
		if _, several := lastOfSeveral(f.display); !several {
			continue
		}
		cands := longer[f.display]
		if len(cands) != 1 || cands[0] == e {
			continue
		}
		cands[0].forms = append(cands[0].forms, f)
		f.entity = cands[0].idx
		e.forms = nil
	}
}

// namePrefixLists remembers namePrefixes of the names seen: every article
// looks up the prefixes of its bodies' names, and a corpus names the same
// bodies in article after article. The name is cloned first, as it may
// be a slice of an article's text; the lists are shared and only read.
var namePrefixLists = newMemo(1<<17, func(name string) []string { return namePrefixes(strings.Clone(name)) })

// namePrefixes returns the shorter names a full name may go by: without a
// body's tail, a prize's name without its "for" or "of" phrase, or an
// institution's without its nation (see withoutNation).
func namePrefixes(name string) []string {
	var out []string
	for _, t := range bodyTails {
		if p, ok := cutWordsSuffix(name, t); ok && strings.Contains(p, " ") {
			out = append(out, p)
			break
		}
	}
	if p, ok := withoutNation(name); ok {
		out = append(out, p)
	}
	for _, link := range []string{" for ", " of "} {
		if p, _, ok := strings.Cut(name, link); ok && strings.Contains(p, " ") {
			if f := strings.Fields(p); bareIn(awardHeads, f[len(f)-1]) {
				out = append(out, p)
			}
		}
	}
	return out
}

// cutWordsSuffix returns name without the words tail that end it after a
// space, and whether they do: "Norland" of "Norland Group".
func cutWordsSuffix(name, tail string) (string, bool) {
	p, ok := strings.CutSuffix(name, tail)
	if !ok || !strings.HasSuffix(p, " ") {
		return name, false
	}
	return p[:len(p)-1], true
}

// nationalBodyHeads end the names of national institutions that an
// article also writes without the nation: "the Spanish Film Academy" is
// "the Film Academy". A league is left out: the "Indian Premier League"
// is no "Premier League".
var nationalBodyHeads = wordSet(`academy institute council association federation commission agency foundation
	society board authority`)

// nationEndings end the adjectives of nations: "Spanish", "Italian",
// "Japanese", "Czech".
var nationEndings = []string{"ish", "ian", "an", "ese", "ch"}

// withoutNation returns an institution's name of three or more words
// without the nation's adjective opening it: "Film Academy" of "Spanish
// Film Academy".
func withoutNation(name string) (string, bool) {
	var buf [32]byte
	if _, last := lastField(name); !nationalBodyHeads[string(bareBytes(buf[:0], last))] {
		return "", false // the common case, told without splitting the name
	}
	f := strings.Fields(name)
	if len(f) < 3 || !bareIn(nationalBodyHeads, f[len(f)-1]) || strings.Contains(f[0], "-") {
		return "", false
	}
	for _, e := range nationEndings {
		if strings.HasSuffix(f[0], e) && len(f[0]) > len(e)+2 {
			return strings.Join(f[1:], " "), true
		}
	}
	return "", false
}
