package quotes

import (
	"maps"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/internal/swar"
)

// evKind says what a speaker can be referred back to by: "he"/"she" or "it".
type evKind uint8

const (
	evNone evKind = iota
	evPerson
	evOrg
)

// event is one act of saying: who did it, when resolved.
type event struct {
	pos      int      // where the subject is named; orders events for pronouns
	para     int      // paragraph of pos
	span     doc.Span // the subject as written
	name     string
	typ      doc.EntityType
	kind     evKind
	resolved bool
	topic    bool // the subject or agent of a sentence, not reported speaking
	owner    bool // named only as the owner of a sentence's subject ("Gorbachev's policies")
}

// maxParaBack bounds how far back a pronoun looks for its speaker.
const maxParaBack = 3

// addEvent records an event in position order.
func (a *analysis) addEvent(e *event) {
	i := sort.Search(len(a.events), func(i int) bool { return a.events[i].pos > e.pos })
	a.events = append(a.events, nil)
	copy(a.events[i+1:], a.events[i:])
	a.events[i] = e
}

// npEvent turns a subject phrase into an event.
func (a *analysis) npEvent(w *window, p np) *event {
	toks := w.toks
	span := doc.Span{Start: toks[p.from].start, End: toks[p.to-1].end}
	e := &event{pos: span.Start, para: w.para, span: span}
	switch {
	case p.plural:
		return e
	case p.ment >= 0 && a.ments[p.ment].Type == doc.Other && p.from > 0 && determiners[toks[p.from-1].low] && !a.titleMention(p.ment):
		return a.resolveNationality(e, toks[p.from-1:p.to]) // "the Japanese said": a people, not a speaker
	case p.ment >= 0 && !a.titleMention(p.ment):
		m := a.ments[p.ment]
		e.span = m.Span
		e.pos = m.Start
		return a.mentionEvent(e, m)
	case p.ment >= 0:
		// A title the tagger took for a name ("the Agriculture
		// Secretary"): read it as the description it is.
		if p.from > 0 && determiners[toks[p.from-1].low] {
			p.from--
		}
	case p.pron != "":
		return a.resolvePronoun(e, p.pron)
	}
	words := toks[p.from:p.to]
	if judgeAddress(words) {
		return a.resolveJudgeAddress(e, words[0].low)
	}
	words, _ = spelledRole(words)
	head := words[len(words)-1]
	first := words[0]
	switch {
	case groupNouns[head.low] || pluralPronouns[head.low]:
		return e

	case roleNouns[head.low] || bodyVoices[head.low]:
		e.kind = evPerson
		if roleNouns[head.low] && !indefinites[first.low] && (!vagueRoles[head.low] || chiefRole(words)) && !a.unnamedBefore(e, head.low) {
			if r := a.resolveTitle(e, words, a.placeOf(toks, p.to)); r.resolved {
				return r
			}
			if r := a.resolveOrgRole(e, words); r.resolved {
				return r
			}
			if r := a.resolvePreviousSubject(e, words); r.resolved {
				return r
			}
		}
		if r := a.bareVoice(e, words); r.resolved {
			return r
		}
		if r := a.resolveVoice(e, words); r.resolved {
			return r
		}
		return a.companyVoice(e, words)
	case docNouns[head.low]:
		return a.resolveDocument(e, words)
	case indefinites[first.low] && !orgNouns[head.low]:
		if p.from == 0 || !colonPrepositions[toks[p.from-1].low] {
			e.kind = evPerson // "one manufacturer said": someone, unnamed
		} // "for a sum reported to be": an object, no one who can be a "she" after
		return e
	case orgNouns[head.low] || orgNouns[normWord(head.low)] || businessNouns[head.low]:
		e.kind = evOrg
		if r := a.ownerBodyNamed(e, toks, p.from, words); r.resolved {
			return r
		}
		if !named(words) {
			if determiners[first.low] && len(words) == 2 {
				return a.fittingGenericOrg(e, head.low)
			}
			return e
		}
		for len(words) > 1 && (determiners[words[0].low] || indefinites[words[0].low]) {
			words = words[1:]
		}
		if commonOwner(words[0]) {
			return e // "the agency's Leeds office": no name of its own
		}
		e.span = doc.Span{Start: words[0].start, End: head.end}
		e.name = oneLine(a.text[e.span.Start:e.span.End])
		e.typ = doc.Org
		e.resolved = true
	case head.upper && !determiners[head.low]:
		if r := a.resolveNationality(e, words); r.resolved {
			return r
		}
		// A body named after the noun for its kind ("the human rights
		// group Viasna").
		if n := len(words); head.ment >= 0 && n >= 2 && isOrgNoun(words[n-2].low) && words[n-2].ment < 0 {
			return a.mentionEvent(e, a.ments[head.ment])
		}
		// A name the tagger missed here but found elsewhere in the
		// article ("Time said" after "a Time magazine report").
		if m, ok := a.mentionNamed(words); ok {
			return a.mentionEvent(e, m)
		}
		if !orgNouns[normWord(head.low)] {
			e.kind = evPerson // an unknown name: it may be the "he" that follows
			return e
		}
	default:
		if first.low == "the" && len(words) > 1 && !head.upper && a.unnamedBefore(e, head.low) {
			e.kind = evPerson // the one brought in unnamed, who may be the next "he"
			return e
		}
		if first.low == "the" && len(words) > 1 && !head.upper {
			if r := a.resolveHolder(e, words); r.resolved {
				return r
			}
			if r := a.resolveAge(e, words); r.resolved {
				return r
			}
			if r := a.resolveJustReported(e, words); r.resolved {
				return r
			}
			if r := a.resolveEpithet(e, words); r.resolved {
				return r
			}
		}
		if personish(head.low) {
			e.kind = evPerson // "the Chrysler source said": someone unnamed, who may be the next "he"
		}
	}
	return e
}

