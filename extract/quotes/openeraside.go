package quotes

// openerRelatives open a relative clause that an opening adverbial or
// participle clause may carry before the subject: "Speaking at the
// clinic, where he has worked for years, Reyes said".
var openerRelatives = wordSet(`where when which who whom whose`)

// maxOpenerAside bounds the tokens of such a relative clause.
const maxOpenerAside = 30

// pastOpenerAside steps over a relative clause set off by commas at
// token i, right after an opening clause's comma, and returns the token
// after its closing comma; it returns i when no such clause opens there
// or none closes before a verb of saying, a quote or the sentence's end.
func pastOpenerAside(toks []token, i int) int {
	if i >= len(toks) || toks[i].kind != tkWord || !openerRelatives[toks[i].low] {
		return i
	}
	for k := i + 1; k < len(toks) && k-i <= maxOpenerAside; k++ {
		t := toks[k]
		if t.kind == tkQuote || t.lemma() != "" && !t.upper && t.ment < 0 || t.is(";", ":") {
			return i
		}
		if t.low == "," {
			return k + 1
		}
	}
	return i
}
