package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// np is a noun phrase that may name a speaker: tokens [from, to) of a window.
type np struct {
	from, to int
	ment     int    // mention index of a named speaker, or -1
	pron     string // a pronoun subject
	plural   bool   // "Smith and Jones": no single speaker
}

// walkResult says what sits before a verb.
type walkResult uint8

const (
	walkNone  walkResult = iota // nothing: the subject may follow the verb
	walkFound                   // a subject phrase
	walkCoord                   // "... and warned": the subject is the previous verb's
)

// maxAppositive bounds the comma-enclosed phrase skipped between a subject
// and its verb ("Yuri Ushakov, an aide to Putin, characterized").
const maxAppositive = 24

// subjectLeft finds the subject of the verb at token v by walking left.
func (a *analysis) subjectLeft(w *window, v int) (np, walkResult) {
	toks := w.toks
	j := a.skipAdverbs(w, v-1)
	if howeverAfterQuote(toks, j, v) {
		return np{}, walkCoord
	}
	for commas := 0; j >= 0; commas++ {
		t := toks[j]
		switch {
		case t.kind == tkQuote:
			return np{}, walkNone
		case t.kind == tkPunct && t.low == "," && commas == 0 && a.whoseClause(w, j) >= 0:
			k := a.whoseClause(w, j)
			return np{from: mentionStart(toks, k), to: k + 1, ment: toks[k].ment}, walkFound
		case t.kind == tkPunct && t.is("-", "–", "—") && commas < 2:
			if k := a.dashAside(w, j); k >= 0 {
				return a.phraseEndingAt(w, k), walkFound
			}
			return np{}, walkNone
		case t.kind == tkPunct && t.low == "," && commas < 2:
			k := j - 1
			for k >= 0 && j-k <= maxAppositive && toks[k].low != "," && toks[k].kind != tkQuote {
				k--
			}
			if k < 0 || j-k > maxAppositive || toks[k].kind == tkQuote {
				return np{}, walkNone
			}
			// "the Kremlin spokesperson, Dmitry Peskov, cautioned": the
			// phrase between the commas is itself the name.
			// A bracketed aside may follow the name: "His deputy, Marc
			// Dubois (no relation), told".
			e := a.personOfBody(toks, a.skipPostNominals(toks, skipParenLeft(toks, a.initialStopLeft(toks, j-1), k), k), k)
			if m := toks[e].ment; m >= 0 && e > k && a.ments[m].Type == doc.Person {
				s := mentionStart(toks, e)
				if s > k && (titleish(toks[k+1:s]) && !participleBefore(toks[k+1:s]) || namedAsAside(toks[k+1:s])) {
					return np{from: s, to: e + 1, ment: m}, walkFound
				}
			}
			if k2, ok := a.asideBefore(w, k); ok {
				k = k2 // two asides in a row: step over the earlier one too
			}
			j = a.skipAdverbs(w, k-1)
			continue
		case t.kind == tkPunct && t.low != ")":
			return np{}, walkNone
		case t.is("and", "but", "or", "then", "while", "yet"):
			return np{}, walkCoord
		case t.kind == tkPunct && t.low == ")":
			// "Rep Edward Markey (D-Mass) told": step over the aside.
			k := j - 1
			for k >= 0 && j-k <= maxAppositive && toks[k].low != "(" && toks[k].kind != tkQuote {
				k--
			}
			if k < 0 || toks[k].low != "(" {
				return np{}, walkNone
			}
			j = k - 1
			continue
		case t.low == "who" && t.ment < 0:
			// "including Mitchell who urged ...": the relative pronoun
			// stands for the person named just before it.
			k := j - 1
			if k >= 0 && toks[k].low == "," {
				k--
			}
			if k >= 0 && toks[k].ment >= 0 && a.ments[toks[k].ment].Type == doc.Person && !possessive(toks[k].low) {
				return np{from: mentionStart(toks, k), to: k + 1, ment: toks[k].ment}, walkFound
			}
			return np{}, walkNone
		case npStops[t.low] && t.ment < 0 && !personPronouns[t.low]:
			return np{}, walkNone
		}
		return a.phraseEndingAt(w, j), walkFound
	}
	return np{}, walkNone
}

