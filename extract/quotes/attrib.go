package quotes

import (
	"strings"

	"newsbot/extract/doc"
	"unicode"
	"unicode/utf8"
)

// How far from a quote its attribution may be, in tokens.
const (
	maxLead  = 45
	maxTrail = 30
)

// attribute finds the speaker of every segment: first from the words of
// its own sentence, then from the quote before it.
func (a *analysis) attribute() {
	for wi := range a.wins {
		w := &a.wins[wi]
		a.describe(w)
		if e := a.topicEvent(w); e != nil {
			a.addEvent(e)
		}
		a.passiveAgent(w)
		evs := a.verbEvents(w)
		for _, e := range evs {
			if e != nil {
				w.lastEv = e
			}
		}
		for _, si := range w.segs {
			a.attributeSeg(w, si, evs)
		}
	}
	a.statementsOfIssuers()
	a.inherit()
}

// verbEvents finds every verb of saying in a window and its subject,
// indexed by token; a token that is no verb of saying, or one that does
// not report speech here ("threatened to cut"), holds nil. The slice is
// a.evBuf, valid until the next window's verbEvents.
func (a *analysis) verbEvents(w *window) []*event {
	toks := w.toks
	if cap(a.evBuf) < len(toks) {
		a.evBuf = make([]*event, len(toks))
	}
	evs := a.evBuf[:len(toks)]
	clear(evs)
	var last *event
	for v, t := range toks {
		if t.kind != tkWord || t.ment >= 0 {
			continue
		}
		if t.low == "according" && v+1 < len(toks) && toks[v+1].low == "to" {
			if p, ok := a.phraseFrom(w, v+2); ok {
				e := a.npEvent(w, a.documentAuthor(w, p))
				a.addEvent(e)
				evs[v] = e
			}
			continue
		}
		if t.upper {
			continue // a capitalised word is passed over whatever its lemma (see below)
		}
		lemma := t.lemma()
		if lemma == "" {
			lemma = verbAfterPronoun(toks, v)
		}
		if lemma == "" {
			lemma = verbAfterDocument(toks, v)
		}
		if lemma == "" {
			lemma = verbRuledThat(toks, v)
		}
		if lemma == "" {
			lemma = a.readAloud(toks, v)
		}
		if t.is("put", "puts") && v+1 < len(toks) && toks[v+1].low == "it" {
			lemma = "put" // "as Ramos put it: ..."
		}
		if goesOn(toks, v) {
			lemma = "continue" // `"...," Lind went on, "and ..."`
		}
		if t.upper || lemma == "" || lemma == "point" && (v+1 >= len(toks) || toks[v+1].low != "out") {
			continue
		}
		if v > 0 {
			prev := toks[v-1]
			if determiners[prev.low] || indefinites[prev.low] || possessive(prev.low) ||
				prev.is("his", "her", "its", "their", "our", "my", "your", "to", "for", "of", "with", "in", "on", "at", "by", "from", "about", "into") {
				continue // a noun ("the statement", "his remarks"), an adjective or an infinitive
			}
			if j := a.skipAdverbs(w, v-1); j >= 0 && toks[j].is("be", "been", "being", "is", "are", "was", "were") && !isParticiple(t.low) {
				continue // passive: "was announced" names no speaker as subject
			}
			if a.perfectPassive(w, v) {
				continue // "had been told": the subject heard, no one said
			}
			if describesDocument(toks, v) || qualifiesDocument(toks, v) || describesMedium(toks, v) || describesAddressedMessage(toks, v) {
				continue
			}
		}
		next, after := "", ""
		if v+1 < len(toks) {
			next = toks[v+1].low
		}
		if v+2 < len(toks) {
			after = toks[v+2].low
		}
		if takesInfinitive(next, after) && !(lemma == "refer" && after == "as") {
			continue
		}
		e := a.subjectOf(w, v, lemma, last)
		evs[v] = e
		if e != nil && !keepsSpeaker(toks, v, e, last) {
			last = e
		}
	}
	return evs
}

