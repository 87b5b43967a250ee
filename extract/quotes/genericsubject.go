package quotes

import (
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// publicBodyWords name a public body, never a business: "the company
// said" means no "Food and Drug Administration" or "Competition
// Authority".
var publicBodyWords = wordSet(`
agency authority commission ministry regulator regulatory court government
police parliament administration inspectorate commissioner ombudsman
`)

// bodyOnlyNouns, besides firmNouns, are generic nouns that no public body
// answers to: "the group said" is no "Data Protection Commissioner".
var bodyOnlyNouns = wordSet(`group`)

// firmNouns are the generic nouns that only a business answers to.
var firmNouns = wordSet(`company firm carrier airline automaker insurer`)

// fitsGenericNoun reports whether the organisation r resolved to may be
// what "the company" (noun) calls it: a company is no public body.
func fitsGenericNoun(r *event, noun string) bool {
	if !r.resolved || !firmNouns[noun] && !bodyOnlyNouns[noun] {
		return true
	}
	for _, f := range strings.Fields(strings.ToLower(r.name)) {
		if publicBodyWords[f] {
			return false
		}
	}
	return true
}

// fittingGenericOrg resolves "the company said" as resolveGenericOrg
// does, but leaves it open when the body found cannot be so called or
// when the sentence before names another body as its subject.
func (a *analysis) fittingGenericOrg(e *event, noun string) *event {
	r := a.resolveGenericOrg(e, noun)
	if r.resolved && !fitsGenericNoun(r, noun) && bodyOnlyNouns[noun] {
		r.name, r.typ, r.resolved = "", "", false
		return a.soleOrgNamedSo(r, noun)
	}
	if r.resolved && (!fitsGenericNoun(r, noun) || businessNouns[noun] && a.otherSubjectJustBefore(r)) {
		r.name, r.typ, r.resolved = "", "", false
	}
	return r
}

// soleOrgNamedSo resolves "the group" that cannot be the public body last
// speaking to the one organisation named before it with the noun in its
// name ("the Northfield Care Group"); with none or several it stays open.
func (a *analysis) soleOrgNamedSo(r *event, noun string) *event {
	m, ok := a.soleOrgBy("named\x00"+noun, r.pos, func(m doc.Mention) bool { return nameHasWord(m.Name(), noun) })
	if !ok {
		return r
	}
	return a.mentionEvent(r, m)
}

// otherSubjectJustBefore reports whether the sentence just before r's, in
// the same paragraph, has for its subject a name that is neither a
// person nor the body r was resolved to: in "Halvern rejected the claims.
// "…," the company said" the company is Halvern, whatever spoke before.
func (a *analysis) otherSubjectJustBefore(r *event) bool {
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > r.pos }) - 1
	if wi < 0 || wi >= len(a.wins) || a.wins[wi].para != r.para {
		return false
	}
	w := &a.wins[wi]
	p, ok := a.mainSubject(w)
	if !ok || p.ment < 0 || p.plural || p.pron != "" || a.describesPerson(w, p) {
		return false
	}
	m := a.ments[p.ment]
	if m.Type == doc.Person || p.to > 0 && possessive(w.toks[p.to-1].low) {
		return false
	}
	return oneLine(m.Name()) != r.name
}