// isOrgNoun reports whether a noun names a kind of body.
func isOrgNoun(noun string) bool {
	return orgNouns[noun] || orgNouns[normWord(noun)] || businessNouns[noun]
}

// personish reports whether a noun names a person by what they do: a
// source, a trader, a manufacturer, an economist, a co-chair.
func personish(noun string) bool {
	if personNouns[noun] {
		return true
	}
	if role, ok := strings.CutPrefix(noun, "co-"); ok && roleNouns[role] {
		return true // "the other co-chair": one of two holding the role
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(noun, suf) && len(noun) > len(suf)+3 {
			return true
		}
	}
	return false
}

// titleMention reports whether a mention that is not a person ends in a
// role noun: a title such as "Agriculture Secretary" tagged as a name.
func (a *analysis) titleMention(m int) bool {
	if a.ments[m].Type == doc.Person {
		return false
	}
	f := strings.Fields(strings.ToLower(a.ments[m].Text))
	return len(f) > 0 && roleNouns[f[len(f)-1]]
}

// resolveGenericOrg resolves "the company said" or "the ministry said" to
// the organisation last reported speaking, as "it" would be. A company is
// the one the story is about whatever its name; any other body must carry
// the noun in its name ("the ministry" for "Russia's Ministry of Defence")
// or be called so by the article ("the Competition and Markets Authority,
// the regulator"), and when the last to speak is not such a body, "the
// court" is the one such body named before (see soleOrg).
func (a *analysis) resolveGenericOrg(e *event, noun string) *event {
	r := a.resolvePronoun(e, "it")
	if businessNouns[noun] {
		if !r.resolved && !a.orgSpokeBefore(e) {
			if m, ok := a.soleOrg(e.pos, noun); ok {
				return a.mentionEvent(r, m)
			}
		}
		return r
	}
	if r.resolved && strings.Contains(strings.ToLower(r.name), noun) {
		return r
	}
	r.name, r.typ, r.resolved = "", "", false
	if m, ok := a.soleOrg(e.pos, noun); ok {
		return a.mentionEvent(r, m)
	}
	return r
}