// keepsSpeaker reports whether a speaker named earlier in the sentence
// stays the one a later "adding that" goes to past a verb of saying that
// is denied of a subject no one is named by: in "Acme said the firm would
// not be commenting, adding that ..." Acme is adding, not the firm.
func keepsSpeaker(toks []token, v int, e, last *event) bool {
	if last == nil || !last.resolved || e.resolved {
		return false
	}
	for j := v - 1; j >= 0 && j >= v-3; j-- {
		switch {
		case toks[j].is("not", "never", "n't"):
			return true
		case !toks[j].is("be", "been", "being"):
			return false
		}
	}
	return false
}

// describesDocument reports whether the verb at v says how a document
// was put out rather than who spoke: "in a statement posted on
// Instagram", "a letter written to the board".
func describesDocument(toks []token, v int) bool {
	return v >= 2 && v+1 < len(toks) && docNouns[toks[v-1].low] && indefinites[toks[v-2].low] &&
		!isParticiple(toks[v].low) && (toks[v+1].is("on", "in", "to", "by", "at", "from", "online") || issueTime(toks[v+1]))
}

// issueTime reports whether a word after the verb putting out a document
// says when it was put out: "a statement posted late on Tuesday", "a note
// sent Monday".
func issueTime(t token) bool {
	return weekdays[t.low] || t.is("late", "early", "earlier", "later", "overnight", "yesterday", "today", "tonight", "last", "this")
}

// subjectOf finds who performs the verb at v. prev is the window's last
// event before v, the subject of a coordinated or participle verb.
func (a *analysis) subjectOf(w *window, v int, lemma string, prev *event) *event {
	toks := w.toks
	form := toks[v].low
	if isParticiple(form) && v >= 2 && toks[v-1].low == "as" {
		if e := a.quotedAsSaying(w, v); e != nil {
			return e
		}
	}
	if k := issuedDocument(toks, v); k >= 0 {
		return a.issuerOf(w, k)
	}
	if isParticiple(form) {
		j := v - 1
		for j >= 0 && toks[j].is("also", "while", "and", "as", "quoted", "was", "is", "were", "been", "before", "after", "when", "by", "thus") {
			j--
		}
		if j < 0 || toks[j].kind != tkWord || j < v-1 {
			if prev != nil {
				return prev
			}
			return a.sentenceSubject(w)
		}
	}
	p, res := a.subjectLeft(w, v)
	switch res {
	case walkFound:
		if p.ment >= 0 && agentOfParticiple(toks, p.from) {
			e := &event{pos: toks[p.from].start, para: w.para, span: doc.Span{Start: toks[p.from].start, End: toks[p.to-1].end}}
			a.addEvent(e)
			return e // the body the name set up speaks, unnamed
		}
		e := a.npEvent(w, p)
		a.addEvent(e)
		return e
	case walkCoord:
		if prev != nil {
			return prev
		}
		return a.sentenceSubject(w)
	}
	if objectVerbs[lemma] {
		return nil
	}
	if p, ok := a.phraseFrom(w, v+1); ok && !a.isPlace(p) {
		// A place after the verb is what it is said to or about ("urged
		// Canada to"), never an inverted speaker.
		e := a.npEvent(w, p)
		a.addEvent(e)
		return e
	}
	return nil
}

// isName reports whether quoted words name something rather than report
// speech: a so-called term, or a short run of capitalised words inside a
// sentence (the "Medallion" and "Alpine" models, a "Euromissiles" offer).
func (a *analysis) isName(w *window, s *quoteSeg) bool {
	if q := s.tok; q > 0 && w.toks[q-1].low == "so-called" {
		return true
	}
	if graded(w.toks, s.tok) && len(strings.Fields(a.text[s.content.Start:s.content.End])) <= maxRatingWords {
		return true // "the dam was rated “poor”": a grade, not speech
	}
	if a.labelAfterGrade(w, s) {
		return true // "cut his rating to “sell”": a grade, not speech
	}
	if q := s.tok; q > 0 && namingLemmas[w.toks[q-1].lemma()] && !whatCalled(w.toks, q-1) && !a.whichCalled(w, s) {
		return true // "Ketchum called “triple witching days” a ...": the thing named
	}
	if a.opensWindow(s) || a.afterSpeechVerb(w, s.tok) {
		return false
	}
	words := strings.Fields(a.text[s.content.Start:s.content.End])
	if a.termInPhrase(w, s.tok, len(words)) {
		return true
	}
	return titleCase(words)
}

