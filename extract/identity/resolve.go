// Package identity decides who is who: it gives every mention of a person,
// organisation or place in an article the fullest name the article uses for
// it (Resolve), joins the entities of many articles into one entity per real
// person with every spelling seen (Cluster, Key, Suggest), and harvests the
// descriptions outlets give people ("Kremlin spokesman", "an aide to Putin")
// (Roles).
package identity

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// form is one distinct name (by Key) within an article.
type form struct {
	key      string
	surfaces surfaceCounts // bare surface → count
	display  string
	votes    typeVotes
	typ      doc.EntityType // majority type of this form
	count    int
	first    int // index of the first mention
	ntok     int // identity-bearing tokens (particles excluded)
	toks     []string
	tokKeys  []tokKey // tokenKey of each of toks, taken on first use (see tokenKeyAt)
	lastKey  string
	suffix   string
	entity   int
	placed   int // mentions standing where a place does ("homes in Shrewsbury")
	opening  int // mentions opening a sentence or a line
	// bearers are the article's people named in full with this bare
	// surname, when there are several: each mention of it goes to the
	// one it means (see lastNamed.bearer).
	bearers []*articleEntity
	// placeCued counts the mentions with a word of place next to them
	// ("shipped to Shrewsbury", "Shrewsbury county"; see placeCues).
	placeCued int
	// strongPlaceCued counts the mentions with a word of place next to
	// them other than "to" or "into" (see placeCues).
	strongPlaceCued int
	// placedOwners counts the placed mentions that own the noun after
	// them ("in Hallgren's absence"), where the word of place governs
	// the noun, not the name.
	placedOwners int
	// ofAt counts the mentions right after "of" or "at" ("the state of
	// Tellmar", "analysts at Tellmar").
	ofAt int
	// age is the age the article states right after a mention (see
	// markStatedAges), 0 for none.
	age int
}

// tokKey is the tokenKey of one token of a form, once taken.
type tokKey struct {
	key   string
	taken bool
}

// tokenKeyAt returns tokenKey of the form's i-th token: several rules
// compare the same words of the article's names, and each word's key is
// looked up once.
func (f *form) tokenKeyAt(i int) string {
	if f.tokKeys == nil {
		f.tokKeys = make([]tokKey, len(f.toks))
	}
	if tk := &f.tokKeys[i]; !tk.taken {
		tk.key, tk.taken = tokenKey(f.toks[i]), true
	}
	return f.tokKeys[i].key
}

// formSlabSize is how many forms Resolve allocates at a time.
const formSlabSize = 8

// companyKey marks the key of a name used as a company's (see companyUse).
const companyKey = "\x00company"