// postNominals are the letters written after a name for an honour, a
// degree or a seat, in the case they are written in: "Her lawyer, Ann
// Roe KC, told the court" names Ann Roe.
var postNominals = wordSet(`KC QC MP MSP MEP OBE MBE CBE KBE DBE FRS PhD`)

// skipPostNominals returns the token before the post-nominal letters
// ending at j that follow a person's name, looking no further left than
// lo; j itself when none do.
func (a *analysis) skipPostNominals(toks []token, j, lo int) int {
	k := j
	for k > lo+1 && toks[k].ment < 0 && toks[k].kind == tkWord && postNominals[a.text[toks[k].start:toks[k].end]] {
		k--
	}
	if k < j && toks[k].ment >= 0 && a.ments[toks[k].ment].Type == doc.Person {
		return k
	}
	return j
}

// personOfBody returns the last token of a person's name followed by
// the body they belong to, when token j ends that body's name and the
// name stands after lo: "the other co-chair, Dr Kwabena Asante-Mensah of
// the University of Ghana, said" is the doctor's. It returns j when the
// tokens end in no such body.
func (a *analysis) personOfBody(toks []token, j, lo int) int {
	m := toks[j].ment
	if m < 0 || a.ments[m].Type == doc.Person {
		return j
	}
	s := mentionStart(toks, j)
	if s-1 > lo && determiners[toks[s-1].low] {
		s--
	}
	if s-2 <= lo || !toks[s-1].is("of", "at", "from") {
		return j
	}
	if p := toks[s-2].ment; p >= 0 && a.ments[p].Type == doc.Person && !possessive(toks[s-2].low) {
		return s - 2
	}
	return j
}

// skipParenLeft returns the token before a bracketed aside ending at j,
// looking no further left than lo; j itself when it closes no aside.
func skipParenLeft(toks []token, j, lo int) int {
	if j <= lo || toks[j].low != ")" {
		return j
	}
	for k := j - 1; k > lo; k-- {
		if toks[k].low == "(" {
			return k - 1
		}
	}
	return j
}

// asideOpeners begin a comma-enclosed aside that is no noun phrase ("in an
// interview with the Kuwait magazine Al-Majalis").
var asideOpeners = wordSet(`in with at on during speaking after before from for according`)

// asideBefore reports whether the words before the comma at k, back to an
// earlier comma, are an aside opening with a preposition: in "Prince
// Abdullah, in an interview with the magazine Al-Majalis, carried by SPA,
// said" the subject is Abdullah, not the magazine. It returns the earlier
// comma.
func (a *analysis) asideBefore(w *window, k int) (int, bool) {
	toks := w.toks
	i := k - 1
	for i >= 0 && k-i <= maxAppositive && toks[i].kind != tkQuote && !toks[i].is(",", ";", ":") {
		i--
	}
	if i < 1 || toks[i].low != "," || i+1 >= k {
		return 0, false
	}
	first := toks[i+1]
	return i, first.kind == tkWord && !first.upper && asideOpeners[first.low]
}

// skipAdverbs steps left over words that sit between a subject and its
// verb: "also later", "had", "on Wednesday", "repeatedly".
func (a *analysis) skipAdverbs(w *window, j int) int {
	for j >= 0 {
		t := w.toks[j]
		if t.kind != tkWord || t.ment >= 0 {
			return j
		}
		switch {
		case skipBeforeVerb[t.low]:
			j--
		case !t.upper && len(t.low) > 4 && strings.HasSuffix(t.low, "ly"):
			j--
		case weekdays[t.low] && j > 0 && w.toks[j-1].is("on", "last", "this", "late", "earlier"):
			j -= 2
		default:
			return j
		}
	}
	return j
}

