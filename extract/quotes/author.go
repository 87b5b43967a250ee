package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// bylineReach bounds how far into the text a byline is looked for.
const bylineReach = 800

// bylineAuthor returns the one person a byline near the top of the text
// names ("By Ann Roe", "By Ann Roe, Political Editor"), as the article
// names them elsewhere; false for several authors, none, or a name the
// article does not tag as a person.
func (a *analysis) bylineAuthor() (doc.Mention, bool) {
	head := a.text[:min(len(a.text), bylineReach)]
	for _, line := range strings.Split(head, "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "By ")
		if !ok {
			continue
		}
		if i := strings.IndexAny(rest, ",|("); i >= 0 {
			rest = rest[:i]
		}
		name := oneLine(rest)
		if name == "" || strings.Contains(name, " and ") || strings.Contains(name, "&") {
			return doc.Mention{}, false
		}
		for _, m := range a.ments {
			if m.Type == doc.Person && (oneLine(m.Name()) == name || oneLine(a.text[m.Start:m.End]) == name) {
				return m, true
			}
		}
		return doc.Mention{}, false
	}
	return doc.Mention{}, false
}

// writerSaysBeforeColon reads "I said:" or "I told him:" opening the
// sentence that ends in the colon at c before a quote: the writer speaks,
// and the quote is the byline's author's. It returns nil when the
// sentence is not so or the article has no single author.
func (a *analysis) writerSaysBeforeColon(w *window, c int) *event {
	toks := w.toks
	v := c - 1
	if v >= 1 && toks[v].is("him", "her", "them", "me", "us") {
		v--
	}
	if v < 1 || toks[v].upper || toks[v].lemma() == "" || toks[v-1].low != "i" || !a.opensAfterIntro(w, v-1) {
		return nil
	}
	m, ok := a.bylineAuthor()
	if !ok {
		return nil
	}
	i := toks[v-1]
	// The writer is no one a later "he" or "she" can mean: the event is
	// not recorded among the article's acts of saying.
	return a.mentionEvent(&event{pos: i.start, para: w.para, span: doc.Span{Start: i.start, End: i.end}}, m)
}