// Resolve sets Canonical on every mention to the fullest name the article
// gives its entity and one Type per entity (the majority of its mentions).
// Mention spans are narrowed to the bare name: titles ("US Secretary of
// State", "Mr"), possessive endings and surrounding punctuation are cut and
// Start/Text moved to match. A surname alone joins the one full name in the
// article that ends with it; with two such names each mention joins the one
// its title names ("Treasury Secretary Baker") or else the one named most
// recently before it, news style, and stays as it is when that is unclear
// (see lastNamed). A word that is the first of a two-word name and of no
// other name joins it too (surname-first names: "Wang" after "Wang Yi").
// Mentions that are only a title ("President") are dropped; the rest keep
// their order. A surname the tagger left untagged after a rank
// ("Group Commander Okafor") becomes a mention (see rankedSurnames). text is the article the offsets point into; it may be
// empty, when each mention's Text is used.
func Resolve(text string, mentions []doc.Mention) []doc.Mention {
	mentions = selfNamedBodies(text, handleMentions(text, mentions))
	mentions, native := nativeNames(text, speakingSurnames(text, splitPersonOf(text, rankedSurnames(text, dropSentenceCase(text, mentions)))))
	mentions, renamed := renamedBodies(text, mentions)
	mentions, defined := bracketedAcronyms(text, mentions)
	defined = withDefined(withDefined(defined, native), renamed)
	out := make([]doc.Mention, 0, len(mentions))
	var forms []*form
	byKey := map[string]*form{}
	var formOf []*form
	keyOf := make(map[string]nameKeys, len(mentions)/2+1)
	covered := -1 // end of the last mention widened over the text after it
	surnamed := fullNameSurnames(mentions)
	var orgFirsts map[string]bool // read when first needed
	orgFirstsOf := func() map[string]bool {
		if orgFirsts == nil {
			orgFirsts = orgFirstWords(mentions)
		}
		return orgFirsts
	}
	// Forms are taken from arrays of a few at a time (no more than the
	// mentions left): an article has dozens of names. So is each form's
	// first spelling, from an array of its own, as a slice of the
	// capacity it would be made with alone.
	var formSlab []form
	var surfSlab []surfaceCount
	newForm := func(left int) *form {
		if len(formSlab) == 0 {
			formSlab = make([]form, min(formSlabSize, left))
			surfSlab = make([]surfaceCount, len(formSlab))
		}
		f := &formSlab[0]
		*f = form{surfaces: surfaceCounts{list: surfSlab[:0:1]}}
		formSlab, surfSlab = formSlab[1:], surfSlab[1:]
		return f
	}
	for mi, m := range mentions {
		if m.Start < covered {
			// "Salman" tagged on its own inside "Mohammed bin
			// Salman", which the name before it was widened over.
			continue
		}
		wm := withSuffixAfter(text, withParticleSurname(text, withPatronymicBefore(text, withGivenAfterTitle(text, withPronounSurname(text, titledPerson(m))))))
		if wm.End > m.End {
			covered = wm.End
		}
		tm, ok := trimMention(text, wm)
		if !ok {
			continue
		}
		// An article names most of its entities more than once: each
		// spelling is keyed once.
		nk, seen := keyOf[tm.Text]
		if !seen {
			nk = formKeys.get(tm.Text)
			keyOf[tm.Text] = nk
		}
		if tm.Type != doc.Person && nk.suffix != "" {
			// "Keane Jr.", "Daniel Whitcombe Jr.": a generational
			// suffix belongs to a person, though the tagger reads it
			// as a company's "Inc.".
			tm.Type = doc.Person
		}
		k := nk.key
		if k == "" {
			continue
		}
		if surnamed[k] && namedCompanyUse(text, tm, orgFirstsOf) {
			// "Nordhaug shares fell" beside Nordhaug Shipping.
			tm.Type = doc.Org
		}
		if surnamed[k] && companyUse(text, tm) {
			// Keyed apart from the surname of the article's person.
			k += companyKey
		}
		f := byKey[k]
		if f == nil {
			toks := nk.toks
			f = newForm(len(mentions) - mi)
			f.key, f.first, f.ntok, f.toks, f.lastKey, f.suffix = k, len(out), len(toks), toks, nk.last, nk.suffix
			byKey[k] = f
			forms = append(forms, f)
		}
		f.surfaces.add(squash(tm.Text), 1)
		f.votes.add(tm.Type, 1)
		f.count++
		rest, prev, ok := wordsBefore(text, tm.Start)
		if ok && afterLocative(rest, prev) {
			f.placed++
			if ownsNounAfter(text, tm.End) {
				f.placedOwners++
			}
		}
		if ok && afterOfAt(prev) {
			f.ofAt++
		}
		cued, strong := placeCues(text, tm.Start, tm.End, prev)
		if cued {
			f.placeCued++
		}
		if strong {
			f.strongPlaceCued++
		}
		if tm.Start >= 0 && tm.Start <= len(text) && opensSentence(text[:tm.Start]) {
			f.opening++
		}
		out = append(out, tm)
		formOf = append(formOf, f)
	}
	for _, f := range forms {
		f.display = displayForm(&f.surfaces)
	}
	forms = foldAliases(forms, formOf, nicknameAliases(forms, byKey))
	forms = foldAliases(forms, formOf, knownAsAliases(text, out, formOf))
	forms = foldAliases(forms, formOf, asKnownAliases(text, out, formOf))
	forms = foldAliases(forms, formOf, calledByAliases(text, out, formOf))
	forms = foldAliases(forms, formOf, orgKnownAsAliases(text, out, formOf))
	forms = foldAliases(forms, formOf, handleAliases(text, out, formOf))
	forms = foldAliases(forms, formOf, spelledAsAliases(text, out, formOf))
	forms = foldAliases(forms, formOf, rejectedSpellingAliases(text, out, formOf, forms))
	forms = foldAliases(forms, formOf, formerNameAliases(text, out, formOf))
	forms = foldAliases(forms, formOf, stormAliases(forms, byKey))
	for _, f := range forms {
		def := out[f.first].Type
		if f.votes.of(doc.Place) > 0 && (f.placed > 0 || f.ntok == 1 && f.votes.of(doc.Person) > 0) {
			// A tie goes to the place for a name after "in" ("Daniel
			// Reyes, of Bradford" and "a house in Bradford") or for
			// one word also taken for a person ("Vietnam" typed three
			// ways): a person of that surname is found by the
			// person's votes (see groupForms).
			def = doc.Place
		}
		f.typ = f.votes.majority(def)
		if isStorm(f) {
			f.typ = doc.Other
		}
	}
	retypeNamedPlaces(forms)
	retypeDemonyms(forms)
	retypeDemonymCountries(forms)
	retypeLedBodies(text, out, formOf)
	retypeOrgTails(forms)
	forms = declaredSpellings(text, out, formOf, forms)
	retypeDatedWorks(text, out, formOf)
	retypeArticledNames(text, out, formOf)
	retypeOfficeOwners(text, out, formOf)
	retypeNamedOfficers(text, out, formOf)
	retypeGivenOrgs(text, out, formOf)
	markStatedAges(text, out, formOf)
	retypeAgedNames(forms)
	retypeFirmPlurals(forms)
	ents := groupForms(forms, defined)
	joinDeclaredNicknames(text, out, formOf, ents)
	joinTransposedSurnames(forms, ents)
	var last lastNamed
	for i := range out {
		f := formOf[i]
		e := ents[f.entity]
		if f.ntok >= 2 && e.typ == doc.Person {
			last.named(text, f.lastKey, e, out[i].Span)
		}
		if len(f.bearers) > 0 {
			if r := last.bearer(text, f.lastKey, f.bearers, out[i].Span); r != nil {
				e = r
			}
		}
		out[i].Canonical = e.name
		out[i].Type = e.typ
	}
	kinSurnames(text, out)
	return out
}

// nicknameCues end the words that give a person the nickname after them:
// "Tomás Ferreira-Lund, whom everybody simply calls Tito", "known as
// Tito".
var nicknameCues = []string{"known as", "nicknamed", "simply calls", "everybody calls", "everyone calls", "fans call",
	"goes by", "affectionately called"}

// nicknameCued reports whether one of nicknameCues ends the text before
// start, quotation marks aside.
func nicknameCued(text string, start int) bool {
	lead := strings.ToLower(strings.TrimRight(text[max(0, start-30):start], " \"'“‘"))
	return slices.ContainsFunc(nicknameCues, func(c string) bool { return strings.HasSuffix(lead, " "+c) })
}

// maxNicknameReach bounds how far before the nickname the person it is
// given to may be named.
const maxNicknameReach = 200

