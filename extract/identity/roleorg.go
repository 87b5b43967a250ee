package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// norm normalises the role on tokens [rs, re]. A role opened by the name
// of the organisation that employs the person takes the "of" form, as a
// possessive does: "Bank of England Governor" is "governor of bank of
// england", like "governor of the Bank of England".
func (h harvester) norm(rs, re int) string {
	if o, ok := h.roleOwner(rs, re); ok {
		return normRole(h.withSurnames(o.from, re)) + " of " + normRole(o.name)
	}
	if n, ok := h.openingNameNorm(rs, re); ok {
		return n // "Green Party leader Ann Roe": "leader of green party"
	}
	mi := h.toks[rs].mention
	if mi < 0 || h.mentions[mi].Type != doc.Org || rs > 0 && h.toks[rs-1].mention == mi || h.standInName(rs) {
		return normRole(h.withSurnames(rs, re))
	}
	e := rs
	for e < re && h.toks[e+1].mention == mi {
		e++
	}
	// A name that holds the head is the role itself: "Group Economics
	// Adviser at National Westminster Bank".
	if e == re || h.toks[e+1].kind != tWord || h.mentionHead(e) {
		return normRole(h.withSurnames(rs, re))
	}
	org := h.text[h.toks[rs].start:h.toks[e].end]
	if full, _, ok := h.fullOrg(rs); ok {
		org = full
	}
	return normRole(h.withSurnames(e+1, re)) + " of " + normRole(org)
}

// headLast reports whether the last word of an organisation's name is its
// head: no lower-case word joins a complement to it, as "of" does in
// "Department of Transportation", where "Transportation Secretary" is the
// office's own name. A possessive or a date is no part of the name a
// tagger may have taken it into ("last December's OPEC accord").
func headLast(name string) bool {
	for _, w := range strings.Fields(name) {
		if !isCapitalised(w) || dateWords[bare(w)] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return false
		}
	}
	return true
}

// shortOrgHeads are the generic nouns that stand alone for an
// organisation the article has named in full: "the Agency", "City" for
// Northfield City, "Rovers" for Castleford Rovers. A word of a name's own
// ("Taibe" of Hapoel Taibe, also a town) is no such short form.
var shortOrgHeads = union(genericHeads, wordSet(`city united rovers wanderers athletic rangers county
	union association federation subcommittee institute foundation party group corporation company club
	league society fund organisation organization centre center reserve`))

// fullOrg returns the whole name of the organisation that a one-word
// generic name at token k stands for: the last organisation the article
// named before it whose name ends in that word ("Agency chief executive"
// after "The UK Health Security Agency issued an alert"), and where that
// name starts.
func (h harvester) fullOrg(k int) (string, int, bool) {
	t := h.toks[k]
	mi := t.mention
	if mi < 0 || h.mentions[mi].Type != doc.Org || !shortOrgHeads[bare(t.text)] || k > 0 && h.toks[k-1].mention == mi ||
		k+1 < len(h.toks) && h.toks[k+1].mention == mi {
		return "", 0, false
	}
	name, at := "", -1
	for _, m := range h.mentions {
		full := m.Canonical
		if full == "" {
			full = m.Text
		}
		if m.Type == doc.Org && m.End <= t.start && m.Start > at && strings.HasSuffix(full, " "+t.text) && headLast(full) {
			name, at = full, m.Start
		}
	}
	return name, at, name != ""
}

// employerNouns stand for an organisation the article has named: "the
// company's chief information officer" after "Marlowe's said".
var employerNouns = wordSet(`company bank firm group retailer club team business lender insurer airline carmaker chain`)

// employerKinds are words in the names of the organisations an employer
// noun stands for, other than as their head: "the club's chairman" is
// Harbour City FC's, not the investment group bidding for it; "the
// airline's boss" runs SkyLink Air, not the Air Accidents Investigation
// Board that looks into its crash. A trade word such as "aviation" is
// left out: it names regulators and trade papers as often as carriers.
var employerKinds = map[string]map[string]bool{
	"club":     wordSet(`fc afc cf sc club united city rovers wanderers athletic rangers county albion hotspur`),
	"team":     wordSet(`fc afc cf sc club united city rovers wanderers athletic rangers county albion hotspur`),
	"airline":  wordSet(`air airways airlines airline`),
	"bank":     wordSet(`bank banking bancorp`),
	"lender":   wordSet(`bank banking bancorp lending loans mortgages`),
	"insurer":  wordSet(`insurance assurance`),
	"carmaker": wordSet(`motors motor auto automotive cars`),
}

// publicBodyName reports whether name is that of a public body, which no
// employer noun stands for: "the Air Accidents Investigation Board", "the
// Premier League", "the Transport Ministry".
func publicBodyName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := bare(f[len(f)-1])
	return publicBodyNouns[last] || last == "league" || genericHeads[last] && !employerNouns[last] || overseerHeads[last]
}