// resolveVoice credits "a palace spokesman" or "the ministry official" to
// the one organisation named before with that body noun in its name
// ("Buckingham Palace"; "Ministry" alone tells no more than the noun), or
// called so by the article. The phrase is an article, lower-case modifiers
// and the noun before the voice; anything else, or two such
// organisations, stays unattributed. The event remains a person's, so a
// "he" that follows is the same voice.
func (a *analysis) resolveVoice(e *event, words []token) *event {
	n := len(words)
	if n < 3 || !bodyVoices[words[n-1].low] || !determiners[words[0].low] && !indefinites[words[0].low] {
		return e
	}
	for _, t := range words[1 : n-1] {
		if t.kind != tkWord || t.ment >= 0 || t.upper || possessive(t.low) {
			return e
		}
	}
	noun := words[n-2].low
	if !orgNouns[noun] && !orgNouns[normWord(noun)] && !businessNouns[noun] {
		return e // "a monetary source": no body
	}
	m, ok := a.soleOrgBy("voice\x00"+noun, e.pos, func(m doc.Mention) bool {
		return !strings.EqualFold(m.Name(), noun) && a.orgCalled(m, noun)
	})
	if !ok {
		return e
	}
	r := a.mentionEvent(e, m)
	r.kind = evPerson
	return r
}

// bareVoice credits "a spokesperson" or "the spokesman", with nothing
// more said of whom they speak for, to the organisation last reported
// speaking, or last the subject of a sentence, before it in the same
// paragraph ("The Charity Commission said its inquiry would resume. A
// spokesperson said: ..."). A person in that place, or another
// organisation named since, leaves it unresolved. The event remains a
// person's, so a "he" that follows is the same voice.
func (a *analysis) bareVoice(e *event, words []token) *event {
	if len(words) != 2 || !spokesNouns[words[1].low] || !determiners[words[0].low] && !indefinites[words[0].low] {
		return e
	}
	var c *event
	evs := a.eventsIn(0, e.pos)
	for i := len(evs) - 1; i >= 0; i-- {
		if x := evs[i]; x.kind != evNone && !a.hearer(x) {
			c = x
			break
		}
	}
	if c == nil || c.kind != evOrg || c.typ != doc.Org || !c.resolved || c.owner || c.para != e.para {
		return e
	}
	from := sort.Search(len(a.ments), func(k int) bool { return a.ments[k].Start >= c.span.End })
	for _, m := range a.ments[from:] {
		if m.Start >= e.pos {
			break
		}
		if m.Type == doc.Org && oneLine(m.Name()) != c.name {
			return e
		}
	}
	r := *e
	r.name, r.typ, r.resolved, r.kind = c.name, c.typ, true, evPerson
	return &r
}

// orgSpokeBefore reports whether any organisation, named or not, is
// reported speaking before e within the reach of a pronoun.
//
// An event's paragraph is the paragraph of its position, so the events
// before e are read back only as far as that reach.
func (a *analysis) orgSpokeBefore(e *event) bool {
	evs := a.eventsIn(0, e.pos)
	for i := len(evs) - 1; i >= 0 && evs[i].para >= e.para-maxParaBack; i-- {
		if evs[i].kind == evOrg {
			return true
		}
	}
	return false
}

// soleOrg finds the organisation "the commission" or "the company" means
// when none has spoken yet: the one organisation named before pos with
// the noun in its name ("the U.S. Commodity Futures Trading Commission"),
// or for a company the one organisation the article has named at all.
func (a *analysis) soleOrg(pos int, noun string) (doc.Mention, bool) {
	return a.soleOrgBy("sole\x00"+noun, pos, func(m doc.Mention) bool { return businessNouns[noun] || a.orgCalled(m, noun) })
}

// orgCalled reports whether an organisation carries the noun in its name
// or is described by it right after being named.
func (a *analysis) orgCalled(m doc.Mention, noun string) bool {
	return nameHasWord(m.Name(), noun) || a.calledSo(m, noun)
}

