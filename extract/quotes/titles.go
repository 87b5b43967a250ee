package quotes

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// desc is how the article described a person at one mention: the title
// words before the name or an appositive beside it.
type desc struct {
	pos     int
	key     string
	words   []string
	heads   []string // the nouns the description rests on: "coach" in "assistant coach Marco Bellini"
	origins []string // where the person is from, by the description: "algeria" in "Algeria's veteran diplomat"
}

// describe records the descriptions of the people named in a window.
func (a *analysis) describe(w *window) {
	toks := w.toks
	for j := 0; j < len(toks); j++ {
		m := toks[j].ment
		if m < 0 || a.ments[m].Type != doc.Person || (j > 0 && toks[j-1].ment == m) {
			continue
		}
		e := j
		for e < len(toks) && toks[e].ment == m {
			e++
		}
		var words, heads []string
		if j > 0 && toks[j-1].kind == tkWord && toks[j-1].ment < 0 && !npStops[toks[j-1].low] {
			heads = append(heads, normWord(toks[j-1].low))
		}
		// An appositive before, closed after the name: "the youngest
		// miner, Tom Reed, was".
		if j >= 2 && toks[j-1].low == "," && e < len(toks) && toks[e].low == "," && toks[j-2].kind == tkWord &&
			toks[j-2].ment < 0 && !toks[j-2].upper && !npStops[toks[j-2].low] {
			heads = append(heads, normWord(toks[j-2].low))
		}
		var origins []string
		// Title words before the name: "Kremlin foreign policy aide".
		for k := j - 1; k >= 0 && j-k <= 8; k-- {
			t := toks[k]
			if t.low == "of" && k > 0 && toks[k-1].upper && toks[k+1].upper {
				continue // "Secretary of State Henry Kissinger"
			}
			if t.kind != tkWord || npStops[t.low] || determiners[t.low] || indefinites[t.low] {
				break
			}
			if t.ment >= 0 && !possessive(t.low) {
				break
			}
			words = append(words, normWord(t.low))
			if isOrigin(t) {
				origins = append(origins, normWord(t.low))
			}
		}
		// An age beside the name stands for "the 27-year-old": "Tom
		// Reed, 27, said".
		if age, ok := ageApposition(toks, e); ok {
			heads = append(heads, age+"-year-old")
			words = append(words, age+"-year-old")
		}
		// An appositive after: "Jim Townsend, a senior fellow at ...".
		// A relative clause is no description ("Thomas Keller, who is
		// not related to the mayor"): its nouns name someone else.
		// A place the person is "of" comes before it: "Sheikh Omar
		// Haddad of Qatar, the envoy who".
		after := pastPlaceOf(toks, e)
		heads = append(heads, clauseAgent(toks, after)...)
		if after+1 < len(toks) && toks[after].low == "," && !subjectAfterObject(toks, j, after+1) {
			if h := appositiveHead(toks, after+1); h != "" {
				heads = append(heads, h)
			}
			from := len(words)
			for k := after + 1; k < len(toks) && k-after <= 12 && toks[k].kind == tkWord && !relatives[toks[k].low]; k++ {
				if toks[k].ment >= 0 && toks[k].ment != m && possessive(toks[k].low) {
					// "Peter Vance, Gov. Margaret Halloran's chief of
					// staff": the words up to the owner are the owner's.
					words = words[:from]
					continue
				}
				words = append(words, normWord(toks[k].low))
				if isOrigin(toks[k]) {
					origins = append(origins, normWord(toks[k].low))
				}
			}
		}
		// An appositive before: "the Kremlin spokesperson, Dmitry Peskov,".
		if j >= 2 && toks[j-1].low == "," && roleNouns[toks[j-2].low] {
			for k := j - 2; k >= 0 && j-k <= 9 && toks[k].kind == tkWord; k-- {
				words = append(words, normWord(toks[k].low))
			}
		}
		if h := evidenceRole(toks, e); h != "" {
			words, heads = append(words, h), append(heads, h)
		}
		if h := headBeforeTitledName(toks, j, e); h != "" {
			words, heads = append(words, h), append(heads, h)
		}
		words = append(words, a.roleOfBodyBefore(toks, j)...)
		if role := predicateRole(toks, e); len(role) > 0 {
			words = append(words, role...)
			heads = append(heads, role[len(role)-1])
		}
		if role := roleBy(toks, j); role != "" {
			words, heads = append(words, role), append(heads, role)
		}
		if len(words) > 0 {
			a.descs = append(a.descs, desc{pos: toks[j].start, key: a.ments[m].Name(), words: words, heads: heads, origins: origins})
		}
	}
}