// ratingWords give a grade or a class to what they rate: the words
// quoted after them are its label ("rated “poor”", "classified as
// “high risk”").
var ratingWords = map[string]bool{"rated": true, "graded": true, "ranked": true, "classified": true, "classed": true,
	"categorised": true, "categorized": true, "scored": true}

// maxRatingWords bounds a grade quoted after a rating word.
const maxRatingWords = 3

// maxRatedWords bounds the words between a rating word and the grade:
// "rated the dam “poor”", "classified it as “high hazard”".
const maxRatedWords = 4

// graded reports whether the quote at token q follows a rating word
// closely, with only words between them.
func graded(toks []token, q int) bool {
	for k := q - 1; k >= 0 && q-k <= maxRatedWords+1; k-- {
		if toks[k].kind != tkWord {
			return false
		}
		if ratingWords[toks[k].low] {
			return true
		}
	}
	return false
}

// titleCase reports whether quoted words are a short run of capitalised
// words, the small words of a title aside (the film “Night Falls on the
// River”): a name, not a sentence.
func titleCase(words []string) bool {
	if len(words) > 8 || len(words) > 4 && !smallWord(words[1:len(words)-1]) {
		return false
	}
	for i, wd := range words {
		if strings.ContainsAny(wd, ".!?") {
			return false // a sentence, however short
		}
		r, _ := utf8.DecodeRuneInString(wd)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if i == 0 || i == len(words)-1 || !titleSmallWords[wd] {
			return false
		}
	}
	return true
}

// smallWord reports whether any of words is a small word of a title:
// five capitalised words or more read as a name only when the run has the
// shape of a title ("A Tale of Two Cities"), not a shouted sentence.
func smallWord(words []string) bool {
	for _, wd := range words {
		if titleSmallWords[wd] {
			return true
		}
	}
	return false
}

// The words a title leaves in lower case.
var titleSmallWords = wordSet(`a an the and but or nor for of on in at to by from with as vs`)

// whatCalled reports whether the naming verb at v follows "what" and its
// subject ("what he called", "what the minister termed"): the words named
// are the subject's own.
func whatCalled(toks []token, v int) bool {
	for j := v - 1; j >= 0 && v-j <= 5; j-- {
		t := toks[j]
		if t.low == "what" {
			return j < v-1
		}
		if t.kind != tkWord || npStops[t.low] {
			return false
		}
	}
	return false
}

// afterSpeechVerb reports whether the quote at q directly follows a verb
// of saying (`Reagan replied, "No,"`).
func (a *analysis) afterSpeechVerb(w *window, q int) bool {
	j := q - 1
	for j >= 0 && w.toks[j].is(",", ":") {
		j--
	}
	return j >= 0 && w.toks[j].lemma() != "" && !w.toks[j].upper
}

// termInPhrase reports whether a quote of one or two words sits inside a
// noun phrase as a term: after a determiner, possessive or hyphenated
// modifier and before the noun it qualifies (the U.S.-backed "contra"
// rebels, an EMS-style "grid" would).
func (a *analysis) termInPhrase(w *window, q, words int) bool {
	if words > 2 || q == 0 || q+1 >= len(w.toks) {
		return false
	}
	prev, next := w.toks[q-1], w.toks[q+1]
	if next.kind != tkWord || next.upper || npStops[next.low] {
		return false
	}
	return determiners[prev.low] || indefinites[prev.low] || possessive(prev.low) ||
		prev.is("its", "their", "his", "her", "our") || prev.kind == tkWord && strings.Contains(prev.low, "-")
}