// soleOrgBy finds the one organisation named before pos that fits: the
// last fitting one before pos, unless one of another name fits before pos
// too. key names the test fits makes, which depends on nothing but the
// mention: the organisations that fit are found once per key and
// document (see soleOrgScan), so that a long document asking for every
// "the company said" costs a search, not a pass over all its mentions.
func (a *analysis) soleOrgBy(key string, pos int, fits func(doc.Mention) bool) (doc.Mention, bool) {
	s := a.soleOrgScanOf(key, fits)
	if s.clash < pos {
		return doc.Mention{}, false
	}
	k := sort.Search(len(s.fit), func(i int) bool { return a.ments[s.fit[i]].Start >= pos })
	if k == 0 {
		return doc.Mention{}, false
	}
	return a.ments[s.fit[k-1]], true
}

// soleOrgScan holds the organisations that fit one test, in text order:
// the mentions of the first fitting name up to the first fitting mention
// of another name, which starts at clash (math.MaxInt when there is none).
type soleOrgScan struct {
	fit   []int // indices into ments
	clash int
}

// soleOrgScanOf returns the scan of the organisations that fit under key,
// making it on first use.
func (a *analysis) soleOrgScanOf(key string, fits func(doc.Mention) bool) *soleOrgScan {
	if s, ok := a.soleOrgs[key]; ok {
		return s
	}
	s := &soleOrgScan{clash: math.MaxInt}
	for i, m := range a.ments {
		if m.Type != doc.Org || !fits(m) {
			continue
		}
		if len(s.fit) > 0 && a.ments[s.fit[0]].Name() != m.Name() {
			s.clash = m.Start
			break
		}
		s.fit = append(s.fit, i)
	}
	if a.soleOrgs == nil {
		a.soleOrgs = map[string]*soleOrgScan{}
	}
	a.soleOrgs[key] = s
	return s
}

// kindApposition matches what follows a name that the article then
// describes as a kind of body: ", the regulator,", " (CMA), Britain's
// competition regulator." Its group is the noun ending the apposition.
var kindApposition = regexp.MustCompile(`^(?:\s*\([^()]{1,20}\))?,\s+(?:(?:the|a|an|its|[A-Z][\w.]*(?:'s|’s))\s+)?(?:[a-z][\w-]*\s+){0,2}([a-z]+)\s*(?:[,.;)]|$)`)

// calledSo reports whether the article describes the organisation m by
// noun right after naming it.
func (a *analysis) calledSo(m doc.Mention, noun string) bool {
	sub := kindApposition.FindStringSubmatch(a.text[m.End:min(len(a.text), m.End+80)])
	return sub != nil && sub[1] == noun
}

// nameHasWord reports whether a name has the word, in any case.
func nameHasWord(name, word string) bool {
	for _, f := range strings.Fields(name) {
		if strings.EqualFold(f, word) {
			return true
		}
	}
	return false
}

// resolveDocument attributes what a document says to its author: the
// name inside the phrase ("the Novo statement", "Novo's statement"), or for
// "the statement" alone the speaker reported just before it.
func (a *analysis) resolveDocument(e *event, words []token) *event {
	for _, t := range words {
		if t.ment >= 0 {
			m := a.ments[t.ment]
			return a.mentionEvent(e, m)
		}
	}
	if !determiners[words[0].low] || len(words) != 2 {
		return e
	}
	if r, ok := a.documentBefore(e, words[1].low); ok {
		return r
	}
	if r, ok := a.letterWriter(e, words[1].low); ok {
		return r
	}
	if a.nounFormVerbAfter(e) {
		return e // "the report states": no speaker before stands for a document read so
	}
	i := sort.Search(len(a.events), func(i int) bool { return a.events[i].pos >= e.pos })
	for i--; i >= 0; i-- {
		c := a.events[i]
		if c.para < e.para-1 {
			break
		}
		if c.kind == evNone && !c.resolved || c.owner {
			continue // a report is not the words of whose policies it weighs
		}
		if c.topic && !a.documentNamedBefore(words[1].low, e.span.Start) {
			return e // "Jo Reed will hear the case. "…," the statement said": no statement anyone put out
		}
		if c.resolved {
			e.name, e.typ, e.kind, e.resolved = c.name, c.typ, c.kind, true
		}
		return e
	}
	return e
}