// subjectAfterObject reports whether the words from k, after the comma
// that follows the name at token j, are the subject of a verb of saying
// rather than an appositive: in "Turning to Mrs Tolley, the judge said"
// the name is the object of the opening words and "the judge" is someone
// else. The words must reach the verb with no comma between.
func subjectAfterObject(toks []token, j, k int) bool {
	if !objectOfOpener(toks, j) {
		return false
	}
	for ; k < len(toks) && toks[k].kind == tkWord && toks[k].ment < 0; k++ {
		if toks[k].lemma() != "" && !toks[k].upper {
			return true
		}
	}
	return false
}

// pastPlaceOf returns where the words after a name ending before token e
// go on past the place it is "of" ("Omar Haddad of Qatar"), else e.
func pastPlaceOf(toks []token, e int) int {
	if e+1 >= len(toks) || toks[e].low != "of" || !toks[e+1].upper || toks[e+1].kind != tkWord {
		return e
	}
	k := e + 1
	for k < len(toks) && toks[k].upper && toks[k].kind == tkWord {
		k++
	}
	return k
}

// clauseAgent returns the noun of the part a relative clause after a
// name, or after its appositive, says the person played: "who mediated"
// makes a mediator, "who negotiated" a negotiator. Only verbs in -ated
// are read, whose agent noun in -ator is regular.
func clauseAgent(toks []token, e int) []string {
	if e >= len(toks) || toks[e].low != "," {
		return nil
	}
	for k := e + 1; k+1 < len(toks) && k-e <= 10 && toks[k].kind == tkWord && toks[k].ment < 0; k++ {
		if toks[k].low != "who" {
			continue
		}
		v := toks[k+1].low
		if toks[k+1].kind == tkWord && len(v) > 6 && strings.HasSuffix(v, "ated") {
			return []string{strings.TrimSuffix(v, "ated") + "ator"}
		}
		return nil
	}
	return nil
}

// ageApposition reads the age set off by commas or brackets after a name
// ending before token e: "Reed, 27, said", "Reed (27) said".
func ageApposition(toks []token, e int) (string, bool) {
	if e+2 >= len(toks) || !toks[e].is(",", "(") || !isDigits(toks[e+1].low) || len(toks[e+1].low) > 3 {
		return "", false
	}
	closer := ","
	if toks[e].low == "(" {
		closer = ")"
	}
	return toks[e+1].low, toks[e+2].low == closer || closer == "," && toks[e+2].low == "."
}

// isOrigin reports whether a title word tells where a person is from: a
// place in the possessive ("Algeria's") or a capitalised word shaped
// like a nationality ("Algerian", "Swiss", "Saudi").
func isOrigin(t token) bool {
	if !t.upper || t.kind != tkWord {
		return false
	}
	if possessive(t.low) {
		return true
	}
	if len(t.low) < 4 || roleNouns[t.low] {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish", "i", "ch", "ss"} {
		if strings.HasSuffix(t.low, suf) {
			return true
		}
	}
	return false
}

// appositiveHead returns the last noun of the phrase that opens an
// appositive at k ("a senior fellow at ..." and "Algeria's veteran
// diplomat" give "fellow" and "diplomat"), or "".
func appositiveHead(toks []token, k int) string {
	head := ""
	for i := k; i < len(toks) && i-k < 6 && toks[i].kind == tkWord && (toks[i].ment < 0 || possessive(toks[i].low)); i++ {
		if npStops[toks[i].low] || relatives[toks[i].low] {
			break
		}
		head = toks[i].low
	}
	return normWord(head)
}

// relatives open a relative clause.
var relatives = wordSet(`who whom whose which that where when`)