// joinDeclaredNicknames joins a one-word personal name the article gives
// as someone's nickname, where it first appears, to that person: the
// nearest person named in full before it ("Tomás Ferreira-Lund, the
// forward everybody simply calls Tito"). Words that give only a person a
// nickname ("whom almost everyone calls Tam", "known to teammates as
// Dima"; see personalNickname) make it the person's whatever the tagger
// took it for. The nickname's other mentions follow it.
func joinDeclaredNicknames(text string, out []doc.Mention, formOf []*form, ents []*articleEntity) {
	for i := range out {
		m := &out[i] // read in place: a mention is large
		f := formOf[i]
		e := ents[f.entity]
		if f.first != i || f.ntok != 1 || len(e.forms) != 1 || m.Start < 0 || m.Start > len(text) {
			continue
		}
		if !(e.typ == doc.Person && nicknameCued(text, m.Start)) && !personalNickname(text, m.Span, f) {
			continue
		}
		for j := i - 1; j >= 0 && m.Start-out[j].End <= maxNicknameReach; j-- {
			g := formOf[j]
			if g.ntok < 2 || ents[g.entity].typ != doc.Person {
				continue
			}
			owner := ents[g.entity]
			owner.forms = append(owner.forms, f)
			f.entity = owner.idx
			e.forms = nil
			break
		}
	}
}

// addKey sets m[k], making m first when it is nil: an article adds no
// key to most of the sets of names Resolve reads, which are read as
// empty then.
func addKey(m map[string]bool, k string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	m[k] = true
	return m
}

// articledSurnames returns the surname keys of the article's personal
// names of two or more words that write the surname with its Arabic
// article ("Mohammed bin Abdulrahman al Thani"), an "Al Thani" aside.
func articledSurnames(forms []*form) map[string]bool {
	var out map[string]bool // made on the first key (see addKey)
	for _, f := range forms {
		if f.typ == doc.Person && f.ntok >= 2 && !bareIn(arabicArticleWords, f.toks[0]) && surnameWithArticle(f.display) {
			out = addKey(out, f.lastKey)
		}
	}
	return out
}

// lowerParticleSurnames returns the surnames that the article's personal
// names of three or more words write after a particle in lower case ("du
// Bois" of "Pierre-Henri du Bois"), each as the particle, a space and the
// surname's key.
func lowerParticleSurnames(forms []*form) map[string]bool {
	var out map[string]bool // made on the first key (see addKey)
	for _, f := range forms {
		if f.typ != doc.Person || f.ntok < 2 {
			continue
		}
		if prev, last, ok := lastTwoOfThree(f.display); ok && particles[prev] && Key(last) == f.lastKey {
			out = addKey(out, prev+" "+f.lastKey)
		}
	}
	return out
}

// capitalParticleSurname reports whether a two-word personal form is a
// surname written with its particle capitalised, after a full name of the
// article that writes the particle in lower case. A particle that is also
// a given name ("Ben Stokes" beside "Dan ben Stokes") counts only opening
// every sentence it is in.
func capitalParticleSurname(f *form, lowered map[string]bool) bool {
	p := bare(f.toks[0])
	if !particles[p] || !lowered[p+" "+f.lastKey] {
		return false
	}
	return !givenParticles[p] || f.opening == f.count
}

// givenParticles are the name particles that are given names too.
var givenParticles = wordSet(`ben al abu`)

// particleSurnames returns the keys of the surnames that the article's
// personal names of two or more words write with a particle hyphenated to
// them ("Abdel Fattah al-Burhan"): alone and without the particle, such a
// surname is theirs, whatever the tagger took it for. A surname after
// particles of their own ("de la Croix") goes by all of its words.
func particleSurnames(forms []*form) map[string]bool {
	var out map[string]bool // made on the first key (see addKey)
	for _, f := range forms {
		if f.typ != doc.Person || f.ntok < 2 || len(f.toks) < 2 {
			continue
		}
		if last := f.toks[len(f.toks)-1]; stripArticlePrefix(last) != last {
			out = addKey(out, f.lastKey)
		}
	}
	return out
}

// sharedMixedSurname makes a surname the tagger did not take for a person
// ("Al-Rashidi's denial", "the first time Rashidi had appeared") a person
// when the article names two or more people in full with it ("Tariq
// al-Rashidi" and "Samir al-Rashidi"): each mention then goes to the one
// it means, as a surname typed a person does (see lastNamed.bearer).
func sharedMixedSurname(f *form, cands []*articleEntity) {
	if len(cands) < 2 || f.suffix != "" {
		return
	}
	f.bearers = cands
	f.typ, f.votes = doc.Person, onlyVotes(doc.Person, f.count)
}

// hasArabicArticle reports a name opening with an Arabic article ("Al-Harbi",
// "el-Sisi"): alone, the tagger often takes it for a place, yet in an
// article that names a person with that surname it is that person.
func hasArabicArticle(name string) bool {
	if isASCII(name) {
		// Read in place: lower case changes no other byte of an ASCII
		// name than its capitals.
		if len(name) <= 3 || name[2] != '-' || name[1]|0x20 != 'l' {
			return false
		}
		c := name[0] | 0x20
		return c == 'a' || c == 'e'
	}
	l := strings.ToLower(name)
	return len(l) > 3 && (strings.HasPrefix(l, "al-") || strings.HasPrefix(l, "el-"))
}

// articleEntity is one entity of an article: its forms and the result.
type articleEntity struct {
	idx   int
	forms []*form
	name  string
	typ   doc.EntityType
}