// mentionNamed finds a mention elsewhere in the article written exactly as
// the phrase words are, the person a surname alone names, or the body a
// short form names (see orgShortForm).
func (a *analysis) mentionNamed(words []token) (doc.Mention, bool) {
	for len(words) > 1 && (determiners[words[0].low] || indefinites[words[0].low]) {
		words = words[1:]
	}
	var parts []string
	for _, t := range words {
		parts = append(parts, a.text[t.start:t.end])
	}
	name := strings.Join(parts, " ")
	// The answer depends on the name alone, and a long article names the
	// same few subjects again and again: each is looked up once.
	if r, ok := a.named[name]; ok {
		return r.m, r.ok
	}
	m, ok := a.mentionCalled(name)
	if a.named == nil {
		a.named = map[string]namedMention{}
	}
	a.named[name] = namedMention{m, ok}
	return m, ok
}

// namedMention is what mentionNamed found for a name.
type namedMention struct {
	m  doc.Mention
	ok bool
}

// mentionCalled finds the mention a subject's name stands for, as
// mentionNamed does.
func (a *analysis) mentionCalled(name string) (doc.Mention, bool) {
	for _, m := range a.ments {
		if readsAs(m.Text, name) {
			return m, true
		}
	}
	// A surname alone, of one person named in full elsewhere ("Trump"
	// after "Donald Trump").
	var found *doc.Mention
	for _, sn := range a.personSurnames() {
		if sn.form != name && (sn.bare == "" || sn.bare != name) {
			continue
		}
		m := a.ments[sn.ment]
		if found != nil && found.Name() != m.Name() {
			return doc.Mention{}, false // two people share the surname
		}
		found = &a.ments[sn.ment]
	}
	if found != nil {
		return *found, true
	}
	return a.orgShortForm(name)
}

// surname is how the person of mention ment, named in full, may be
// written alone: form, the last word of the full name, or bare, that word
// without a particle ("Burhan" of "al-Burhan"), else "".
type surname struct {
	ment       int
	form, bare string
}

// personSurnames returns the surnames of the people the article names
// with more than one word, in mention order, found once per article:
// mentionNamed asks for them phrase by phrase.
func (a *analysis) personSurnames() []surname {
	if a.surnamesDone {
		return a.surnames
	}
	a.surnamesDone = true
	for i, m := range a.ments {
		if m.Type != doc.Person {
			continue
		}
		last, ok := lastOfFields(m.Name())
		if !ok {
			continue
		}
		sn := surname{ment: i, form: last}
		if forms := surnameForms(last); len(forms) > 1 {
			sn.bare = forms[1]
		}
		a.surnames = append(a.surnames, sn)
	}
	return a.surnames
}

// lastOfFields returns the last of the strings.Fields of s, and whether
// s holds two fields or more.
func lastOfFields(s string) (string, bool) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", false
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	if strings.TrimFunc(s[:i], unicode.IsSpace) == "" {
		return "", false
	}
	return s[i+w:], true
}

// surnameForms returns the ways a surname is written alone: as in the
// full name, and without a lower-case particle joined to it by a hyphen
// ("Burhan" for "al-Burhan", "Sisi" for "el-Sisi").
func surnameForms(last string) []string {
	particle, rest, ok := strings.Cut(last, "-")
	if !ok || particle == "" || rest == "" || strings.ToLower(particle) != particle || strings.ToLower(rest) == rest {
		return []string{last}
	}
	return []string{last, rest}
}

// named reports whether a phrase with an organisation head is a particular
// body ("Ukraine’s eastern military command", "the Defence Ministry")
// rather than any ("the company", "the military").
func named(words []token) bool {
	for i, t := range words {
		if t.ment >= 0 {
			return true
		}
		if t.upper && !(i == 0 && (determiners[t.low] || indefinites[t.low])) {
			return true
		}
	}
	return false
}

func (a *analysis) mentionEvent(e *event, m doc.Mention) *event {
	e.name = oneLine(m.Name())
	e.typ = m.Type
	e.resolved = true
	switch m.Type {
	case doc.Person:
		e.kind = evPerson
	case doc.Org, doc.Place, doc.Other:
		e.kind = evOrg
	default:
		e.resolved = false
	}
	return e
}

