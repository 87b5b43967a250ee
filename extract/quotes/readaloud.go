package quotes

import "newsbot/extract/doc"

// readAloud returns "read" when token v is that verb with a person named
// as its subject right after a quote and nothing after it in the clause:
// `"We will appeal," Mr Reed read.` The person read the words out. With
// anything else as the subject ("the sign read", "the statement reads") or
// an object after it ("Reed read the report") it is no verb of saying.
func (a *analysis) readAloud(toks []token, v int) string {
	if v < 2 || !toks[v].is("read", "reads") || v+1 < len(toks) && !toks[v+1].is(".", ",") {
		return ""
	}
	m := toks[v-1].ment
	if m < 0 || a.ments[m].Type != doc.Person {
		return ""
	}
	s := mentionStart(toks, v-1)
	if s > 0 && toks[s-1].kind == tkWord && nameTitles[normWord(toks[s-1].low)] {
		s-- // "Mr Reed"
	}
	if s == 0 || toks[s-1].kind != tkQuote {
		return ""
	}
	return "read"
}
