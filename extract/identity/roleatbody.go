package identity

import "strings"

// backReferredEmployer reads "at the association" from token k to the end
// of the clause: an organisation named before and referred back to by its
// noun, where the person of a field role works ("director of research at
// the association,"). It returns the noun's token.
func (h harvester) backReferredEmployer(k int) (int, bool) {
	toks := h.toks
	if k+3 > len(toks) || toks[k].bare() != "at" || toks[k+1].bare() != "the" {
		return 0, false
	}
	n := toks[k+2]
	if n.kind != tWord || n.mention >= 0 || isCapitalised(n.text) || !(employerNouns[bare(n.text)] || bodyNouns[bare(n.text)]) {
		return 0, false
	}
	if e := k + 3; e < len(toks) && !(toks[e].kind == tPunct && strings.Contains(",.;:)—–!?", toks[e].text)) {
		return 0, false
	}
	return k + 2, true
}

// pluralFieldAt reports whether token j is a lower-case plural noun right
// before a role head, which names the field of the role ("a rates
// strategist", "the sales director") rather than a verb.
func (h harvester) pluralFieldAt(j int) bool {
	toks := h.toks
	if j+1 >= len(toks) || toks[j+1].kind != tWord || toks[j+1].mention >= 0 || !h.roleHeadAt(j+1) || h.modifiesNext(j+1) {
		return false
	}
	t := toks[j].text
	b := bare(t)
	return !isCapitalised(t) && len(b) > 3 && strings.HasSuffix(b, "s") && !strings.HasSuffix(b, "ss") && !strings.HasSuffix(b, "'s") && !isStop(t)
}
