package quotes

import (
	"sort"

	"newsbot/extract/doc"
)

// resolvePreviousSubject resolves a definite role description that opens
// its sentence ("the outgoing minister", "the party leader") to the person
// the sentence right before, in the same paragraph, is about: in "Lena
// Varga has resigned. Speaking in Pest, the outgoing minister said ..."
// the minister is Varga. It applies only when the article names nobody by
// the role, brought nobody in unnamed by it, describes the person by no
// other role, and names no other person between the two.
func (a *analysis) resolvePreviousSubject(e *event, words []token) *event {
	if len(words) < 2 || words[0].low != "the" || !a.opensSentence(words[0].start) && !a.trailsLeadQuote(words[0].start) {
		return e
	}
	head := normWord(words[len(words)-1].low)
	for _, t := range words {
		if t.ment >= 0 && a.ments[t.ment].Type == doc.Person {
			return e
		}
	}
	for _, d := range a.descs {
		if d.pos < e.pos && (describedAs(d.words, head) || holds(d.heads, head)) {
			return e // someone is named by the role: resolveTitle decides
		}
	}
	i := sort.Search(len(a.events), func(i int) bool { return a.events[i].pos >= e.pos })
	var c *event
	for i--; i >= 0 && c == nil; i-- {
		if x := a.events[i]; x.kind != evNone && x.pos < e.pos {
			c = x
		}
	}
	if c == nil || !c.resolved || c.kind != evPerson || c.typ != doc.Person || c.owner || c.para != e.para || !a.previousWindow(c.pos, e.pos) {
		return e
	}
	if a.otherRole(c.name, head) {
		return e // "Opposition leader Lind ... The minister said": someone else
	}
	if a.otherPersonBetween(c, e.pos) {
		return e
	}
	e.name, e.typ, e.kind, e.resolved = c.name, c.typ, evPerson, true
	return e
}

// otherPersonBetween reports whether a person other than c's, outside
// quotation marks, is named after c's name and before offset pos.
func (a *analysis) otherPersonBetween(c *event, pos int) bool {
	from := sort.Search(len(a.ments), func(k int) bool { return a.ments[k].Start >= c.span.End })
	for _, m := range a.ments[from:] {
		if m.Start >= pos {
			break
		}
		if m.Type == doc.Person && oneLine(m.Name()) != c.name && !a.quoted(m.Span) {
			return true
		}
	}
	return false
}

// windowsOf returns the indexes of the sentences holding offsets lo and
// hi.
func (a *analysis) windowsOf(lo, hi int) (int, int) {
	i := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > lo })
	j := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > hi })
	return i, j
}

// previousWindow reports whether offset hi lies in the sentence right
// after the one holding lo.
func (a *analysis) previousWindow(lo, hi int) bool {
	i, j := a.windowsOf(lo, hi)
	return j == i+1
}

// opensSentence reports whether the token starting at offset pos opens
// its sentence, or its main clause after an opening adverbial or
// participle clause.
func (a *analysis) opensSentence(pos int) bool {
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > pos })
	if wi >= len(a.wins) {
		return false
	}
	w := &a.wins[wi]
	k := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].start >= pos })
	return k < len(w.toks) && w.toks[k].start == pos && a.opensAfterIntro(w, k)
}

// otherRole reports whether the article describes the person name by a
// role other than head ("Opposition leader Tomas Orlov" for "the
// minister").
func (a *analysis) otherRole(name, head string) bool {
	for _, d := range a.descs {
		if oneLine(d.key) != name || describedAs(d.words, head) {
			continue
		}
		for _, w := range d.words {
			if roleNouns[w] {
				return true
			}
		}
	}
	return false
}
