package quotes

import "newsbot/extract/doc"

// counselNouns name the lawyers a client's words go out through.
var counselNouns = wordSet(`lawyers attorneys solicitors`)

// counselOfFirm reports whether head is someone's unnamed lawyers linked
// by "at" to the firm p names ("his lawyers at Holt & Barrow said",
// "Reed's US attorneys at Holt & Barrow said"): the firm speaks, through
// its lawyers, and the client, who is only their owner, does not.
func (a *analysis) counselOfFirm(toks []token, head, p np, prev token) bool {
	if !prev.is("at") || head.pron != "" || head.ment >= 0 || head.plural || head.to-head.from < 2 || head.to-head.from > 4 {
		return false
	}
	if p.ment < 0 || a.ments[p.ment].Type != doc.Org || a.titleMention(p.ment) {
		return false
	}
	first := toks[head.from].low
	if !possessive(first) && first != "his" && first != "her" && first != "their" {
		return false
	}
	return counselNouns[toks[head.to-1].low]
}