// howeverAfterQuote reports whether the adverbs skipped between token j
// and the verb at v hold a "however" set right after a quote, with at
// most a comma between: the "however" then joins the verb to the one
// before the quote, as "but" does. Reworded copy writes "but" so:
// `described the talks as "frank" however mentioned the company had …`
// is one speaker's. "Reed, however, said" and "The firm however said"
// keep their subjects.
func howeverAfterQuote(toks []token, j, v int) bool {
	h := -1
	for k := j + 1; k < v; k++ {
		if toks[k].low == "however" {
			h = k
		}
	}
	if h != j+1 || j < 0 {
		return false
	}
	if toks[j].low == "," && j > 0 {
		j--
	}
	// A quote opening the sentence has no verb before it to join:
	// `"…," however said Reed` inverts.
	return toks[j].kind == tkQuote && j > 0 && toks[j-1].kind == tkWord
}

// phraseEndingAt reads the noun phrase whose last word is token j.
func (a *analysis) phraseEndingAt(w *window, j int) np {
	toks := w.toks
	j = a.skipPostNominals(toks, j, -1)
	t := toks[j]
	if t.ment >= 0 && !possessive(t.low) {
		s := mentionStart(toks, j)
		p := np{from: s, to: j + 1, ment: t.ment}
		return a.widenLeft(w, p)
	}
	if personPronouns[t.low] || orgPronouns[t.low] || pluralPronouns[t.low] {
		return np{from: j, to: j + 1, ment: -1, pron: t.low}
	}
	s := j
	for s > 0 && j-s < 7 {
		u := toks[s-1]
		if u.kind != tkWord || npStops[u.low] || u.lemma() != "" && !u.upper {
			break
		}
		s--
		if determiners[u.low] || indefinites[u.low] || possessive(u.low) {
			break
		}
	}
	p := a.widenLeft(w, np{from: s, to: j + 1, ment: -1})
	// "Sherman Chao, analyst with Salomon Inc said": the phrase describes
	// the name before the comma, which is the subject.
	if p.ment < 0 && p.pron == "" && p.from >= 2 && toks[p.from-1].low == "," {
		if m := toks[p.from-2].ment; m >= 0 && a.ments[m].Type == doc.Person && !possessive(toks[p.from-2].low) &&
			!objectOfOpener(toks, mentionStart(toks, p.from-2)) {
			return np{from: mentionStart(toks, p.from-2), to: p.from - 1, ment: m}
		}
	}
	return p
}

// widenLeft looks past a phrase for a head it belongs to: in "Larry
// Eckenfelder of Prudential-Bache Securities said" the speaker is the
// person, and "Smith and Jones said" has no single speaker.
func (a *analysis) widenLeft(w *window, p np) np {
	toks := w.toks
	s := p.from
	if s >= 3 && determiners[toks[s-1].low] && toks[s-2].is("of", "at", "from", "for", "in", "with") {
		s-- // "secretary general of the Bolivian Labour Organization"
	}
	if p.ment >= 0 {
		// "a spokesman for Chancellor Friedrich Merz", "the wife of
		// Captain Harold Finch": a title does not hide the head.
		// "Secretary of State Henry Kissinger" is one title, its head
		// capitalised.
		if t := titlesBefore(toks, s); t < s && t >= 2 && toks[t-2].kind == tkWord &&
			(toks[t-1].is("and", "&") || toks[t-1].is("of", "for", "to") && !toks[t-2].upper) {
			s = t
		}
		if k := a.proxyFor(toks, s); k < s {
			s = k
		}
	}
	if p.ment >= 0 && a.ments[p.ment].Type != doc.Person {
		// "Susan Kohlhaas of Alzheimer's Research UK" is hers however the
		// tagger cut the organisation's name.
		if k := a.nameStart(toks, s); k >= 2 && affiliation(toks[k-1]) && toks[k-2].kind == tkWord {
			s = k
		}
	}
	if s < 2 {
		return p
	}
	prev := toks[s-1]
	switch {
	case prev.is("and", "&", "or"):
		if toks[s-2].kind == tkWord && !conjoinedTitles(toks, s, p.from) {
			p.plural = true
		}
	case affiliation(prev) && toks[s-2].kind == tkWord:
		head := a.phraseEndingAt(w, s-2)
		if a.voiceOfBody(toks, head, p, prev) || a.counselOfFirm(toks, head, p, prev) {
			return p
		}
		if head.pron == "" {
			return head
		}
	}
	return p
}