// resolvePronoun gives a pronoun the nearest earlier speaker it can stand
// for. When that nearest one is itself unresolved the pronoun stays
// unresolved: skipping it would guess.
func (a *analysis) resolvePronoun(e *event, pron string) *event {
	want := evNone
	switch {
	case personPronouns[pron]:
		want = evPerson
	case orgPronouns[pron]:
		want = evOrg
	default:
		return e
	}
	e.kind = want
	if r, ok := a.resolveWriterAddressed(e, pron); ok {
		return r
	}
	if m, ok := a.invertedIntro(e.pos, pron); ok && want == evPerson {
		// "Among them was Ana Ruiz, a nurse. "…," she said."
		return a.mentionEvent(e, m)
	}
	i := sort.Search(len(a.events), func(i int) bool { return a.events[i].pos >= e.pos })
	for i--; i >= 0; i-- {
		c := a.events[i]
		if c.para < e.para-maxParaBack {
			break
		}
		if c.kind != want {
			continue
		}
		if a.acrossEntries(c.pos, e.pos) {
			if m, ok := a.entrySolePerson(e.pos, pron); ok && want == evPerson {
				return a.mentionEvent(e, m)
			}
			return e // a live page's earlier entry is another report
		}
		if c.resolved && (a.clashes(pron, c.name) || a.pronounOfOtherSex(c, pron)) {
			return a.afterClash(e, c, pron)
		}
		if a.objectOfSex(c, pron) && !a.speakerAdds(e, c) {
			return e // "Bielski pulled her from the car. ... she said": she is someone else, unnamed here
		}
		if m, ok := a.describedSubject(c, e.pos, pron); ok && want == evPerson {
			if m.Type == doc.Person {
				return a.mentionEvent(e, m)
			}
			return e // "Lena, the pupil who ..., will ... she said": a name the tagger mistyped
		}
		if c.resolved && !a.otherSubjectBetween(c, e.pos, pron) && !a.otherRoleSubjectBetween(c, e.pos, pron) {
			e.name, e.typ, e.resolved = c.name, c.typ, true
		}
		return e
	}
	if m, ok := a.soleFitting(e.pos, pron); ok {
		return a.mentionEvent(e, m)
	}
	return e
}

// soleFitting finds, for a pronoun with no speaker or topic before it, the
// one person named nearby whom it can stand for: in "Emma Lindholm and
// David Osei presented the findings. ... she said" only Emma is a she. Every
// other person named there must be known to be of the other sex.
func (a *analysis) soleFitting(pos int, pron string) (doc.Mention, bool) {
	want := pronounGender(pron)
	if want == genderUnknown {
		return doc.Mention{}, false
	}
	var found doc.Mention
	ok := false
	for _, m := range a.localPeople(pos) {
		switch g := a.personSex(m.Name()); {
		case g == genderUnknown:
			return doc.Mention{}, false
		case g != want:
		case ok && found.Name() != m.Name():
			return doc.Mention{}, false
		default:
			found, ok = m, true
		}
	}
	return found, ok
}

// oneLine collapses the line breaks and space runs of wrapped text in a
// name ("Kiichi\nMiyazawa"). A name already on one line with single
// spaces, as most are, is returned as it is, without splitting it.
func oneLine(s string) string {
	if swar.SpaceNormalized(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// readsAs reports whether oneLine(s) is name, without a copy of s when s
// is already one line with single spaces. oneLine never lengthens s, and
// keeps a first byte that is ASCII and no space: a shorter s, or one that
// opens otherwise than name, is told apart at once.
func readsAs(s, name string) bool {
	if len(s) < len(name) || s != "" && name != "" && s[0] < utf8.RuneSelf && !asciiSpace(s[0]) && s[0] != name[0] {
		return false
	}
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) && !strings.Contains(s, "  ") &&
		strings.TrimSpace(s) == s {
		return s == name
	}
	return oneLine(s) == name
}

// objectOfSex reports whether the verb of which c is the subject takes a
// pronoun of pron's sex as its object ("Tomasz Bielski, pulled her from
// the car", "Reyes told him"): the subject is then not who the pronoun
// means, and another person of that sex is in play.
func (a *analysis) objectOfSex(c *event, pron string) bool {
	var obj string
	switch pron {
	case "he":
		obj = "him"
	case "she":
		obj = "her"
	default:
		return false
	}
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > c.span.End })
	if wi >= len(a.wins) {
		return false
	}
	toks := a.wins[wi].toks
	j := sort.Search(len(toks), func(i int) bool { return toks[i].start >= c.span.End })
	if j < len(toks) && toks[j].low == "," {
		j++
	}
	for k := j; k < len(toks) && k-j < 3; k++ {
		t := toks[k]
		if t.low == obj && k > j {
			return k+1 >= len(toks) || objectFollows(toks[k+1])
		}
		if t.kind != tkWord || t.ment >= 0 || npStops[t.low] {
			return false
		}
	}
	return false
}

