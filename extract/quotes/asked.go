package quotes

import (
	"sort"

	"newsbot/extract/doc"
)

// maxAskerAside bounds the words between an asker's name and "asked"
// ("Ferreira, for the defence, asked").
const maxAskerAside = 6

// personAsked finds the person c asked a question of, named right after
// "asked" ("Ferreira, for the defence, asked Ms Brandt whether ..."), when
// the article gives them the pronoun's sex: the “...,” she said that
// follows, which cannot be c's, is the answer of the one asked.
func (a *analysis) personAsked(c *event, pron string) (doc.Mention, bool) {
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > c.span.End })
	if wi >= len(a.wins) {
		return doc.Mention{}, false
	}
	toks := a.wins[wi].toks
	j := sort.Search(len(toks), func(i int) bool { return toks[i].start >= c.span.End })
	for k := j; k+1 < len(toks) && k-j <= maxAskerAside; k++ {
		t := toks[k]
		if t.kind == tkQuote || t.ment >= 0 && a.ments[t.ment].Type == doc.Person && k > j && toks[k-1].low != "for" {
			return doc.Mention{}, false
		}
		if t.low != "asked" {
			continue
		}
		n := k + 1
		if toks[n].upper && toks[n].ment < 0 && honorifics[normWord(toks[n].low)] && n+1 < len(toks) {
			n++
		}
		m := toks[n].ment
		if m < 0 || a.ments[m].Type != doc.Person || a.personSex(a.ments[m].Name()) != pronounGender(pron) {
			return doc.Mention{}, false
		}
		return a.ments[m], true
	}
	return doc.Mention{}, false
}