// groupForms joins the forms of one article into entities and sets each
// form's entity index. defined holds the acronyms the article gave in
// brackets after a name (see bracketedAcronyms).
func groupForms(forms []*form, defined map[string]string) []*articleEntity {
	var ents []*articleEntity
	// Each form opens an entity at most once: the entities and their
	// first forms are taken from two arrays of one element per form
	// (any more would be made one by one). Each entity's list of forms
	// holds its first form and has no room for more, as if made alone.
	entSlab, firstForms := make([]articleEntity, len(forms)), make([]*form, len(forms))
	add := func(f *form) *articleEntity {
		var e *articleEntity
		if n := len(ents); n < len(entSlab) {
			e, firstForms[n] = &entSlab[n], f
			*e = articleEntity{idx: n, forms: firstForms[n : n+1 : n+1]}
		} else {
			e = &articleEntity{idx: n, forms: []*form{f}}
		}
		f.entity = e.idx
		ents = append(ents, e)
		return e
	}
	// Full personal names first, fullest first, so that a shorter form
	// meets the fullest form of its entity as the group's head.
	var full, short, abbrevs, mixed, surnamePlaces, givenBodies []*form
	var bodies []*articleEntity // the entities an acronym may join
	surnames := personSurnames(forms)
	var bodyFirsts map[string]bool // read when first needed
	bodyFirstsOf := func() map[string]bool {
		if bodyFirsts == nil {
			bodyFirsts = bodyFirstKeys(forms)
		}
		return bodyFirsts
	}
	articled := articledSurnames(forms)
	lowered := lowerParticleSurnames(forms)
	particled := particleSurnames(forms)
	tails := personTails(forms)
	particleTails := personParticleTails(forms)
	families := familyNames(forms)
	heads := doubleSurnameHeads(forms)
	givenHeads := particleGivenHeads(forms)
	for _, f := range forms {
		if f.typ == doc.Person && len(f.toks) == 2 && bareIn(arabicArticleWords, f.toks[0]) && articled[f.lastKey] {
			// "Al Thani" after "Mohammed bin Abdulrahman al Thani" is
			// his surname, not a given name Al ("Al Gore").
			f.ntok = 1
		}
		if f.typ == doc.Person && len(f.toks) == 2 && capitalParticleSurname(f, lowered) {
			// "Du Bois said" or "said De Vries" after "Pierre-Henri du
			// Bois" and "Maarten de Vries": the particle is capitalised,
			// to open the sentence or as outlets write it alone.
			f.ntok = 1
		}
		switch {
		case defined[f.key] != "":
			// "AfD" after "Alternative for Germany (AfD)", whatever
			// the tagger took it for elsewhere.
			abbrevs = append(abbrevs, f)
		case particleGivenHead(f, givenHeads) != "":
			// "de Fátima" after "Maria de Fátima Rocha Lima": her
			// compound given name, whatever the tagger took it for.
			f.typ, f.votes, f.ntok, f.lastKey = doc.Person, onlyVotes(doc.Person, f.count), 1, particleGivenHead(f, givenHeads)
			short = append(short, f)
		case f.typ != doc.Person && f.ntok == 1 && families[f.lastKey] && len(f.toks) == 1 && f.suffix == "":
			// "Liu" after "Liu Yang": the family name of a Chinese
			// name, whatever the tagger took it for.
			f.typ, f.votes = doc.Person, onlyVotes(doc.Person, f.count)
			short = append(short, f)
		case f.typ != doc.Person && f.ntok == 1 && (f.votes.of(doc.Person) > 0 || f.suffix != "" || hasArabicArticle(f.display) || particled[f.key]):
			// A surname the tagger typed both ways, one with a
			// generational suffix it took for a company's ("Okafor
			// Jr.") or a particle's surname without the particle
			// ("Burhan" of "Abdel Fattah al-Burhan"): a person if
			// the article names one with that surname.
			mixed = append(mixed, f)
		case loneGivenBody(f, bodyFirstsOf):
			// "We have Ivo." after "Ivo Hallgren": a given name
			// the tagger took for a body's.
			givenBodies = append(givenBodies, f)
		case unplacedSurname(f, surnames):
			// "in Hallgren's absence" after "Ivo Hallgren": a
			// surname the tagger took for a place.
			surnamePlaces = append(surnamePlaces, f)
		case f.typ != doc.Person && isAcronym(f.display):
			abbrevs = append(abbrevs, f)
		case len(f.toks) == 1 && f.suffix == "" && heads[f.lastKey] != "" && !isAcronym(f.display):
			// "Ibáñez" after "Lucía Ibáñez-Ruiz": the first of her
			// double surname, whatever the tagger took it for.
			f.typ, f.votes, f.lastKey = doc.Person, onlyVotes(doc.Person, f.count), heads[f.lastKey]
			short = append(short, f)
		case f.typ != doc.Person && len(f.toks) == 2 && len(particleTails) > 0 && particleTails[WordsKey(f.display)]:
			// "Al Rashidy" after "Muhammad Al Rashidy": the surname
			// with its particle, whatever the tagger took it for.
			f.typ, f.votes, f.ntok = doc.Person, onlyVotes(doc.Person, f.count), 1
			short = append(short, f)
		case f.typ != doc.Person && len(f.toks) == 2 && len(tails) > 0 && tails[tailKey(f.toks)]:
			// "Ortega Ruiz" after "Ana Belén Ortega Ruiz", whatever
			// the tagger took it for.
			f.typ, f.votes = doc.Person, onlyVotes(doc.Person, f.count)
			full = append(full, f)
		case f.typ != doc.Person:
			bodies = append(bodies, add(f))
		case f.ntok >= 2:
			full = append(full, f)
		default:
			short = append(short, f)
		}
	}
	sort.SliceStable(full, func(i, j int) bool {
		if full[i].ntok != full[j].ntok {
			return full[i].ntok > full[j].ntok
		}
		return full[i].count > full[j].count
	})
	bySurname := map[string][]*articleEntity{}
	for _, f := range full {
		var match *articleEntity
		n := 0
		cands := bySurname[f.lastKey]
		if len(cands) > maxVariantBucket {
			// Pathological input (hundreds of people sharing a
			// surname): stop comparing rather than go quadratic.
			cands = nil
		}
		for _, e := range cands {
			if f.suffix == e.forms[0].suffix && compatible(f.toks, e.forms[0].toks) {
				match = e
				n++
			}
		}
		if len(cands) == 0 {
			// "Rafael Dizon" after Commodore Rafael Dison.
			if match = respelledOwner(bySurname, f, true); match != nil {
				n = 1
			}
		}
		if n == 1 {
			match.forms = append(match.forms, f)
			f.entity = match.idx
			continue
		}
		e := add(f)
		bySurname[f.lastKey] = append(bySurname[f.lastKey], e)
	}
	for _, f := range mixed {
		if cands := bySurname[f.lastKey]; len(cands) == 1 && (f.suffix == "" || f.suffix == cands[0].forms[0].suffix) {
			cands[0].forms = append(cands[0].forms, f)
			f.entity = cands[0].idx
			continue
		}
		sharedMixedSurname(f, bySurname[f.lastKey])
		add(f)
	}
	for _, f := range surnamePlaces {
		if cands := bySurname[f.lastKey]; len(cands) == 1 {
			f.typ, f.votes = doc.Person, onlyVotes(doc.Person, f.count)
			cands[0].forms = append(cands[0].forms, f)
			f.entity = cands[0].idx
			continue
		}
		add(f)
	}
	var owners map[string][]*articleEntity // read when first needed
	ownersOf := func() map[string][]*articleEntity {
		if owners == nil {
			owners = firstTokenOwners(full, ents)
		}
		return owners
	}
	for _, f := range givenBodies {
		if e := surnameFirstOwner(ownersOf, f); e != nil && len(bySurname[f.lastKey]) == 0 && !namedBeforeOwner(f, e) {
			f.typ, f.votes = doc.Person, onlyVotes(doc.Person, f.count)
			e.forms = append(e.forms, f)
			f.entity = e.idx
			continue
		}
		add(f)
	}
	for _, f := range short {
		cands := bySurname[f.lastKey]
		if len(cands) == 1 && (f.suffix == "" || f.suffix == cands[0].forms[0].suffix) {
			cands[0].forms = append(cands[0].forms, f)
			f.entity = cands[0].idx
			continue
		}
		if len(cands) > 1 && f.suffix == "" {
			f.bearers = cands
		}
		if e := surnameFirstOwner(ownersOf, f); e != nil && len(bySurname[f.lastKey]) == 0 {
			e.forms = append(e.forms, f)
			f.entity = e.idx
			continue
		}
		if len(cands) == 0 {
			if e := respelledOwner(bySurname, f, false); e != nil {
				// "Dizon said" after Commodore Rafael Dison.
				e.forms = append(e.forms, f)
				f.entity = e.idx
				continue
			}
		}
		if len(cands) == 0 && f.votes.of(doc.Org) >= f.votes.of(doc.Person) {
			// "Aurora had a backlog" beside "Aurora plans to fly": a
			// word no one the article names in full bears, taken for
			// an organisation as often as for a person, is one.
			f.typ = doc.Org
		}
		add(f)
	}
	// "EU" joins "European Union" when the article spells out exactly one
	// name with those initials.
	var byAcronym map[string][]*articleEntity
	if len(abbrevs) > 0 {
		byAcronym = acronymIndex(bodies)
	}
	for _, f := range abbrevs {
		owner := definedOwner(defined, f, forms, ents)
		if cands := byAcronym[strings.ReplaceAll(f.display, ".", "")]; owner == nil && (len(cands) == 1 ||
			len(cands) == 2 && partySingular(cands[0].forms[0].display, cands[1].forms[0].display)) {
			owner = cands[0]
			if len(cands) == 2 && len(cands[1].forms[0].display) > len(owner.forms[0].display) {
				owner = cands[1] // the party's name, in its members' plural
			}
		}
		if owner != nil {
			owner.forms = append(owner.forms, f)
			f.entity = owner.idx
			continue
		}
		add(f)
	}
	joinOrgShortNames(ents)
	joinPartySingulars(ents)
	joinGenericHeads(ents)
	joinOrgPrefixes(ents)
	joinElidedInstitutions(ents)
	for _, e := range ents {
		if len(e.forms) > 0 {
			finishEntity(e)
		}
	}
	return ents
}