// quotedAsSaying handles "quoted X as saying": the speaker is X, the one
// quoted, not the subject of "quoted" ("The report in Time quoted unnamed
// friends of Poindexter's as saying"). In the passive ("was quoted ... as
// saying") the subject is the speaker, found as for any participle.
func (a *analysis) quotedAsSaying(w *window, v int) *event {
	toks := w.toks
	for k := v - 2; k >= 0 && v-k <= 12; k-- {
		if !toks[k].is("quoted", "quote", "quoting", "quotes") {
			continue
		}
		if k > 0 && toks[k-1].is("was", "were", "is", "are", "been", "being") {
			return nil
		}
		if k+1 < len(toks) && toks[k+1].is("him", "her") {
			pron := map[string]string{"him": "he", "her": "she"}[toks[k+1].low]
			e := a.npEvent(w, np{from: k + 1, to: k + 2, ment: -1, pron: pron})
			a.addEvent(e)
			return e
		}
		p, ok := a.phraseFrom(w, k+1)
		if !ok {
			return nil
		}
		e := a.npEvent(w, p)
		a.addEvent(e)
		return e
	}
	return nil
}

// attributeSeg attributes one segment from its own sentence. The verb
// before a quote and the verb right after it must agree when both are
// there; a verb further after the quote counts only when none precedes.
func (a *analysis) attributeSeg(w *window, si int, evs []*event) {
	s := &a.segs[si]
	q := s.tok
	if a.isName(w, s) {
		s.decided = true // a title or a coined term, not speech
		return
	}
	if askedClause(w, q, evs) {
		s.decided = true // the question put, not the answer's words
		return
	}
	lead, hasLead := a.leading(w, q, evs)
	trail, hasTrail, tight := a.trailing(w, q, evs)
	switch {
	case hasLead && hasTrail && tight:
		if sameSpeaker(lead, trail) {
			s.ev = lead
		}
		s.decided = true
	case hasLead:
		s.ev, s.decided = lead, true
	case hasTrail:
		s.ev, s.decided = trail, true
	}
}

func sameSpeaker(x, y *event) bool {
	if x == y {
		return true
	}
	return x.resolved && y.resolved && x.name == y.name
}