// objectFollows reports whether a token can follow an object pronoun:
// "her" before a noun is a possessive ("her car") instead.
func objectFollows(t token) bool {
	return t.kind != tkWord || npStops[t.low] || determiners[t.low] || indefinites[t.low]
}

// otherSubjectBetween reports whether, after the speaker c and before pos,
// the article makes someone else the pronoun may stand for the subject of
// a verb: in `"...," Al Rashidy said. ... but Farahany has been more
// cautious. "...," he told state television` he may be either man.
func (a *analysis) otherSubjectBetween(c *event, pos int, pron string) bool {
	// The mentions are in text order: only those between the speaker and
	// the pronoun are read.
	from := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= c.span.End })
	for _, m := range a.ments[from:] {
		if m.Start >= pos {
			break
		}
		if m.Type != doc.Person || oneLine(m.Name()) == c.name || a.quoted(m.Span) {
			continue // a name inside quoted words is no subject of the report
		}
		if g := nameGender(m.Name()); g != genderUnknown && g != pronounGender(pron) {
			continue
		}
		if opensClause(a.text, m.Start) && verbFollows(a.text, m.End) {
			return true
		}
		// "his wife, Nancy, is running": a description of the other sex
		// rules the name out as the pronoun's.
		if desc, ok := appositiveSubject(a.text, m.Span); ok && (sexNouns[desc] == genderUnknown || sexNouns[desc] == pronounGender(pron)) {
			return true
		}
	}
	return false
}

// honorifics are the titles that may stand before a name set off after a
// description: "the medical director, Prof Dame Julia Fenwick,".
var honorifics = func() map[string]bool {
	m := wordSet(`sir dame lady lord professor doctor`)
	maps.Copy(m, nameTitles)
	return m
}()

// appositiveSubject reports whether a person's name at span, with any
// titles before it, is set off by commas after a description in lower case
// and followed by a verb: in "the trust's director of nursing, Prof Dame
// Julia Fenwick, apologised" she is the subject of "apologised", whatever
// came before the description. It returns the last word of the
// description ("nursing").
func appositiveSubject(text string, span doc.Span) (string, bool) {
	before := strings.TrimRight(text[:span.Start], " \t\r\n")
	for {
		i := strings.LastIndexAny(before, " \t\r\n") + 1
		w := before[i:]
		if w == "" || !unicode.IsUpper(rune(w[0])) || !honorifics[strings.ToLower(strings.TrimSuffix(w, "."))] {
			break
		}
		before = strings.TrimRight(before[:i], " \t\r\n")
	}
	before, ok := strings.CutSuffix(before, ",")
	if !ok {
		return "", false
	}
	desc := before[strings.LastIndexAny(before, " \t\r\n")+1:]
	if desc == "" || !unicode.IsLower(rune(desc[0])) || !describesPerson(before) {
		return "", false
	}
	after := strings.TrimLeft(text[span.End:], " ")
	return desc, strings.HasPrefix(after, ",") && verbFollows(after, 1)
}

// describedPeople are nouns for a person that neither the role lists nor
// personish's endings hold.
var describedPeople = wordSet(`deputy head member partner candidate student doctor nurse boss pupil
survivor victim patient relative neighbour neighbor`)