// conjoinedTitles reports whether the "and" before token s joins two
// titles of the one person named at from: in "Halcyon founder and chief
// executive Jane Roe said" the founder is Jane Roe herself, not another
// speaker. The word before "and" must be a role noun with no name of its
// own, and a title must stand between "and" and the name.
func conjoinedTitles(toks []token, s, from int) bool {
	before := toks[s-2]
	return s < from && before.ment < 0 && !before.upper && roleNouns[before.low]
}

// spokesNouns name someone whose words are the body's they speak for.
var spokesNouns = wordSet(`spokesman spokeswoman spokesperson`)

// voiceOfBody reports whether head is an unnamed spokesperson ("a
// spokesperson", "the spokesman") linked by prev ("for", "of") to the
// organisation p names, so that "a spokesperson for Acme said" is Acme's
// word. A spokesperson for a person speaks for no body and stays the
// head's.
func (a *analysis) voiceOfBody(toks []token, head, p np, prev token) bool {
	if !prev.is("for", "of") || head.pron != "" || head.ment >= 0 || head.plural || head.to-head.from != 2 {
		return false
	}
	if p.ment < 0 || a.ments[p.ment].Type != doc.Org || a.titleMention(p.ment) {
		return false
	}
	first := toks[head.from].low
	return (determiners[first] || indefinites[first]) && spokesNouns[toks[head.from+1].low]
}

// maxProxyDescriptors bounds the words between a proxy's "of" and the
// name it speaks for ("Nigerian striker").
const maxProxyDescriptors = 4

// proxyFor steps left from the name at token s over a short description
// ("the agent of Nigerian striker Emeka Okafor", "a lawyer for his client
// Jon Ruiz") to the "of", "for" or "to" after a noun for someone speaking
// for another and returns where the description begins, so the speaker is
// the agent, not the person named. It returns s when no proxy is found.
func (a *analysis) proxyFor(toks []token, s int) int {
	k := s
	for k > 0 && s-k < maxProxyDescriptors {
		u := toks[k-1]
		if u.kind != tkWord || npStops[u.low] || indefinites[u.low] ||
			u.ment >= 0 && a.ments[u.ment].Type == doc.Person {
			break
		}
		k--
		if determiners[u.low] || possessive(u.low) || u.low == "his" || u.low == "her" || u.low == "their" {
			break
		}
	}
	// "the manager of Arsenal Arsene Wenger" is the manager himself.
	if k < s && toks[s-1].ment >= 0 && toks[s-1].upper && !possessive(toks[s-1].low) {
		return s
	}
	if k >= 2 && toks[k-1].is("of", "for", "to") && proxyNouns[toks[k-2].low] {
		return k
	}
	return s
}

// affiliation reports whether a token links a head to the body it belongs
// to ("the secretary general of", "an analyst at").
func affiliation(t token) bool {
	return t.is("of", "at", "from", "for", "to", "in", "with")
}

// maxNamePieces bounds the capitalised words nameStart steps over.
const maxNamePieces = 4

// nameStart steps left from token s over the capitalised words, no person's
// name among them, that may be more of one name the tagger cut in pieces
// ("Alzheimer's" before "Research UK") and returns where they begin.
func (a *analysis) nameStart(toks []token, s int) int {
	k := s
	for k > 0 && s-k < maxNamePieces {
		u := toks[k-1]
		if u.kind != tkWord || !u.upper || npStops[u.low] ||
			u.ment >= 0 && a.ments[u.ment].Type == doc.Person {
			break
		}
		k--
	}
	return k
}

