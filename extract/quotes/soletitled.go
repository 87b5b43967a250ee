package quotes

import (
	"slices"
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// Web news often sets each sentence as a paragraph of its own, so the
// person a titled calling points back to may stand paragraphs before it:
//
//	Det Insp Nia Vale said the charge followed a long inquiry.
//	"The family ask for privacy," the detective said.
//
// When the article has titled exactly one person so before the phrase,
// and nobody else by a title of the same service, the calling is theirs
// wherever that person was named.

// rivalTitles are, for each titled calling, the titles of the people the
// calling could mean as well: "the detective" may be any police officer
// named by rank ("PC Amos Grey", "Supt Lee Marr"), so a second officer
// makes it a guess.
var rivalTitles = map[string]map[string]bool{
	"detective": wordSet(`
detective det det. dc ds di dci dsi dcs insp insp. inspector sgt sgt.
sergeant supt supt. superintendent con con. constable pc wpc officer commander
`),
}

// resolveSoleTitled resolves "the" and a titled calling ("the detective")
// to the one person the article titled so before it ("Det Insp Nia Vale"),
// in any paragraph. Another person titled so or by a rival title, or
// someone brought in unnamed by the calling ("a detective said"), anywhere
// before it leaves it unresolved; a title given only after the phrase
// does not count.
func (a *analysis) resolveSoleTitled(e *event, words []token) *event {
	if len(words) != 2 || words[0].low != "the" {
		return e
	}
	head := words[1].low
	titles, ok := titledEpithets[head]
	if !ok || a.introducedBefore(e.pos, head) {
		return e
	}
	holder, name := "", ""
	for _, m := range a.ments {
		if m.Start >= e.pos {
			break
		}
		if m.Type != doc.Person || a.quoted(m.Span) {
			continue
		}
		before := a.titleWordsBefore(m.Start)
		titled := slices.ContainsFunc(before, func(w string) bool { return slices.Contains(titles, w) })
		rival := slices.ContainsFunc(before, func(w string) bool { return rivalTitles[head][w] })
		last := finalWord(oneLine(m.Name()))
		switch {
		case (titled || rival) && holder != "" && last != holder:
			return e // two officers: "Det Sgt Amos Grey ... Det Insp Nia Vale"
		case titled:
			holder, name = last, oneLine(m.Name())
		case rival:
			return e // an officer by another rank came first
		}
	}
	if holder == "" {
		return e
	}
	e.name, e.typ, e.kind, e.resolved = name, doc.Person, evPerson, true
	return e
}

// titleWordsBefore returns, lower case and nearest first, the up to three
// capitalised words written right before offset pos: the title chain of
// a name ("Det", "Insp" before "Vale"). A word ending a clause (a comma
// or full stop that is no abbreviation's) ends the chain.
func (a *analysis) titleWordsBefore(pos int) []string {
	f := strings.Fields(a.text[max(0, pos-40):pos])
	var out []string
	for i := len(f) - 1; i >= 0 && len(out) < 3; i-- {
		w := f[i]
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.HasSuffix(w, ",") {
			break
		}
		low := strings.ToLower(w)
		if strings.HasSuffix(w, ".") && !titleAbbrevs[low] {
			break
		}
		out = append(out, low)
	}
	return out
}

// titleAbbrevs are the abbreviated police titles that end in a full stop.
var titleAbbrevs = wordSet(`det. insp. sgt. supt. con.`)

// introducedBefore reports whether the article brings in someone unnamed
// by the noun anywhere before pos: "a detective who worked on the case
// said".
func (a *analysis) introducedBefore(pos int, noun string) bool {
	for _, c := range a.eventsIn(0, pos) {
		if !c.resolved && c.kind == evPerson && introducesNoun(a.text[c.span.Start:c.span.End], noun) {
			return true
		}
	}
	return false
}