// acronymIndex returns the entities by each acronym of two letters or
// more of their names (see acronymsOf), in order.
func acronymIndex(ents []*articleEntity) map[string][]*articleEntity {
	byAcronym := map[string][]*articleEntity{}
	for _, e := range ents {
		for _, a := range nameAcronymSets.get(e.forms[0].display) {
			if len(a) >= 2 {
				byAcronym[a] = append(byAcronym[a], e)
			}
		}
	}
	return byAcronym
}

// joinOrgShortNames joins a one-word name to the one organisation of the
// article whose name it opens: "Nordvik" after "Nordvik Foods", "Brighton"
// after "Brighton & Hove Albion", "Greens" after "Green Party"; one tagged a person that opens several
// is an organisation, though not one of them for sure. The word must
// stand alone as an organisation or a person (the tagger often takes it for a surname) who
// has no fuller name; a place keeps its name ("Brighton" the town, or
// "Shrewsbury" after "in" beside "Shrewsbury Sports Village"), and so
// does an adjective ("European" before "European Union"), the surname of a
// person the article names ("Salomon" of Robert Salomon) and a generic head
// noun ("Court" may be any court, not the "Court of Appeal").
func joinOrgShortNames(ents []*articleEntity) {
	var owners map[string][]*articleEntity
	var surnames map[string]bool // "Salomon" of Robert Salomon is not Salomon Inc
	var placesOf map[string]bool // "Harwick" of the "Port of Harwick" is the town
	for _, e := range ents {
		f := e.forms[0]
		if f.typ == doc.Person && f.ntok >= 2 {
			surnames = addKey(surnames, f.lastKey)
		}
		if w, ok := placeOfName(f); ok {
			placesOf = addKey(placesOf, tokenKey(w))
		}
		if f.typ != doc.Org || f.ntok < 2 || len(f.toks) < 2 {
			continue
		}
		if k := f.tokenKeyAt(0); k != "" && !containsEntity(owners[k], e) {
			if owners == nil {
				owners = map[string][]*articleEntity{}
			}
			owners[k] = append(owners[k], e)
		}
	}
	if len(owners) == 0 {
		// Every short name below joins, or is told apart by, an
		// organisation whose name it opens.
		return
	}
	for _, e := range ents {
		if len(e.forms) != 1 {
			continue
		}
		f := e.forms[0]
		if firmShortPlace(f, owners) {
			f.typ, f.votes = doc.Org, onlyVotes(doc.Org, f.count)
		}
		if f.ntok != 1 || f.typ != doc.Org && f.typ != doc.Person || isAcronym(f.display) || bareIn(determiners, f.display) || IsGenericHead(f.display) {
			continue
		}
		cands := owners[tokenKey(f.display)]
		if len(cands) == 0 && f.typ == doc.Org {
			cands = partiesOfMembers(owners, f.display)
		}
		if len(cands) > 1 && f.typ == doc.Person && !surnames[f.lastKey] && f.placed == 0 {
			// "Damon" beside "Damon Corp" and "Damon Labs": one of
			// them, no person.
			f.typ, f.votes = doc.Org, onlyVotes(doc.Org, f.count)
			continue
		}
		// A surname used as the company's ("Nordhaug shares", keyed
		// apart: see companyUse) joins the company all the same, even
		// after a word of place ("outside Nordhaug's plants").
		company := strings.HasSuffix(f.key, companyKey)
		if len(cands) != 1 || cands[0] == e || surnames[f.lastKey] && !company {
			continue
		}
		if !company && demonymOpener(f, cands[0]) {
			// "Moldovan runner" beside the Moldovan Athletics
			// Federation describes.
			f.typ, f.votes = doc.Other, onlyVotes(doc.Other, f.count)
			continue
		}
		if !company && (f.placed > 0 || servedPlace(f) || placeNamedBody(cands[0].forms[0].toks) || placesOf[tokenKey(f.display)]) {
			// The place the organisation is named after: a town
			// opening a court's or a council's name ("Leeds" of
			// "Leeds Crown Court") is the town, and so is one the
			// article names a place after ("Harwick" beside the
			// "Port of Harwick" and the "Harwick Chamber of
			// Commerce").
			f.typ, f.votes = doc.Place, onlyVotes(doc.Place, f.count)
			continue
		}
		if opensSubBody(f.display, cands[0].forms[0].toks) {
			if f.typ == doc.Person && bareIn(chamberWords, f.display) {
				f.typ, f.votes = doc.Org, onlyVotes(doc.Org, f.count) // the chamber
			}
			continue
		}
		cands[0].forms = append(cands[0].forms, f)
		f.entity = cands[0].idx
		e.forms = nil
	}
}