// leading looks for the attribution before a quote in its sentence: the
// nearest verb of saying ("Ushakov added:", "said that ... “...”"), a name
// and a colon ("Townsend: “...”"), or "according to X".
func (a *analysis) leading(w *window, q int, evs []*event) (*event, bool) {
	toks := w.toks
	if q >= 2 && toks[q-1].low == ":" {
		if m := toks[q-2].ment; m >= 0 {
			s := mentionStart(toks, q-2)
			if titleish(toks[:s]) {
				e := a.npEvent(w, np{from: s, to: q - 1, ment: m})
				return e, true
			}
		}
	}
	if e := a.bracketLabelColon(w, q); e != nil {
		return e, true
	}
	if q >= 3 && toks[q-1].low == ":" {
		if e := a.stanceBeforeColon(w, q-1); e != nil {
			return e, true
		}
		if e := a.issuedBeforeColon(w, q-1); e != nil {
			return e, true
		}
		if e := a.replyBeforeColon(w, q-1); e != nil {
			return e, true
		}
		if e := a.writerSaysBeforeColon(w, q-1); e != nil {
			return e, true
		}
		if e := a.speechGivenBeforeColon(w, q-1); e != nil {
			return e, true
		}
	}
	depth := 0
	for v := q - 1; v >= 0 && q-v <= maxLead; v-- {
		if depth = parenDepth(toks[v], depth); depth > 0 {
			break // the quote sits in an aside: no verb outside it reports it
		}
		if a.heardPassive(w, v, q) {
			return &event{}, true // "was told “...”": words said to the subject
		}
		e := evs[v]
		if e == nil {
			continue
		}
		if contestLemmas[toks[v].lemma()] && toks[q-1].low != "as" {
			return &event{}, true // the contested words, not the speaker's
		}
		if displayReads(toks[v+1 : q]) {
			return &event{}, true // "Police said the note read:": the note's words
		}
		if hearsayClause(toks, v, q) {
			return &event{}, true // "denied reports that it had “parked” ...": the reports' words
		}
		if src, ok := a.openerSpeaker(w, v, q, evs); ok {
			return src, true
		}
		// "Sources say the U.S. has suggested “norms”": words reported at
		// second hand have no clear speaker.
		for u := v - 1; u >= 0; u-- {
			if o := evs[u]; o != nil && !sameSpeaker(o, e) && a.nested(w, u, e) && !reportedAfter(toks, u, o, e) {
				return &event{}, true
			}
			if t := toks[u]; t.start < e.span.Start && nestBreak(t) {
				break // no verb before it can frame e's clause: keeps long windows linear
			}
		}
		return e, true
	}
	if q >= 2 && toks[q-1].low == ":" {
		if e := a.personBeforeColon(w, q-1, q); e != nil {
			return e, true
		}
		if e := a.pronounGestureColon(w, q-1, q); e != nil {
			return e, true
		}
		if e := a.roleGestureColon(w, q-1, q); e != nil {
			return e, true
		}
		if e := a.apposedRoleColon(w, q-1, q); e != nil {
			return e, true
		}
	}
	return nil, false
}

// stanceCopulas link a speaker to the stance a colon then quotes: "Marta
// Olsen, the union's lawyer, was unmoved: “...”".
var stanceCopulas = wordSet(`
was is were are seemed seems appeared appears remained remains sounded sounds
looked looks stayed stays
`)

// maxStanceWords bounds the words of a stance before a colon ("was
// unmoved", "remained firmly defiant").
const maxStanceWords = 3

// stanceBeforeColon reads a clause before the colon at c whose subject is
// a person and whose predicate is a copula and a few words of manner or
// mood, no noun phrase among them: "Olsen, the union's lawyer, was
// unmoved:", "She was blunt:". The quote after the colon is that person's
// words. A subject that is no person ("The reason was simple:", "Her
// reply was short:") gives nil, as does a predicate with a determiner or a
// preposition ("was a witness:", "was in the car:").
func (a *analysis) stanceBeforeColon(w *window, c int) *event {
	toks := w.toks
	k := c - 1
	for k >= 0 && c-1-k < maxStanceWords && !stanceCopulas[toks[k].low] && stanceWord(toks[k]) {
		k--
	}
	if k < 1 || k == c-1 || !stanceCopulas[toks[k].low] || toks[k].upper {
		return nil
	}
	p, res := a.subjectLeft(w, k)
	if res != walkFound || p.plural {
		return nil
	}
	if p.ment >= 0 && (a.ments[p.ment].Type != doc.Person || possessive(toks[p.to-1].low)) || p.ment < 0 && !personPronouns[p.pron] {
		return nil
	}
	e := a.npEvent(w, p)
	a.addEvent(e)
	return e
}

// stanceWord reports whether a token may be a word of a stance predicate:
// a lower-case word that starts no noun phrase and reports no speech.
func stanceWord(t token) bool {
	if t.kind != tkWord || t.upper || t.ment >= 0 || t.lemma() != "" {
		return false
	}
	if t.is("not", "so", "more", "less", "most", "very", "equally", "even") {
		return true
	}
	return !npStops[t.low] && !determiners[t.low] && !indefinites[t.low] && !possessive(t.low) && !pronouns[t.low] &&
		!t.is("his", "her", "its", "their", "our", "my", "your", "there", "here")
}