// titlesBefore steps left from token s over up to four title words before
// a name ("Senator", "health minister") and returns where they begin.
func titlesBefore(toks []token, s int) int {
	k := s
	for k > 0 && s-k < 4 {
		u := toks[k-1]
		if u.kind != tkWord || u.ment >= 0 || npStops[u.low] || determiners[u.low] || indefinites[u.low] ||
			!u.upper && !roleNouns[u.low] {
			break
		}
		k--
	}
	return k
}

// mentionStart returns the first token of the mention token j belongs to.
func mentionStart(toks []token, j int) int {
	m := toks[j].ment
	for j > 0 && (toks[j-1].ment == m || innerMark(toks, j-1, m)) {
		j--
	}
	return j
}

// innerMark reports whether token k is a mark inside the mention m, with
// words of m on both sides: the ampersand of "Holt & Barrow".
func innerMark(toks []token, k, m int) bool {
	return m >= 0 && k > 0 && k+1 < len(toks) && toks[k].kind == tkPunct && toks[k-1].ment == m && toks[k+1].ment == m
}

// titleish reports whether tokens are only a title before a name
// ("Kremlin spokesman", "Mr", "Bank of England chief economist"): a stop
// word inside a name ("of") belongs to that name.
func titleish(toks []token) bool {
	if len(toks) > 6 {
		return false
	}
	for k, t := range toks {
		if joiningDash(toks, k) {
			continue
		}
		if t.kind != tkWord || npStops[t.low] && t.ment < 0 || t.lemma() != "" && !t.upper {
			return false
		}
	}
	return true
}

// participleBefore reports whether the last lower-case word before a name
// is a participle after a noun ("the solicitor representing Ms Marsh",
// "the lawyer advising Jon Ruiz"): the name is then its object, and the
// phrase is the speaker's role, not the speaker's name. A participle right
// after a determiner is part of a title ("the managing director").
func participleBefore(toks []token) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if t.upper {
			continue
		}
		return i > 0 && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") &&
			!toks[i-1].upper && !determiners[toks[i-1].low]
	}
	return false
}

// introWords open a sentence with an adverbial before its subject
// ("Earlier that day, Putin ...", "While describing the talks as ...").
var introWords = wordSet(`
while when after before although though as if because since earlier later
in on at speaking meanwhile however but and just despite during following
with without coinciding separately also still yet until once asked
`)

// ingNouns are words in -ing that are nouns, not participles, at the head
// of a sentence ("Building work has stalled", "Morning trains were
// cancelled").
var ingNouns = wordSet(`
nothing something anything everything thing king morning evening spring string
ceiling building meeting wedding funding housing training clothing earnings
offering opening ending warning ruling hearing finding feeling being
`)

// participleOpener reports whether the sentence word at i opens a
// participle clause ("Giving evidence earlier in the week, the trust's
// medical director ...", "Called as a witness, Lind ..."): no name, but a
// word in -ing, no noun in -ing, followed by a lower-case word (its object
// or an adverb), or a past participle followed by a preposition ("Based
// in Leeds", "Born in 1975", where "Armed police" is a subject). The clause then runs to its
// comma before the subject.
func participleOpener(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tkWord || t.ment >= 0 || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	if next.kind != tkWord || next.ment >= 0 {
		return false
	}
	switch {
	case len(t.low) >= 6 && isParticiple(t.low) && !ingNouns[t.low]:
		return !next.upper || determiners[next.low]
	case len(t.low) >= 5 && strings.HasSuffix(t.low, "ed") || openerParticiples[t.low]:
		return colonPrepositions[next.low] || next.low == "as"
	}
	return false
}