// firmNamed reports a name of several words that ends in a firm's head,
// perhaps before a series numeral ("Plant Resources Venture Fund II").
func firmNamed(name string) bool {
	rest, last := lastField(name)
	if bareIn(seriesNumerals, last) && rest != "" {
		name = rest
	}
	last, ok := lastOfSeveral(name)
	return ok && bareIn(firmOnlyHeads, last)
}

// placeNamedHeads close the names of public bodies named after the town or
// county they serve: the word opening such a name is the place, not the
// body's short name ("Leeds" beside "Leeds Crown Court").
var placeNamedHeads = wordSet(`court council police constabulary hospital hospitals infirmary university
	airport prison cathedral authority legislature assembly parliament government agency commission`)

// firmAgencies are the words before "Agency" that make it a firm's name
// ("Meridian Press Agency"), not a public body a place names.
var firmAgencies = wordSet(`press news advertising talent travel model modelling literary photo`)

// placeNamedBody reports whether a body's name of two or more words is a
// place's name followed by a head of placeNamedHeads: "Leeds Crown
// Court", "Westmoor Emergency Management Agency", not "Meridian Press
// Agency".
func placeNamedBody(toks []string) bool {
	n := len(toks)
	return n >= 2 && bareIn(placeNamedHeads, toks[n-1]) && !(bareIs(toks[n-1], "agency") && bareIn(firmAgencies, toks[n-2]))
}

// partiesOfMembers returns the parties named "X Party" whose members are
// called by the plural of X: "Greens" of the "Green Party". A party's
// members' plural (partyMembers) calls a body of any name opening with
// its singular the same way ("Greens" of "Green Future"), unless a
// generic head ends that name (the "Republican National Committee" is no
// party) or another members' plural does (the "Liberal Democrats" are no
// "Liberals").
func partiesOfMembers(owners map[string][]*articleEntity, name string) []*articleEntity {
	stem, ok := strings.CutSuffix(name, "s")
	if !ok {
		return nil
	}
	members := bareIn(partyMembers, name)
	var out []*articleEntity
	for _, e := range owners[tokenKey(stem)] {
		toks := e.forms[0].toks
		if len(toks) == 2 && bareIs(toks[1], "party") || members && namedByMembers(toks) {
			out = append(out, e)
		}
	}
	return out
}