// overseerHeads end the names of state bodies that oversee a trade, which
// its employer noun never stands for: "the Civil Aviation Directorate" is
// no airline.
var overseerHeads = wordSet(`directorate inspectorate administration`)

// employerFit ranks how well the organisation name fits the employer
// noun: 3 when the noun is its head ("Aldmark Bank" for "the bank's"), 2
// when a word of its kind is in it ("Harbour City FC" for "the club's"),
// 1 for any other company, 0 for a public body, which never fits.
func employerFit(name, noun string) int {
	switch {
	case headedBy(name, noun):
		return 3
	case publicBodyName(name):
		return 0
	}
	for _, w := range strings.Fields(name) {
		if employerKinds[noun][bare(w)] {
			return 2
		}
	}
	return 1
}

// lastEmployer returns the organisation named before offset before that
// best fits noun (see employerFit), the last such one ("Aldmark Bank" for
// "the bank's" though "the Treasury" came after it); at is where it
// starts, -1 when none fits, -2 when the noun may stand for a name the
// tagger took for something else (kindNamedSince).
func (h harvester) lastEmployer(noun string, before int) (o owner, at int) {
	at, best := -1, 0
	for _, m := range h.mentions {
		if m.Type != doc.Org || m.End > before {
			continue
		}
		if fit := employerFit(orgName(m), noun); fit > 0 && (fit > best || fit == best && m.Start > at) {
			o, at, best = namedOwner(m), m.Start, fit
		}
	}
	if h.kindNamedSince(noun, at, before) {
		return owner{}, -2
	}
	return o, at
}

// kindNamedSince reports whether a name the tagger did not take for an
// organisation, though a word of noun's kind is in it, comes after offset
// from and before offset before in the sentence holding before: in
// "Kestrel City were linked with a rival bid, a claim the club's director
// denied", "the club" is Kestrel City, tagged as a place, not the club
// named before it.
func (h harvester) kindNamedSince(noun string, from, before int) bool {
	kinds := employerKinds[noun]
	if kinds == nil {
		return false
	}
	start := strings.LastIndexAny(h.text[:before], ".!?\n") + 1
	for _, m := range h.mentions {
		if m.Type == doc.Org || m.Start <= from || m.Start < start || m.End > before {
			continue
		}
		for _, w := range strings.Fields(m.Text) {
			if kinds[bare(w)] {
				return true
			}
		}
	}
	return false
}

// placeNouns stand for a place the article has just named: "the city's
// mayor" after "Temperatures in Seville hit 45C" is the mayor of Seville.
var placeNouns = wordSet(`city town village country region capital province island`)

// lastPlace returns the last place named in the sentence before offset
// at or in the one before it.
func (h harvester) lastPlace(at int) (owner, bool) {
	from := prevSentenceStart(h.text, at)
	var o owner
	start := -1
	for _, m := range h.mentions {
		if m.Type == doc.Place && m.Start >= from && m.End <= at && m.Start > start {
			name := orgName(m)
			o, start = owner{name: name, display: name, span: m.Span}, m.Start
		}
	}
	return o, start >= 0
}

// companyPossessor returns the organisation that "the company's" or "the
// commission's" opening the role on tokens [rs, re] stands for: for a
// company, the last one the article named before it, else the one it
// names at all (see ownerBody for a public body).
func (h harvester) companyPossessor(rs, re int) (owner, bool) {
	toks := h.toks
	if re < rs+3 || toks[rs].bare() != "the" || toks[rs+2].kind != tPoss {
		return owner{}, false
	}
	noun := toks[rs+1].bare()
	if placeNouns[noun] {
		o, ok := h.lastPlace(toks[rs].start)
		o.from = rs + 3
		return o, ok
	}
	if publicBodyNouns[noun] {
		o, ok := h.ownerBody(noun, toks[rs].start)
		o.from = rs + 3
		return o, ok
	}
	if !employerNouns[noun] {
		return owner{}, false
	}
	o, at := h.lastEmployer(noun, toks[rs].start)
	if at == -2 {
		return owner{}, false
	}
	if at < 0 {
		m, ok := h.soleOrg()
		if !ok {
			return owner{}, false
		}
		o = namedOwner(m)
	}
	o.from = rs + 3
	return o, true
}

// standInName reports whether the organisation name at token k is a
// single word saying how an office is held, which a tagger may take for
// a name when it opens a sentence or is capitalised with the office:
// "Interim chief executive X said" is the interim chief executive, of
// no organisation called Interim.
func (h harvester) standInName(k int) bool {
	mi := h.toks[k].mention
	return (k == 0 || h.toks[k-1].mention != mi) && (k+1 >= len(h.toks) || h.toks[k+1].mention != mi) &&
		standInWords[h.toks[k].bare()]
}
