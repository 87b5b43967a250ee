package quotes

// agentOnlyParticiples are past participles whose "by" agent set up, paid
// for the body named before them without being it: "an inquiry
// commissioned by the university", "a panel appointed by the minister".
var agentOnlyParticiples = wordSet(`commissioned funded sponsored ordered appointed hired established
financed requested convened`)

// agentOfParticiple reports whether the name starting at token from is
// the agent of such a participle ("An inquiry commissioned by Acme has
// concluded"): the subject of the verb after it is the body before the
// participle, not the name.
func agentOfParticiple(toks []token, from int) bool {
	if from < 3 || !toks[from-1].is("by") {
		return false
	}
	p, n := toks[from-2], toks[from-3]
	return p.kind == tkWord && !p.upper && agentOnlyParticiples[p.low] && n.kind == tkWord && n.ment < 0 && !beForms[n.low]
}