// resolveTitle resolves a definite description ("the Kremlin spokesman",
// "the president") to the person the article described that way. Among
// several, the one named most recently wins; a tie stays unresolved. If
// no description has every modifier, the head alone decides, and only when
// one person fits.
func (a *analysis) resolveTitle(e *event, words []token, where []string) *event {
	head := normWord(words[len(words)-1].low)
	var mods, ranks []string
	origins := where
	tenure := ""
	for _, t := range words[:len(words)-1] {
		if c := tenureWords[t.low]; c != "" {
			tenure = c
		}
		if lesserRanks[normWord(t.low)] {
			ranks = append(ranks, normWord(t.low))
		}
		if isOrigin(t) {
			origins = append(origins, normWord(t.low))
		}
		if idleModifiers[t.low] || determiners[t.low] {
			continue
		}
		mods = append(mods, normWord(t.low))
	}
	mods = append(mods, where...)
	strict := map[string]bool{}
	loose := map[string]bool{}
	for _, d := range a.descs {
		if d.pos >= e.pos || !describedAs(d.words, head) || !sameRank(d.words, ranks, head) {
			continue
		}
		if tenure == "" && notHolder(d.words) {
			// "the foreign minister" is not the one the article
			// called "former foreign minister X" or "acting
			// governor X".
			continue
		}
		if !fromWhere(d, origins) {
			// "the foreign minister of Norvald", "Tarsena's foreign
			// minister": the place must be the holder's when the
			// article's description of them gives one.
			continue
		}
		if dt := describedTenure(d.words); tenure != "" && dt != tenure && (dt != "" || tenure == "next") {
			// "the incoming prime minister" is not the one the
			// article called "ousted Prime Minister X", nor the
			// one it called "Prime Minister X", who holds the
			// office until then: a phrase naming a stage of tenure
			// picks out a holder described at that stage. A former
			// or acting holder may be described by the office alone
			// ("Secretary of State Henry Kissinger ... the former
			// secretary").
			continue
		}
		loose[d.key] = true
		if hasAll(d.words, mods) {
			strict[d.key] = true
		}
	}
	if len(strict) == 0 {
		if len(loose) != 1 {
			return e
		}
		strict = loose
	}
	best, bestPos, tie := "", -1, false
	for key := range strict {
		p := a.lastMention(key, e.pos)
		switch {
		case p > bestPos:
			best, bestPos, tie = key, p, false
		case p == bestPos:
			tie = true
		}
	}
	if best == "" || tie {
		return e
	}
	e.name, e.typ, e.resolved = oneLine(best), doc.Person, true
	return e
}

// styleOf maps a role noun to the style its holders are named with: the
// article that names "Mr Justice Harlow" calls him "the judge".
var styleOf = map[string]string{"judge": "justice"}

// describedAs reports whether a description holds the role head, in its
// own word or by the style of its holders, written right before the name
// and not as part of another office ("Justice Minister Ana Reyes" is no
// judge).
func describedAs(words []string, head string) bool {
	if containsWord(words, head) {
		return true
	}
	st, ok := styleOf[head]
	return ok && len(words) > 0 && words[0] == st && (len(words) == 1 || !roleNouns[words[1]])
}

// lesserRanks are the words that make a role a lesser post than the
// office it names: a "deputy foreign minister" or "vice president" is not
// "the foreign minister" or "the president".
var lesserRanks = wordSet(`deputy vice assistant junior under associate`)

// sameRank reports whether a description holds the office head at the
// rank a role phrase names: the phrase's lesser-rank words ("deputy") are
// exactly those of the description's office.
func sameRank(words, ranks []string, head string) bool {
	h := slices.Index(words, head)
	for i, w := range words {
		// The rank word stands beside the office it lowers ("deputy
		// foreign minister"; words before a name are listed from the
		// name outwards), not anywhere in the description ("President
		// Reagan, staying cool under a televised grilling").
		if lesserRanks[w] && h >= 0 && max(i-h, h-i) <= 2 && !containsWord(ranks, w) {
			return false
		}
	}
	for _, r := range ranks {
		if !containsWord(words, r) {
			return false
		}
	}
	return true
}

// notHolderWords describe someone who held an office before or stands
// in for its holder, and is not its plain holder now.
var notHolderWords = wordSet(`former ex acting interim caretaker`)

