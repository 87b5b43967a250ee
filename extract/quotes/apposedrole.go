package quotes

import (
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// apposed returns the named speaker an unresolved role phrase restates when
// the phrase stands in apposition right after that speaker's name
// ("…," said Ana Ruiz, the chief executive of the port.): the role is the
// same person, not a second speaker. It returns e itself otherwise.
func (a *analysis) apposed(e *event) *event {
	if e == nil || e.resolved {
		return e
	}
	i := a.eventIndex(e)
	if i < 1 {
		return e
	}
	p := a.events[i-1]
	if !p.resolved || p.typ != doc.Person || p.span.End > e.span.Start || p.kind != e.kind {
		return e
	}
	if strings.TrimSpace(a.text[p.span.End:e.span.Start]) != "," || !roleArticle(a.text[e.span.Start:e.span.End]) {
		return e
	}
	return p
}

// eventIndex returns the position of e in a.events, or -1.
func (a *analysis) eventIndex(e *event) int {
	i := sort.Search(len(a.events), func(i int) bool { return a.events[i].pos >= e.pos })
	for ; i < len(a.events) && a.events[i].pos == e.pos; i++ {
		if a.events[i] == e {
			return i
		}
	}
	return -1
}

// roleArticle reports whether a phrase opens with an article or a
// possessive pronoun, as a role in apposition does ("the chief executive",
// "a spokeswoman", "its founder").
func roleArticle(s string) bool {
	w, _, _ := strings.Cut(strings.ToLower(s), " ")
	switch w {
	case "the", "a", "an", "its", "his", "her", "their":
		return true
	}
	return false
}