// describesPerson reports whether one of the last words of a description
// (up to its article or possessive) is a noun for a person: "the trust's
// director of nursing" is one, "the state planning agency" (before a name
// the tagger took for a person's) is not.
func describesPerson(desc string) bool {
	f := strings.Fields(strings.ToLower(lastFieldsOf(desc, maxDescribedWords)))
	for k := len(f) - 1; k >= 0 && k >= len(f)-maxDescribedWords; k-- {
		w := strings.Trim(f[k], ".,;:()\"'")
		if w == "the" || w == "a" || w == "an" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			break
		}
		if roleNouns[w] || teamRoles[w] || proxyNouns[w] || describedPeople[w] || sexNouns[w] != genderUnknown || personish(w) {
			return true
		}
	}
	return false
}

// maxDescribedWords is how many words describesPerson reads back from
// the end of a description after its last one.
const maxDescribedWords = 6

// lastFieldsOf returns the end of s that holds its last n+1 words as
// strings.Fields splits them, cut just after a space: callers given the
// whole text before a name read only so far back, not through the
// article.
func lastFieldsOf(s string, n int) string {
	count, inField := 0, false
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			if inField && count == n+1 {
				return s[i:]
			}
			inField = false
		} else if !inField {
			inField = true
			count++
		}
		i -= size
	}
	return s
}

// quoted reports whether span lies inside the quoted words of a segment.
//
// The segments' contents are indexed by start with the greatest end so
// far (see segReach), so that a long article with many quotations asks
// this of every name in a search, not a pass over all its quotations.
func (a *analysis) quoted(span doc.Span) bool {
	r := a.segReachOf()
	k := sort.SearchInts(r.starts, span.Start+1) // the contents starting at or before span
	return k > 0 && r.maxEnd[k-1] >= span.End
}

// segReach indexes the contents of a.segs: their starts in order, and for
// each the greatest end of the contents starting no later. of and n tell
// the segments it was made from, so that it is made again when they
// change.
type segReach struct {
	of     *quoteSeg
	n      int
	starts []int
	maxEnd []int
}

// segReachOf returns the index of the current segments.
func (a *analysis) segReachOf() *segReach {
	r := &a.segIdx
	var of *quoteSeg
	if len(a.segs) > 0 {
		of = &a.segs[0]
	}
	if r.starts != nil && r.of == of && r.n == len(a.segs) {
		return r
	}
	spans := make([]doc.Span, len(a.segs))
	for k := range a.segs {
		spans[k] = a.segs[k].content
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	*r = segReach{of: of, n: len(a.segs), starts: make([]int, len(spans)), maxEnd: make([]int, len(spans))}
	end := math.MinInt
	for k, c := range spans {
		end = max(end, c.End)
		r.starts[k], r.maxEnd[k] = c.Start, end
	}
	return r
}

// clauseOpeners join a main clause to the one before: "..., but Farahany
// has been more cautious".
var clauseOpeners = wordSet(`but and yet`)

// opensClause reports whether a name at offset start opens a sentence or a
// main clause joined by a conjunction, not a clause reported or governed
// by a verb before it ("said Ongpin was", "that Sy would").
func opensClause(text string, start int) bool {
	before := strings.TrimRight(text[:min(start, len(text))], " \t\r\n")
	if before == "" {
		return true
	}
	if r := before[len(before)-1]; r == '.' || r == '!' || r == '?' || r == ';' {
		return true
	}
	i := strings.LastIndexAny(before, " \t\r\n")
	return clauseOpeners[strings.ToLower(before[i+1:])]
}

// subjectVerbs are the auxiliaries and verbs of state a subject takes.
var subjectVerbs = wordSet(`has had have is was were will would could can did does may might must should
remains remained seemed seems appeared appears`)

// verbFollows reports whether the word after offset end is a finite verb
// by its form: an auxiliary ("has", "was") or a past tense in -ed
// ("declined").
func verbFollows(text string, end int) bool {
	rest := strings.TrimLeft(text[min(end, len(text)):], " ")
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	w := rest[:n]
	return subjectVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}