// notHolder reports whether a description calls its person a past or
// stand-in holder of the office it names.
func notHolder(words []string) bool {
	for _, w := range words {
		if notHolderWords[w] {
			return true
		}
	}
	return false
}

// placeOf returns the names of the place or body a role phrase ending
// before token e is "of" ("the foreign minister of Norvald"), or nil.
func (a *analysis) placeOf(toks []token, e int) []string {
	if e+1 >= len(toks) || toks[e].low != "of" {
		return nil
	}
	var where []string
	for k := e + 1; k < len(toks) && toks[k].kind == tkWord && toks[k].upper; k++ {
		m := toks[k].ment
		if m < 0 || a.ments[m].Type == doc.Person {
			return nil
		}
		where = append(where, normWord(toks[k].low))
	}
	return where
}

// tenureWords tell which holder of an office a role phrase means by the
// stage of their tenure: the one coming in ("the incoming prime
// minister", "the president-elect"), the one going or gone ("the ousted
// prime minister", "the former minister") or the one standing in ("the
// acting governor"). Two holders of one office differ by them: a phrase
// naming a stage picks a holder the article described at that stage,
// or, for a past or acting one, by the office alone.
var tenureWords = map[string]string{
	"incoming": "next", "new": "next", "next": "next", "future": "next", "designate": "next",
	"president-elect": "next", "prime-minister-elect": "next", "elect": "next",
	"outgoing": "past", "former": "past", "ousted": "past", "deposed": "past", "toppled": "past",
	"sacked": "past", "fired": "past", "removed": "past", "departing": "past", "previous": "past",
	"ex": "past", "retiring": "past", "resigned": "past", "dismissed": "past",
	// The verbs that end a tenure, before the office they end: "voted to
	// remove Prime Minister X".
	"remove": "past", "oust": "past", "topple": "past", "depose": "past", "unseat": "past",
	"sack": "past", "fire": "past", "dismiss": "past",
	"acting": "interim", "interim": "interim", "caretaker": "interim",
}

// describedTenure is the stage of tenure a description's words name, or
// "" when they name none.
func describedTenure(words []string) string {
	for _, w := range words {
		if c := tenureWords[w]; c != "" {
			return c
		}
	}
	return ""
}

// resolveHolder resolves a definite description whose head is not a
// common title ("the coach told the club website") to the one person the
// article described by that noun before: the word just before the name
// ("assistant coach Marco Bellini") or the noun of an appositive. Its
// modifiers must all describe that person too; two holders leave it
// unresolved.
func (a *analysis) resolveHolder(e *event, words []token) *event {
	head := normWord(words[len(words)-1].low)
	var mods, origins []string
	for _, t := range words[1 : len(words)-1] {
		switch {
		case idleModifiers[t.low]:
		case isOrigin(t):
			origins = append(origins, normWord(t.low))
		default:
			mods = append(mods, normWord(t.low))
		}
	}
	holder := ""
	for _, d := range a.descs {
		if d.pos >= e.pos || !holds(d.heads, head) || !hasAll(d.words, mods) || !fromWhere(d, origins) {
			continue
		}
		if holder != "" && !strings.EqualFold(holder, d.key) {
			return e
		}
		holder = d.key
	}
	if holder == "" {
		return e
	}
	e.name, e.typ, e.kind, e.resolved = oneLine(holder), doc.Person, evPerson, true
	return e
}

// holds reports whether a description's nouns fit a role: the noun
// itself or a kind of it ("envoy" for "the diplomat").
func holds(heads []string, role string) bool {
	if containsWord(heads, role) {
		return true
	}
	for _, h := range heads {
		if containsWord(roleKinds[role], h) {
			return true
		}
	}
	return false
}

// fromWhere reports whether a description fits where the phrase says a
// person is from ("the Algerian diplomat"): it says the same, or nothing
// about where they are from.
func fromWhere(d desc, origins []string) bool {
	return len(d.origins) == 0 || hasAll(d.origins, origins)
}

func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