// joinGenericHeads joins a generic head noun standing alone to the one
// organisation of the article whose name it ends: "Agency chief executive
// Jenny Harries" after "the UK Health Security Agency". Across articles
// the word stays no one's name.
func joinGenericHeads(ents []*articleEntity) {
	if !slices.ContainsFunc(ents, genericHeadAlone) {
		return // no head noun stands alone: the names it might end go unread
	}
	var enders map[string][]*articleEntity
	for _, e := range ents {
		if len(e.forms) == 0 {
			continue
		}
		if f := e.forms[0]; f.typ == doc.Org && f.ntok >= 2 && !containsEntity(enders[f.lastKey], e) {
			if enders == nil {
				enders = map[string][]*articleEntity{}
			}
			enders[f.lastKey] = append(enders[f.lastKey], e)
		}
	}
	if len(enders) == 0 {
		return // a head noun joins only an organisation whose name it ends
	}
	for _, e := range ents {
		if !genericHeadAlone(e) {
			continue
		}
		f := e.forms[0]
		if cands := enders[f.lastKey]; len(cands) == 1 && cands[0] != e && (!ownBodyHead(f.display) || namedBefore(cands[0], f)) {
			f.typ, f.votes = doc.Org, onlyVotes(doc.Org, f.count)
			cands[0].forms = append(cands[0].forms, f)
			f.entity = cands[0].idx
			e.forms = nil
		}
	}
}

// genericHeadAlone reports whether the entity is one form, no place's,
// of a generic head noun alone: one joinGenericHeads may join.
func genericHeadAlone(e *articleEntity) bool {
	return len(e.forms) == 1 && e.forms[0].typ != doc.Place && IsGenericHead(e.forms[0].display)
}

// genericHeads name a kind of institution: alone, such a word may be any
// one of them ("the Court", "the Council").
var genericHeads = wordSet(`court courts council ministry department university hospital police
	government agency authority commission committee office service board tribunal parliament
	assembly college school trust bank fund`)

// IsGenericHead reports whether name is only a generic head noun, which
// must not stand for one institution across articles or queries.
func IsGenericHead(name string) bool {
	w := strings.TrimSpace(name)
	if w == "" || hasSpace(w) {
		return false
	}
	var buf [32]byte // bare(w) looked up without a string of its own
	return genericHeads[string(bareBytes(buf[:0], w))]
}

// hasSpace is strings.ContainsFunc(s, unicode.IsSpace): ASCII bytes are
// read one by one, and runes are decoded only from the first byte above
// ASCII on.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return strings.ContainsFunc(s[i:], unicode.IsSpace)
		} else if isASCIISpace(c) {
			return true
		}
	}
	return false
}

// finishEntity picks the entity's canonical name (the form with most name
// tokens, then most mentions, then longest, then first seen) and its type
// by majority over all mentions.
func finishEntity(e *articleEntity) {
	best := e.forms[0]
	votes := best.votes // one form's votes are its entity's, read only
	if len(e.forms) > 1 {
		votes = typeVotes{}
	}
	for _, f := range e.forms {
		if len(e.forms) > 1 {
			votes.addAll(f.votes)
		}
		switch {
		case f.ntok != best.ntok:
			if f.ntok > best.ntok {
				best = f
			}
		case f.count != best.count:
			if f.count > best.count {
				best = f
			}
		case len(f.display) != len(best.display):
			if len(f.display) > len(best.display) {
				best = f
			}
		case f.first < best.first:
			best = f
		}
	}
	e.name = best.display
	e.typ = votes.majority(best.typ)
	if isStorm(best) {
		// "Hurricane Marisol" with its bare name "Marisol" taken for a
		// person's more often than not: a storm is no one.
		e.typ = doc.Other
	}
	switch e.typ {
	case doc.Person:
		if !surnameAlone(e) {
			e.typ = personOrPlace(e.name)
		}
		if firmNamed(e.name) {
			// "Halden Biologics" tagged as a person: no one's name
			// ends in a firm's plural head.
			e.typ = doc.Org
		}
		if IsGenericHead(e.name) || ampersandName(e.name) {
			// "Court" of "Birmingham Crown Court" alone: the
			// surname of no one the article names in full; "Harwood
			// & Lane", two names of a firm.
			e.typ = doc.Org
		}
	case doc.Org:
		// "Mill Street", "Station Road" tagged as companies, but not
		// "Harwood & Lane".
		if last, ok := lastOfSeveral(e.name); ok && bareIn(streetHeads, last) && !ampersandName(e.name) {
			e.typ = doc.Place
		}
	case doc.Place:
		// "Norland Securities", "Loyola University" tagged as places.
		if last, ok := lastOfSeveral(e.name); ok && (bareIn(companyHeads, last) || bareIs(last, "university")) {
			e.typ = doc.Org
		}
	case doc.Other:
		// "Westminster Magistrates' Court" tagged as a thing.
		if last, ok := lastOfSeveral(e.name); ok && bareIn(bodyHeads, last) {
			e.typ = doc.Org
		}
	}
}

// ampersandName reports a name that joins capitalised words with an
// ampersand, as firms' names do ("Marks & Spencer") and neither people's
// nor streets'.
func ampersandName(name string) bool {
	before, after, ok := strings.Cut(name, " & ")
	return ok && isCapitalised(lastWordOf(before)) && isCapitalised(after)
}