// openerParticiples are past participles not in -ed that open a
// participle clause before the subject ("Born in Leeds, Lind ...").
var openerParticiples = wordSet(`born known seen given taken chosen written brought grown`)

// mainSubject finds the subject of a sentence: the first phrase after an
// opening adverbial. A participle with no comma after it opens the subject
// itself ("Rising star Kara Lind said").
func (a *analysis) mainSubject(w *window) (np, bool) {
	toks := w.toks
	i := a.skipDateline(w, 0)
	for i < len(toks) && toks[i].is("but", "and", "however", "so", "yet", "still") {
		i++
	}
	if i < len(toks) && (introWords[toks[i].low] || toks[i].kind == tkQuote || participleOpener(toks, i) || placeOpener(toks, i)) {
		k := i
		for k < len(toks) && toks[k].low != "," && k-i < 30 {
			k++
		}
		switch {
		case k < len(toks) && toks[k].low == ",":
			i = pastOpenerAside(toks, k+1)
		case !introWords[toks[i].low] && toks[i].kind != tkQuote:
		default:
			return np{}, false
		}
	}
	if i >= len(toks) {
		return np{}, false
	}
	return a.phraseFrom(w, i)
}

// objectOfOpener reports whether the name starting at token s is the
// object of the words before it rather than a subject: "Turning to Mrs
// Tolley, the judge said", "Addressing Smith, the judge said". Titles
// before the name ("Mrs", "Judge") are stepped over; a lower-case word
// other than a role noun, or a participle, then governs the name.
func objectOfOpener(toks []token, s int) bool {
	k := s - 1
	for k >= 0 && toks[k].kind == tkWord && toks[k].upper && toks[k].ment < 0 && !isParticiple(toks[k].low) {
		k--
	}
	if k < 0 || toks[k].kind != tkWord {
		return false
	}
	t := toks[k]
	return isParticiple(t.low) && len(t.low) > 5 || !t.upper && !roleNouns[t.low]
}

// maxWhoseClause bounds the words of a "whose" clause between a name and
// its verb.
const maxWhoseClause = 40

// whoseClause reads the words before the comma at c as a relative clause
// opening with "whose" right after a name ("Sarah Whitlow, whose son
// Jamie, now 11, was due to go on a break, said"): the verb after the
// comma is the named one's, whoever the clause names. It returns the
// name's last token, or -1 when no such clause ends at c.
func (a *analysis) whoseClause(w *window, c int) int {
	toks := w.toks
	for k := c - 1; k >= 2 && c-k <= maxWhoseClause; k-- {
		t := toks[k]
		if t.kind == tkQuote || t.is(";", ":", "(", ")") || t.lemma() != "" && !t.upper && t.ment < 0 {
			return -1
		}
		if t.low != "whose" {
			continue
		}
		if toks[k-1].low != "," {
			return -1
		}
		n := toks[k-2]
		if n.ment < 0 || possessive(n.low) || a.ments[n.ment].Type != doc.Person && a.ments[n.ment].Type != doc.Org {
			return -1
		}
		return k - 2
	}
	return -1
}

// dashAside reads the words before the dash at d as an aside set off by
// dashes after a name ("Mrs Tolley - whom she referred to by her maiden
// name - told her"): it returns the name's last token, the subject of the
// verb after the dash, or -1 when no named aside ends at d.
func (a *analysis) dashAside(w *window, d int) int {
	toks := w.toks
	for k := d - 1; k >= 1 && d-k <= maxAppositive; k-- {
		t := toks[k]
		if t.kind == tkQuote || t.is(";", ":") {
			return -1
		}
		if t.kind != tkPunct || !t.is("-", "–", "—") || t.low != toks[d].low {
			continue
		}
		n := toks[k-1]
		if k == d-1 || n.ment < 0 || possessive(n.low) || a.ments[n.ment].Type != doc.Person && a.ments[n.ment].Type != doc.Org {
			return -1
		}
		return k - 1
	}
	return -1
}