// parenDepth tracks the brackets met walking away from a quote. Going
// right, a ")" that no "(" on the way opened (depth below zero) closes an
// aside holding the quote; going left, so does an unmatched "(" (depth
// above zero).
func parenDepth(t token, depth int) int {
	switch {
	case t.kind != tkPunct:
	case t.low == "(":
		depth++
	case t.low == ")":
		depth--
	}
	return depth
}

// reportedAfter reports whether the verb at u, whose subject o no name
// resolves, comes after e's subject and so sits in e's report rather than
// framing it: in "Acme said the firm would not be commenting, adding
// that ..." the firm's verb does not make Acme's words second-hand.
func reportedAfter(toks []token, u int, o, e *event) bool {
	return !o.resolved && e.resolved && toks[u].start >= e.span.Start
}

// nested reports whether the clause whose subject is e's sits inside the
// report of the verb at u: nothing separates u from that subject but words
// ("sources say the U.S. has suggested"), where a comma, a conjunction or
// a quote would start a report of its own ("Smith said X, and Jones said").
func (a *analysis) nested(w *window, u int, e *event) bool {
	for _, t := range w.toks[u+1:] {
		if t.start >= e.span.Start {
			return true
		}
		if nestBreak(t) {
			return false
		}
	}
	return true
}

// nestBreak reports whether a token ends a report's reach: a quote, a
// comma or a conjunction starts a clause of its own.
func nestBreak(t token) bool {
	return t.kind == tkQuote || t.is(",", ";", "and", "but", "while", "whereas")
}

// trailing looks for the attribution after a quote: the first verb of
// saying before the sentence ends. tight reports that it follows the quote
// at once (“...,” he said), which is when it can outweigh a verb before.
func (a *analysis) trailing(w *window, q int, evs []*event) (*event, bool, bool) {
	toks := w.toks
	depth := 0
	for v := q + 1; v < len(toks) && v-q <= maxTrail; v++ {
		if toks[v].kind == tkQuote {
			break
		}
		if depth = parenDepth(toks[v], depth); depth < 0 {
			break // the quote sits in an aside: what follows it reports the sentence
		}
		e := evs[v]
		if e == nil {
			continue
		}
		if namedByRelative(toks, q, v) {
			return &event{}, true, false // the thing described, not the describer's words
		}
		tight := a.followsAtOnce(w, q, v, e)
		if !tight && !a.opensWindow(&a.segs[w.toks[q].seg]) && a.clauseBreak(w, q, v) {
			// "an EMS-style “grid” would ..., but Nashashibi said": the
			// verb reports a later clause, not the quote.
			return nil, false, false
		}
		return e, true, tight
	}
	return nil, false, false
}

// clauseBreak reports whether a conjunction or semicolon separates the
// quote at q from the verb at v.
func (a *analysis) clauseBreak(w *window, q, v int) bool {
	for _, t := range w.toks[q+1 : v] {
		if t.is("but", "and", "while", "although", "though", "whereas", ";", "because", "so") {
			return true
		}
	}
	return false
}

// followsAtOnce reports whether the attribution at verb v comes right after
// the quote at q: only a comma or dash between the quote and the subject
// (or the verb, when the subject follows it).
func (a *analysis) followsAtOnce(w *window, q, v int, e *event) bool {
	toks := w.toks
	j := q + 1
	for j < len(toks) && toks[j].kind == tkPunct && toks[j].is(",", "—", "–", "-") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	if j == v {
		return true
	}
	return e.span.Start >= toks[j].start && e.span.Start < toks[j].end
}

// perfectPassive reports whether the verb at v is a past participle after
// a form of "be" that skipAdverbs steps over with its auxiliaries ("had
// been told", "may be informed", "has also been briefed"): a passive,
// whose subject is the one told, not a speaker.
func (a *analysis) perfectPassive(w *window, v int) bool {
	if v == 0 || isParticiple(w.toks[v].low) {
		return false
	}
	for j := v - 1; j > a.skipAdverbs(w, v-1); j-- {
		if w.toks[j].is("be", "been", "being") {
			return true
		}
	}
	return false
}