func hasAll(words, mods []string) bool {
	for _, m := range mods {
		found := false
		for _, x := range words {
			if sameModifier(m, x) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// lastMention returns where the entity key was last named before pos.
func (a *analysis) lastMention(key string, pos int) int {
	best := -1
	for _, m := range a.ments {
		if m.Start >= pos {
			break
		}
		if m.Type == doc.Person && strings.EqualFold(m.Name(), key) {
			best = m.Start
		}
	}
	return best
}

// resolveOrgRole resolves a role in a named organisation ("the Harlow
// Holdings founder", "the Acme chief executive") that no description in
// the article gives anyone to the one person the article has named
// before it, when that person was named in the phrase's paragraph or the
// one before: a story names its subject in the lead and then calls them
// by their post ("Tycoon Jo Marsh bought the club. ... the Harlow
// Holdings founder said"). Two people named before, one named further
// back or never the subject of a sentence, or a spokesman or other
// voice of the body, leave it unresolved.
func (a *analysis) resolveOrgRole(e *event, words []token) *event {
	n := len(words)
	if n < 3 || words[0].low != "the" {
		return e
	}
	head := words[n-1].low
	if words[n-1].ment >= 0 || bodyVoices[head] || proxyNouns[head] {
		// "the Minnesota Democrat" tagged as a name is a member, not a
		// post; "the Acme spokesman" speaks for the body, and is
		// seldom the person the story is about.
		return e
	}
	if vagueRoles[head] && words[n-2].low != "chief" {
		return e // "the Acme executive": one of many
	}
	org := false
	for _, t := range words[1 : n-1] {
		switch {
		case t.ment >= 0 && a.ments[t.ment].Type == doc.Org && !possessive(t.low):
			org = true
		case t.ment < 0 && !t.upper && (roleNouns[t.low] || idleModifiers[t.low]):
		default:
			return e
		}
	}
	if !org {
		return e
	}
	sole, last, ok := a.solePersonBefore(e.pos)
	if !ok || a.paraAt(last) < e.para-1 || !a.wasSubject(sole, e.pos) {
		return e
	}
	e.name, e.typ, e.kind, e.resolved = sole, doc.Person, evPerson, true
	return e
}

// solePersonBefore returns the one person the article names before pos
// and where it last names them; ok is false when it names no one or more
// than one person there.
func (a *analysis) solePersonBefore(pos int) (name string, last int, ok bool) {
	last = -1
	for _, m := range a.ments {
		if m.Start >= pos {
			break
		}
		if m.Type != doc.Person {
			continue
		}
		if k := oneLine(m.Name()); name == "" {
			name = k
		} else if k != name {
			return "", -1, false
		}
		last = m.Start
	}
	return name, last, name != ""
}

// wasSubject reports whether the person named so is the subject of a
// sentence, or reported speaking, before pos: "Police held Jo Marsh"
// names her but is not about what she does.
func (a *analysis) wasSubject(name string, pos int) bool {
	for _, x := range a.eventsIn(0, pos) {
		if x.resolved && x.name == name {
			return true
		}
	}
	return false
}

// paraAt returns the index of the paragraph holding pos.
func (a *analysis) paraAt(pos int) int {
	return sort.Search(len(a.paras), func(i int) bool { return a.paras[i].End > pos })
}

// ageNoun is a person called by their age: "27-year-old".
var ageNoun = regexp.MustCompile(`^[0-9]{1,3}-year-old$`)

// resolveAge resolves "the 27-year-old" in an article that gives nobody's
// age before it (an age beside a name is resolveHolder's) to the one
// person it has named so far. Anyone introduced by an age alone ("a
// 27-year-old man") may be meant instead, and so may any of two people
// named: both leave it unresolved.
func (a *analysis) resolveAge(e *event, words []token) *event {
	if len(words) != 2 || !ageNoun.MatchString(words[1].low) {
		return e
	}
	for _, d := range a.descs {
		for _, h := range d.heads {
			if d.pos < e.pos && ageNoun.MatchString(h) {
				return e
			}
		}
	}
	if strings.Contains(a.text[:words[0].start], "-year-old") {
		return e
	}
	sole, _, ok := a.solePersonBefore(e.pos)
	if !ok {
		return e
	}
	e.name, e.typ, e.kind, e.resolved = sole, doc.Person, evPerson, true
	return e
}