// lastWordOf returns the last word of s.
func lastWordOf(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// bodyHeads end the names of courts and universities, which are
// organisations whatever else the tagger takes them for (a place may be
// named "Earls Court", so a court tagged a place stays one).
var bodyHeads = wordSet(`court courts tribunal university`)

// placeHeads and orgHeads end names of places and organisations that the
// tagger takes for people: "Hertzog Boulevard", "Theewaterskloof Dam",
// "Scottish Pelagic Fishermen's Association".
var (
	// Words that are also surnames (Park, Plant, Bay, Court, River) are
	// left out.
	placeHeads = wordSet(`street avenue boulevard road square dam airport harbour harbor centre center
		island islands isle province county district lane township`)
	// streetHeads are the place heads no organisation's name ends in.
	streetHeads = wordSet(`street avenue boulevard road square lane`)
	// companyHeads end companies' names and no place's: "Brightwater
	// Marine", "Greystone Books", "Norland Securities".
	companyHeads = wordSet(`company corporation corp inc ltd plc holdings
		marine books energy securities capital partners media airlines airways motors foods systems industries
		pharmaceuticals therapeutics technologies solutions logistics shipping mining resources petroleum insurance
		bancorp publishing studios entertainment networks telecom hotels brewery ventures investments properties
		realty construction engineering laboratories labs robotics software electronics chemicals steel polymers plastics
		dairy dairies farms bakery bakeries distillery breweries beverages brands textiles mills pharma biotech`)
	// firmOnlyHeads end firms' names and never a person's, unlike
	// "Mills" or "Steel".
	firmOnlyHeads = wordSet(`pharmaceuticals therapeutics biologics biosciences diagnostics technologies holdings
		industries laboratories securities airlines airways logistics semiconductors corporation inc ltd plc fund`)
	// seriesNumerals number a fund or a partnership of a series: "Venture
	// Fund II".
	seriesNumerals = wordSet(`ii iii iv v vi vii viii ix x`)
	orgHeads       = union(companyHeads, wordSet(`association institute university college council party bank ministry
		department commission agency group union committee authority fund parliament assembly federation
		foundation organisation organization hospital infirmary hospice`))
)

func union(a, b map[string]bool) map[string]bool {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}

// personOrPlace retypes a name tagged as a person when its last word says
// it is a place or an organisation.
func personOrPlace(name string) doc.EntityType {
	rest, lastWord := lastField(name)
	_, prev := lastField(rest)
	if prev == "" {
		return doc.Person // one word
	}
	switch last := bare(lastWord); {
	case placeHeads[last]:
		return doc.Place
	case orgHeads[last]:
		return doc.Org
	case last == "general" && !bareIn(generalRanks, prev):
		// "Ridgeway General": a hospital, where no office or rank
		// comes before the word.
		return doc.Org
	}
	return doc.Person
}

// generalRanks make "General" the end of an office or a rank: "Attorney
// General", "Major General".
var generalRanks = wordSet(`attorney solicitor surgeon inspector auditor postmaster paymaster secretary governor
	director registrar advocate procurator comptroller consul accountant adjutant quartermaster judge
	major brigadier lieutenant vicar`)

// compatible reports whether the shorter of two personal names sharing a
// surname can be the same person as the longer: its given names appear in
// order among the longer name's, compared by given-name key or as an
// initial ("J. Smith", "John Smith").
func compatible(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	a, b = a[:len(a)-1], b[:len(b)-1]
	j := 0
	for _, t := range a {
		for j < len(b) && !givenMatch(t, b[j]) {
			j++
		}
		if j == len(b) {
			return false
		}
		j++
	}
	return true
}

// givenMatch compares two given names: same key, or one is an initial of
// the other.
func givenMatch(a, b string) bool {
	ka, kb := givenKey(a), givenKey(b)
	if ka == kb {
		return true
	}
	if len(ka) == 1 && len(kb) > 0 {
		return bareInitial(b) == ka
	}
	if len(kb) == 1 && len(ka) > 0 {
		return bareInitial(a) == kb
	}
	return false
}

func bareInitial(t string) string {
	k := keyTokens(t)
	if len(k) == 0 || k[0] == "" {
		return ""
	}
	return k[0][:1]
}

// surfaceCounts counts the mentions of each spelling of a form, in a
// list: a form has a spelling or two (Key folds case, diacritics and
// punctuation), so a look-up reads a few strings and no map is made.
// A form of unusually many spellings is looked up through an index.
type surfaceCounts struct {
	list  []surfaceCount
	index map[string]int // spelling → its place in list, once list is long
}

// surfaceCount is one spelling and its mentions.
type surfaceCount struct {
	s string
	n int
}

// maxListedSurfaces is how many spellings surfaceCounts reads one by one
// before it indexes them.
const maxListedSurfaces = 16

// add counts n more mentions of spelling s.
func (c *surfaceCounts) add(s string, n int) {
	if c.index != nil {
		if i, ok := c.index[s]; ok {
			c.list[i].n += n
			return
		}
		c.index[s] = len(c.list)
		c.list = append(c.list, surfaceCount{s, n})
		return
	}
	for i := range c.list {
		if c.list[i].s == s {
			c.list[i].n += n
			return
		}
	}
	c.list = append(c.list, surfaceCount{s, n})
	if len(c.list) > maxListedSurfaces {
		c.index = make(map[string]int, 2*len(c.list))
		for i, x := range c.list {
			c.index[x.s] = i
		}
	}
}

// mostCommon returns the most frequent spelling of c, ties broken by the
// longer then the lexically smaller string so that the result is
// deterministic.
func mostCommon(c *surfaceCounts) string {
	return mostCommonOf(c, func(string) bool { return true })
}

// mostCommonOf is mostCommon over the spellings of c that keep accepts.
func mostCommonOf(c *surfaceCounts, keep func(string) bool) string {
	best, bn := "", -1
	for _, x := range c.list {
		s, n := x.s, x.n
		if !keep(s) {
			continue
		}
		if n > bn || n == bn && (len(s) > len(best) || len(s) == len(best) && s < best) {
			best, bn = s, n
		}
	}
	return best
}
