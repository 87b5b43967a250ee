package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// apposedOpeners open a description that a person's name then follows,
// set off by commas: "Its chief inspector, Ada Brook, appealed:".
var apposedOpeners = wordSet(`the its his her their our`)

// apposedRoleColon reads a sentence that opens with a short lower-case
// description, then a person's name set off by commas, and reaches the
// colon at c without a verb of saying, the colon directly before the
// quote at q: "Its chief inspector, Ada Brook, appealed for calm: “...”".
// The quote is that person's words. The words after the name must pass
// the same test as those after a name that opens the sentence.
func (a *analysis) apposedRoleColon(w *window, c, q int) *event {
	toks := w.toks
	if strings.TrimSpace(a.text[toks[c].end:toks[q].start]) != "" {
		return nil
	}
	i := a.skipDateline(w, 0)
	if i >= c || !apposedOpeners[toks[i].low] {
		return nil
	}
	k := i + 1
	for k < c && k-i <= maxLeadingRoleWords && toks[k].kind == tkWord && toks[k].ment < 0 && !toks[k].upper {
		k++
	}
	if k == i+1 || k+1 >= c || toks[k].low != "," || toks[k+1].ment < 0 || a.ments[toks[k+1].ment].Type != doc.Person {
		return nil
	}
	m := toks[k+1].ment
	e := k + 1
	for e < c && toks[e].ment == m {
		e++
	}
	if e+1 >= c || toks[e].low != "," || possessive(toks[e-1].low) || !a.plainColonClause(toks[e+1:c], m) {
		return nil
	}
	ev := a.npEvent(w, np{from: k + 1, to: e, ment: m})
	a.addEvent(ev)
	return ev
}
