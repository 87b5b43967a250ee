package identity

import "newsbot/extract/doc"

// norm normalises the role on tokens [rs, re]. A role opened by the name
// of the organisation that employs the person takes the "of" form, as a
// possessive does: "Bank of England Governor" is "governor of bank of
// england", like "governor of the Bank of England".
func (h harvester) norm(rs, re int) string {
	if org, ok := h.companyPossessor(rs, re); ok {
		return normRole(h.withSurnames(rs+3, re)) + " of " + normRole(org)
	}
	mi := h.toks[rs].mention
	if mi < 0 || h.mentions[mi].Type != doc.Org || rs > 0 && h.toks[rs-1].mention == mi {
		return normRole(h.withSurnames(rs, re))
	}
	e := rs
	for e < re && h.toks[e+1].mention == mi {
		e++
	}
	if e == re || h.toks[e+1].kind != tWord {
		return normRole(h.withSurnames(rs, re))
	}
	return normRole(h.withSurnames(e+1, re)) + " of " + normRole(h.text[h.toks[rs].start:h.toks[e].end])
}

// employerNouns stand for an organisation the article has named: "the
// company's chief information officer" after "Marlowe's said".
var employerNouns = wordSet(`company bank firm group retailer club team business lender insurer airline regulator carmaker chain`)

// companyPossessor returns the organisation that "the company's" opening
// the role on tokens [rs, re] stands for: the last one the article named
// before it.
func (h harvester) companyPossessor(rs, re int) (string, bool) {
	toks := h.toks
	if re < rs+3 || bare(toks[rs].text) != "the" || !employerNouns[bare(toks[rs+1].text)] || toks[rs+2].kind != tPoss {
		return "", false
	}
	name, at := "", -1
	for _, m := range h.mentions {
		if m.Type == doc.Org && m.End <= toks[rs].start && m.Start > at {
			name, at = m.Canonical, m.Start
			if name == "" {
				name = m.Text
			}
		}
	}
	return name, name != ""
}
