package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// otherRoleSubjectBetween reports whether, after the speaker c and before
// pos, a sentence of a later paragraph opens its main clause with a definite description of a
// person as the subject of a verb ("Asked whether he expected a deal, the
// mediator was cautious"), by a role the article never gave c: the pronoun
// after it may stand for that person rather than c.
func (a *analysis) otherRoleSubjectBetween(c *event, pos int, pron string) bool {
	i, j := a.windowsOf(c.span.End, pos)
	for wi := i; wi <= j && wi < len(a.wins); wi++ {
		w := &a.wins[wi]
		if w.para == c.para {
			continue // "said Ray Kemp. The goalkeeper had a cut": a description of the one just named
		}
		for k := 0; k+1 < len(w.toks); k++ {
			if t := w.toks[k]; t.start < c.span.End || t.start >= pos || t.low != "the" {
				continue
			}
			n := w.toks[k+1]
			if n.kind != tkWord || n.ment >= 0 || !subjectRole(n.low) || !verbFollows(a.text, n.end) {
				continue
			}
			if g := sexNouns[n.low]; g != genderUnknown && g != pronounGender(pron) {
				continue
			}
			if a.opensAfterIntro(w, k) && !a.quoted(doc.Span{Start: n.start, End: n.end}) && !a.describedBy(c.name, normWord(n.low)) &&
				!phraseHolds(a.text[c.span.Start:c.span.End], n.low) {
				return true
			}
		}
	}
	return false
}

// subjectRole reports whether a noun after "the" names one person by a
// role or kind: "the mediator", "the coach", "the witness".
func subjectRole(noun string) bool {
	if roleNouns[noun] || teamRoles[noun] || personNouns[noun] || describedPeople[noun] || proxyNouns[noun] {
		return true
	}
	for _, kinds := range roleKinds {
		for _, k := range kinds {
			if k == noun {
				return true
			}
		}
	}
	return false
}

// describedBy reports whether the article describes the person name by
// the role noun.
func (a *analysis) describedBy(name, noun string) bool {
	for _, d := range a.descs {
		if oneLine(d.key) == name && (describedAs(d.words, noun) || holds(d.heads, noun)) {
			return true
		}
	}
	return false
}

// phraseHolds reports whether the phrase s holds the word w, in any case: the
// speaker "a board spokesman" is the one "the spokesman" takes up.
func phraseHolds(s, w string) bool {
	for _, f := range strings.Fields(strings.ToLower(s)) {
		if f == w {
			return true
		}
	}
	return false
}
