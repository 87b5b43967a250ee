package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// norm normalises the role on tokens [rs, re]. A role opened by the name
// of the organisation that employs the person takes the "of" form, as a
// possessive does: "Bank of England Governor" is "governor of bank of
// england", like "governor of the Bank of England".
func (h harvester) norm(rs, re int) string {
	if o, ok := h.roleOwner(rs, re); ok {
		return normRole(h.withSurnames(o.from, re)) + " of " + normRole(o.name)
	}
	mi := h.toks[rs].mention
	if mi < 0 || h.mentions[mi].Type != doc.Org || rs > 0 && h.toks[rs-1].mention == mi {
		return normRole(h.withSurnames(rs, re))
	}
	e := rs
	for e < re && h.toks[e+1].mention == mi {
		e++
	}
	// A name that holds the head is the role itself: "Group Economics
	// Adviser at National Westminster Bank".
	if e == re || h.toks[e+1].kind != tWord || h.mentionHead(e) {
		return normRole(h.withSurnames(rs, re))
	}
	org := h.text[h.toks[rs].start:h.toks[e].end]
	if full, _, ok := h.fullOrg(rs); ok {
		org = full
	}
	return normRole(h.withSurnames(e+1, re)) + " of " + normRole(org)
}

// headLast reports whether the last word of an organisation's name is its
// head: no lower-case word joins a complement to it, as "of" does in
// "Department of Transportation", where "Transportation Secretary" is the
// office's own name. A possessive or a date is no part of the name a
// tagger may have taken it into ("last December's OPEC accord").
func headLast(name string) bool {
	for _, w := range strings.Fields(name) {
		if !isCapitalised(w) || dateWords[bare(w)] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return false
		}
	}
	return true
}

// shortOrgHeads are the generic nouns that stand alone for an
// organisation the article has named in full: "the Agency", "City" for
// Northfield City, "Rovers" for Castleford Rovers. A word of a name's own
// ("Taibe" of Hapoel Taibe, also a town) is no such short form.
var shortOrgHeads = union(genericHeads, wordSet(`city united rovers wanderers athletic rangers county
	union association federation subcommittee institute foundation party group corporation company club
	league society fund organisation organization centre center reserve`))

// fullOrg returns the whole name of the organisation that a one-word
// generic name at token k stands for: the last organisation the article
// named before it whose name ends in that word ("Agency chief executive"
// after "The UK Health Security Agency issued an alert"), and where that
// name starts.
func (h harvester) fullOrg(k int) (string, int, bool) {
	t := h.toks[k]
	mi := t.mention
	if mi < 0 || h.mentions[mi].Type != doc.Org || !shortOrgHeads[bare(t.text)] || k > 0 && h.toks[k-1].mention == mi ||
		k+1 < len(h.toks) && h.toks[k+1].mention == mi {
		return "", 0, false
	}
	name, at := "", -1
	for _, m := range h.mentions {
		full := m.Canonical
		if full == "" {
			full = m.Text
		}
		if m.Type == doc.Org && m.End <= t.start && m.Start > at && strings.HasSuffix(full, " "+t.text) && headLast(full) {
			name, at = full, m.Start
		}
	}
	return name, at, name != ""
}

// employerNouns stand for an organisation the article has named: "the
// company's chief information officer" after "Marlowe's said".
var employerNouns = wordSet(`company bank firm group retailer club team business lender insurer airline carmaker chain`)

// lastEmployer returns the last organisation named before offset before
// whose name ends in noun ("Aldmark Bank" for "the bank's" though "the
// Treasury" came after it), else the last one named before it; at is where
// it starts, -1 when none is.
func (h harvester) lastEmployer(noun string, before int) (o owner, at int) {
	at, headed := -1, false
	for _, m := range h.mentions {
		if m.Type != doc.Org || m.End > before || m.Start <= at {
			continue
		}
		if hd := headedBy(orgName(m), noun); hd || !headed {
			o, at, headed = namedOwner(m), m.Start, hd
		}
	}
	return o, at
}

// companyPossessor returns the organisation that "the company's" or "the
// commission's" opening the role on tokens [rs, re] stands for: for a
// company, the last one the article named before it, else the one it
// names at all (see ownerBody for a public body).
func (h harvester) companyPossessor(rs, re int) (owner, bool) {
	toks := h.toks
	if re < rs+3 || bare(toks[rs].text) != "the" || toks[rs+2].kind != tPoss {
		return owner{}, false
	}
	noun := bare(toks[rs+1].text)
	if publicBodyNouns[noun] {
		o, ok := h.ownerBody(noun, toks[rs].start)
		o.from = rs + 3
		return o, ok
	}
	if !employerNouns[noun] {
		return owner{}, false
	}
	o, at := h.lastEmployer(noun, toks[rs].start)
	if at < 0 {
		m, ok := h.soleOrg()
		if !ok {
			return owner{}, false
		}
		o = namedOwner(m)
	}
	o.from = rs + 3
	return o, true
}
