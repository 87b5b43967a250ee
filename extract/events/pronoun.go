package events

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/sex"
)

// pronouns resolves the pronoun subject of a clause to the people it
// stands for, from the mentions of the article.
type pronouns struct {
	text     string
	sents    []doc.Sentence // sorted
	mentions []doc.Mention  // sorted
	cues     []nounCues     // by mention, filled on first use (see nounCues)
	low      *lowText       // the text in lower case, or nil
	memo     *nounMemo      // per-noun answers, made on first use (see nounMemo)
}

// lowerOf returns strings.ToLower(text[a:b]), from the sentences lowered
// once when p has them.
func (p pronouns) lowerOf(a, b int) string {
	if p.low != nil {
		return p.low.lowerOf(a, b)
	}
	return strings.ToLower(p.text[a:b])
}

// pronounDepth bounds how many sentences back a chain of pronouns ("She
// ... Her ... She") is followed.
const pronounDepth = 3

// withPronounSubject adds to names, the participants of the clause sum of
// sentence s, the people its pronoun subject stands for: "He met the
// envoys", "In 1975 she married", "Her album won" for one person, "They
// divorced" for the two people of the sentence before. "Putin met the
// envoys. He said on Tuesday ..." is then an event of Putin's.
func withPronounSubject(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	pron, at := openingPronoun(p.text[sum.Start:sum.End])
	if pron == "" {
		return names
	}
	pos := sum.Start + at
	// A person named before the pronoun in its own clause is someone
	// else's subject ("On Tuesday Putin told her").
	if hasPerson(p.mentions, doc.Span{Start: sum.Start, End: pos}) {
		return names
	}
	var refs []string
	owned, byRole := p.roleOwnerOpening(s, pron)
	switch kin, ok := p.kinOf(pron, pos, sum.End); {
	case byRole:
		refs = owned // "The former mayor's family attended. His daughter Ann …"
	case ok:
		refs = kin
	case pron == "they":
		refs = p.couple(p.index(s))
	default:
		refs = p.person(p.index(s), pos, pron, pronounDepth)
	}
	for _, r := range refs {
		if !slices.Contains(names, r) {
			names = append(names, r)
		}
	}
	return names
}

// kinWords name a relative after a possessive pronoun ("His wife, the
// singer Ernestine Fontaine").
var kinWords = map[string]bool{
	"wife": true, "husband": true, "widow": true, "widower": true, "son": true, "daughter": true,
	"father": true, "mother": true, "brother": true, "sister": true, "partner": true,
}

// kinOf returns, for a possessive pronoun at pos followed by a relative
// whom the clause names ("His wife, the singer Ernestine Fontaine, died
// in 2015"), the person named before in the article who shares the
// relative's surname, the most often named of them: the family's
// subject, not whoever the sentence before quoted. ok is false when the
// clause is not of that shape or no one shares the surname; a tie
// returns no one.
func (p pronouns) kinOf(pron string, pos, end int) (refs []string, ok bool) {
	if pron != "his" && pron != "her" {
		return nil, false
	}
	st, en := nextToken(p.text, pos+len(pron))
	if en > end || !inLower(kinWords, p.text[st:en]) {
		return nil, false
	}
	var relative string
	for _, m := range mentionsIn(p.mentions, doc.Span{Start: en, End: end}) {
		if m.Type == doc.Person && m.Start-en < 40 {
			relative = m.Name()
		}
		break
	}
	if relative == "" {
		return nil, false
	}
	surname := lastWord(relative)
	counts := map[string]int{}
	for _, m := range p.mentions {
		if m.Start >= pos {
			break
		}
		if name := m.Name(); m.Type == doc.Person && name != relative && lastWord(name) == surname && !sex.Clashes(pron, name) {
			counts[name]++
		}
	}
	// Of the family, the one named most: the story's subject.
	best, tie := "", false
	for n, c := range counts {
		switch {
		case best == "" || c > counts[best]:
			best, tie = n, false
		case c == counts[best]:
			tie = true
		}
	}
	switch {
	case best == "":
		return nil, false // no one of the name: the pronoun as usual
	case tie:
		return nil, true
	}
	return []string{best}, true
}

// lastWord returns the last word of a name, lower-cased.
func lastWord(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,")
}

// subjectPronouns are the pronouns a clause about a person opens with.
var subjectPronouns = map[string]bool{"he": true, "she": true, "his": true, "her": true, "they": true}

// framePrepositions open a phrase that may stand before a clause's
// subject: "In 1975 she married", "On Tuesday he said".
var framePrepositions = map[string]bool{"in": true, "on": true, "at": true, "by": true, "during": true, "later": true, "earlier": true, "then": true}

// rangeOpeners open a phrase of a period's two ends before a clause's
// subject, which takes more words: "From 2020 to 2025 she chaired".
var rangeOpeners = map[string]bool{"from": true, "between": true}

// spanWords may open a phrase of elapsed time before a clause's subject:
// "Two years later she became", "A year later he".
var spanWords = map[string]bool{
	"a": true, "an": true, "one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "some": true, "few": true,
}

// openerFact tells which of the sets of words openingPronoun reads a
// clause's words in a word belongs to.
type openerFact uint8

const (
	openerPronoun openerFact = 1 << iota // of subjectPronouns
	openerSpan                           // of spanWords
	openerPeriod                         // of periodOpeners
	openerRange                          // of rangeOpeners
	openerFrame                          // of framePrepositions
)

// openerFacts holds, for every word of those sets, the sets it belongs
// to: openingPronoun looks a word up once, not once in each set. The
// sets must not change once it is made.
var openerFacts = func() map[string]openerFact {
	m := map[string]openerFact{}
	for f, set := range map[openerFact]map[string]bool{openerPronoun: subjectPronouns, openerSpan: spanWords,
		openerPeriod: periodOpeners, openerRange: rangeOpeners, openerFrame: framePrepositions} {
		for w, in := range set {
			if in {
				m[w] |= f
			}
		}
	}
	return m
}()

// spanEnds close such a phrase.
var spanEnds = map[string]bool{"later": true, "earlier": true, "afterwards": true, "after": true, "ago": true}

// openingPronoun returns the pronoun subject of a clause, lower-cased,
// and its offset: the clause's first word, or a word after a short
// opening phrase of time or place ("In 1975 she", "Two years later
// she", "From 2020 to 2025 she", "Last Tuesday he"). A clause opening with a subordinate
// clause ("When she arrived, Merkel said") has none: its pronoun may
// stand for the person named after it; nor has a quotation, whose
// pronouns are the speaker's.
func openingPronoun(c string) (string, int) {
	const maxFrame = 3
	if strings.HasPrefix(c, "\"") || strings.HasPrefix(c, "“") || strings.HasPrefix(c, "'") || strings.HasPrefix(c, "‘") {
		return "", 0 // a speaker's pronoun, inside a quotation
	}
	pos, prev := 0, ""
	elapsed := false // the phrase counts time: "Two years later"
	named := false   // the phrase names a period: "The following year"
	limit := maxFrame
	for i := 0; i <= limit; i++ {
		st, en := nextToken(c, pos)
		if st == en {
			return "", 0
		}
		w := strings.ToLower(c[st:en])
		f := openerFacts[w]
		if f&openerPronoun != 0 && (!elapsed || spanEnds[prev]) && (!named || timeUnits[prev] || weekdayNames[prev]) {
			if i > 0 && (w == "his" || w == "her") && framedOwnSubject(c, en) {
				return "", 0 // "In his closing speech, Adrian Cole said": his is Cole's
			}
			return w, st
		}
		if i == 0 {
			elapsed = f&openerSpan != 0 || isNumber(w)
			named = f&openerPeriod != 0
			if f&openerRange != 0 {
				limit += 2 // "From March 2020 to 2025"
			} else if f&openerFrame == 0 && !elapsed && !named {
				if pr, at := frontedPronoun(c, w, en); pr != "" {
					return pr, at
				}
				return gerundPhrasePronoun(c, w, en)
			}
		}
		pos, prev = en, w
	}
	return "", 0
}

// frontingWords open a phrase that may stand, closed by a comma, before
// a clause's subject: "After a postdoc at Bell Labs, she joined Oxford".
var frontingWords = map[string]bool{"after": true, "before": true, "following": true, "despite": true,
	"as": true, "like": true, "unlike": true, "with": true, "without": true, "having": true}

// maxFronted bounds the words of such a phrase.
const maxFronted = 10

// frontedPronoun returns the pronoun subject right after a phrase that
// opens clause c with the word first (ending at offset pos) and closes
// with a comma, and its offset. A phrase holding a pronoun of its own
// ("After she left, he took over") or a quotation gives none, as does a
// longer phrase.
func frontedPronoun(c, first string, pos int) (string, int) {
	if !frontingWords[first] {
		return "", 0
	}
	comma := strings.IndexByte(c[pos:], ',')
	if comma < 0 {
		return "", 0
	}
	phrase := c[pos : pos+comma]
	words := strings.Fields(phrase)
	if len(words) == 0 || len(words) > maxFronted || quoteCurlyQuotesMarks.in(phrase) {
		return "", 0
	}
	for _, w := range words {
		if subjectPronouns[strings.ToLower(strings.Trim(w, ".;:()"))] {
			return "", 0
		}
	}
	st, en := nextToken(c, pos+comma+1)
	if w := strings.ToLower(c[st:en]); subjectPronouns[w] && w != "his" && w != "her" {
		return w, st
	}
	return "", 0
}

// gerundOpeners open a phrase of what the subject did before or after,
// told with a verb in -ing: "After leaving parliament she chaired".
var gerundOpeners = map[string]bool{"after": true, "before": true, "since": true}

// maxGerundPhrase bounds the words of such a phrase after its opener.
const maxGerundPhrase = 5

// gerundPhrasePronoun returns the pronoun subject right after a short
// phrase with no comma that opens clause c with "after", "before" or
// "since" (first, ending at offset pos) and a verb in -ing: in "After
// leaving parliament she chaired the foundation" she chaired it. A
// possessive inside the phrase ("After losing her seat he") is passed
// over; another pronoun, a quotation or a longer phrase gives none.
func gerundPhrasePronoun(c, first string, pos int) (string, int) {
	if !gerundOpeners[first] {
		return "", 0
	}
	st, en := nextToken(c, pos)
	if w := c[st:en]; st == en || len(w) < 5 || !strings.HasSuffix(w, "ing") || commaQuoteCurlyQuotesMarks.in(c[pos:st]) {
		return "", 0
	}
	for i := 0; i < maxGerundPhrase; i++ {
		prev := en
		st, en = nextToken(c, en)
		if st == en || commaSemicolonColonQuoteCurlyQuotesParensMarks.in(c[prev:st]) {
			return "", 0
		}
		switch w := strings.ToLower(c[st:en]); w {
		case "he", "she", "they":
			return w, st
		case "him", "them", "it":
			return "", 0 // the phrase's object: "After meeting him they"
		}
	}
	return "", 0
}

// periodOpeners open a phrase naming a period before a clause's subject:
// "The following year he founded", "That summer she".
var periodOpeners = map[string]bool{"the": true, "that": true, "this": true, "next": true, "last": true}

// timeUnits end such a phrase ("The man he met" has none).
var timeUnits = map[string]bool{
	"year": true, "month": true, "week": true, "day": true, "decade": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "spring": true, "summer": true, "autumn": true, "winter": true, "season": true,
}

// isNumber reports a word of digits ("3 years later").
func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// nextToken returns the bounds of the first run of letters and digits in
// s at or after i.
func nextToken(s string, i int) (int, int) {
	st := -1
	for j := i; j < len(s); {
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		switch in := alnumRune(r); {
		case in && st < 0:
			st = j
		case !in && st >= 0:
			return st, j
		}
		j += size
	}
	if st < 0 {
		return len(s), len(s)
	}
	return st, len(s)
}

// alnumRune tells a letter or a digit, ASCII ones without a table
// look-up.
func alnumRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lowerIs reports whether strings.ToLower(w) == lw, for lw in lower-case
// ASCII, without a copy of an ASCII w.
func lowerIs(w, lw string) bool {
	if !isASCII(w) {
		return strings.ToLower(w) == lw
	}
	if len(w) != len(lw) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if asciiLower(w[i]) != lw[i] {
			return false
		}
	}
	return true
}

// index returns the position of sentence s among the sentences.
func (p pronouns) index(s doc.Sentence) int {
	return sort.Search(len(p.sents), func(i int) bool { return p.sents[i].Start >= s.Start })
}

// person returns the one person a "he", "she", "his" or "her" at pos in
// sentence k stands for, leaving out people whose name says they are of
// the other sex: the one person named earlier in the sentence; else the
// people of the nearest of the two sentences before that names any, if
// they are one (for a pronoun opening a paragraph, the subject they were
// introduced as the partner of); else, for a pronoun opening a paragraph,
// the person the article has named most so far (the earliest named of
// equals), as a new paragraph returns to the story's subject, also when
// the sentences before name others besides. A guess between two people
// is otherwise worse than none. Someone whom a pronoun of the other sex
// just stood for is left out too: after "He said she would return", a
// "She" is not whoever "He" was.
func (p pronouns) person(k, pos int, pron string, depth int) []string {
	if k >= len(p.sents) {
		return nil
	}
	s := p.sents[k]
	switch ps := fitting(pron, personsIn(p.mentions, doc.Span{Start: s.Start, End: pos})); len(ps) {
	case 0:
	case 1:
		return ps
	default:
		return nil
	}
	opens := k > 0 && p.sents[k-1].Para != s.Para
	others := p.otherSex(k, pron, depth)
	switch ps := p.before(k, pron, depth, others); {
	case len(ps) == 1:
		if opens && depth > 0 {
			if r, ok := p.partnerOf(ps[0], pron, depth-1); ok {
				return []string{r}
			}
		}
		return ps
	case len(ps) > 1:
		// Of several people just named, a paragraph opening with a
		// pronoun returns to the story's subject, if it is one of them
		// ("She completed her doctorate under Sir Neville Mott. ¶ In
		// 1965 she married").
		// So does a pronoun after a sentence that the story's subject
		// opens ("Keane was born in 1941, the son of a preacher, Robert
		// Keane Sr. He recorded his first single in 1958").
		// So, too, does a pronoun after a sentence naming someone
		// beside a subject the story names far more often ("Governor
		// Bache said Solberg-Nakamura brought rare judgment. She will
		// take office on 1 July"), unless it goes on speaking ("She
		// added"), as the speaker does.
		// And so does a pronoun after a sentence its subject opens that
		// names the others only as owners ("His posts include Norland's
		// envoy to the UN. He was named minister in 2019").
		if m, ok := p.mostNamed(s.Start, pron, others); ok && slices.Contains(ps, m) &&
			(opens || p.openedBy(k, depth) == m && (p.namedMost(s.Start, m) || p.onlyOwners(k, ps, m)) ||
				!p.speaks(pos, pron) && p.dominant(s.Start, m)) {
			return []string{m}
		}
		return nil
	}
	if opens {
		if m, ok := p.mostNamed(s.Start, pron, others); ok {
			return []string{m}
		}
	}
	return nil
}

// openedBy returns the first person the nearest sentence before sentence
// k that names or refers to anyone names ("Born in Bilbao in 1971, Ruiz de
// la Fuente began climbing"), or whom its opening pronoun stands for ("In
// the 1950s he moved to New York, where he played with Art Blakey"): the
// sentence's subject, as a rule.
func (p pronouns) openedBy(k, depth int) string {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		s := p.sents[j]
		if s.Boilerplate || s.End > len(p.text) {
			continue
		}
		if a, ok := p.appositiveSubject(s); ok {
			return a
		}
		if own, at := openingPronoun(p.text[s.Start:s.End]); own != "" && own != "they" && depth > 0 {
			if !hasPerson(p.mentions, doc.Span{Start: s.Start, End: s.Start + at}) {
				if rs := p.person(j, s.Start+at, own, depth-1); len(rs) == 1 {
					return rs[0]
				}
				return ""
			}
		}
		for _, m := range mentionsIn(p.mentions, s.Span) {
			if m.Type == doc.Person {
				return m.Name()
			}
		}
	}
	return ""
}

// partnerOf returns the subject of the sentence that first named name,
// when that sentence's pronoun subject stands for someone else the
// pronoun pron may stand for: a person introduced as the partner of the
// story's subject ("In 1975 she married the trumpeter Calvin Reese") does
// not take over a paragraph that opens with "Her", which returns to the
// subject.
func (p pronouns) partnerOf(name, pron string, depth int) (string, bool) {
	for _, m := range p.mentions {
		if m.Type != doc.Person || m.Canonical != name && m.Text != name {
			continue
		}
		j := sort.Search(len(p.sents), func(i int) bool { return p.sents[i].End > m.Start })
		if j >= len(p.sents) || p.sents[j].Start > m.Start {
			return "", false
		}
		s := p.sents[j]
		own, at := openingPronoun(p.text[s.Start:s.End])
		if own == "" || own == "they" || s.Start+at > m.Start {
			return "", false
		}
		rs := fitting(pron, p.person(j, s.Start+at, own, depth))
		if len(rs) == 1 && rs[0] != name {
			return rs[0], true
		}
		return "", false
	}
	return "", false
}

// fitting returns the people of ps the pronoun may stand for.
func fitting(pron string, ps []string) []string {
	if pron == "they" {
		return ps
	}
	out := ps[:0:0]
	for _, n := range ps {
		if !sex.Clashes(pron, n) {
			out = append(out, n)
		}
	}
	return out
}

// couple returns the two people a "They" opening sentence k stands for:
// those of the nearest of the two sentences before that names anyone,
// when they are exactly two ("she married Calvin Reese ... They
// divorced").
func (p pronouns) couple(k int) []string {
	if ps := p.before(k, "they", pronounDepth, nil); len(ps) == 2 {
		return ps
	}
	return nil
}

// before returns the people pron may stand for in the nearest of the two
// sentences before sentence k that names or refers to any: those named,
// and the one its own pronoun subject stands for, but for the people of
// others.
func (p pronouns) before(k int, pron string, depth int, others []string) []string {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		s := p.sents[j]
		if s.Boilerplate {
			continue
		}
		if a, ok := p.appositiveSubject(s); ok && len(fitting(pron, []string{a})) == 1 && !slices.Contains(others, a) {
			return []string{a} // "Her brother, Daniel Marsh, said …"
		}
		ps := personsIn(p.mentions, s.Span)
		if len(ps) == 0 && s.End <= len(p.text) {
			// "The governor had clashed with the government. He
			// joined the bank in 2009": the role names the person.
			if noun := roleSubject(p.text[s.Start:s.End]); noun != "" {
				ps = addName(ps, p.roleHolder(s.Start, noun))
			}
			if owned, ok := p.roleOwnerBefore(s, pron, others); ok {
				return owned // "The former mayor's family attended. His daughter …"
			}
		}
		if depth > 0 && s.End <= len(p.text) {
			if own, at := openingPronoun(p.text[s.Start:s.End]); own != "" && own != "they" {
				for _, r := range p.person(j, s.Start+at, own, depth-1) {
					if !slices.Contains(ps, r) {
						ps = append(ps, r)
					}
				}
			}
		}
		if ps = without(fitting(pron, ps), others); len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// without returns the people of ps not among others.
func without(ps, others []string) []string {
	if len(others) == 0 {
		return ps
	}
	out := ps[:0:0]
	for _, n := range ps {
		if !slices.Contains(others, n) {
			out = append(out, n)
		}
	}
	return out
}

// otherSex returns the people whom the opening pronouns of the two
// sentences before sentence k stand for when they are of the other sex
// than pron: "He said she would return. She had worked there since
// 2019" leaves out whoever "He" is, whatever the name says.
func (p pronouns) otherSex(k int, pron string, depth int) []string {
	want := sex.OfReference(pron)
	if want == sex.Unknown || depth <= 0 {
		return nil
	}
	var out []string
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		s := p.sents[j]
		if s.Boilerplate || s.End > len(p.text) {
			continue
		}
		own, at := openingPronoun(p.text[s.Start:s.End])
		if got := sex.OfReference(own); got == sex.Unknown || got == want ||
			hasPerson(p.mentions, doc.Span{Start: s.Start, End: s.Start + at}) {
			continue
		}
		if rs := p.person(j, s.Start+at, own, depth-1); len(rs) == 1 {
			out = append(out, rs[0])
		}
	}
	return out
}

// mostNamed returns the person pron may stand for, other than the people
// of others, mentioned most often before offset end, the earliest named
// of those mentioned equally often.
func (p pronouns) mostNamed(end int, pron string, others []string) (string, bool) {
	counts, order := p.personCounts(end, pron)
	best := ""
	for _, n := range order {
		if slices.Contains(others, n) {
			continue
		}
		if best == "" || counts[n] > counts[best] {
			best = n
		}
	}
	return best, best != ""
}

// personCounts counts the mentions of each person named before end whom
// the pronoun pron may stand for (any person when pron is ""), and lists
// them in the order first named.
func (p pronouns) personCounts(end int, pron string) (map[string]int, []string) {
	counts := map[string]int{}
	var order []string
	for _, m := range p.mentions {
		if m.Start >= end {
			break
		}
		if m.Type != doc.Person {
			continue
		}
		name := m.Name()
		if name == "" || pron != "" && sex.Clashes(pron, name) {
			continue
		}
		if counts[name] == 0 {
			order = append(order, name)
		}
		counts[name]++
	}
	return counts, order
}

// namedMost reports whether the article, before end, names name more often
// than anyone else: a story's subject, not one of two people named alike.
func (p pronouns) namedMost(end int, name string) bool {
	counts, _ := p.personCounts(end, "")
	for n, c := range counts {
		if n != name && c >= counts[name] {
			return false
		}
	}
	return true
}

// minDominant is how many times, at the least, a story names its subject
// before a pronoun may stand for it beside others (dominant).
const minDominant = 3

// dominant reports whether the article, before end, names name at least
// minDominant times and at least twice as often as anyone else: a subject
// no one else in the story rivals.
func (p pronouns) dominant(end int, name string) bool {
	counts, _ := p.personCounts(end, "")
	if counts[name] < minDominant {
		return false
	}
	for n, c := range counts {
		if n != name && 2*c > counts[name] {
			return false
		}
	}
	return true
}

// speaks reports whether the pronoun pron at pos is the subject of a verb
// of saying: "She added", "He told reporters".
func (p pronouns) speaks(pos int, pron string) bool {
	return attributionVerbs[nextWord(p.text[pos+len(pron):])]
}

// withSharedSubject adds to names, the participants of the clause sum cut
// from sentence s at a bare "and", the subject the clause shares with the
// sentence's first: "Ardent Capital froze withdrawals in June 2023 and
// filed for bankruptcy two weeks later" files for Ardent Capital.
func withSharedSubject(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	if sum.Start <= s.Start || !strings.HasSuffix(p.text[s.Start:sum.Start], " and ") {
		return names
	}
	if r, _ := utf8.DecodeRuneInString(p.text[sum.Start:]); !unicode.IsLower(r) || determiners[nextWord(p.text[sum.Start:sum.End])] {
		return names // a subject of its own: "and Kemp voted", "and the council voted"
	}
	st := s.Start + datelineEnd(p.text[s.Start:sum.Start])
	if p.ownedSubject(doc.Span{Start: st, End: sum.Start}) {
		// "Her first feature (a drama) premiered in 1968 and was banned
		// the following year": the film was banned, not its owner.
		return names
	}
	head := doc.Span{Start: s.Start, End: sum.Start}
	names = withPronounSubject(p, s, head, names)
	// A named subject: the names starting among the capitalised words
	// that open the sentence, after any dateline.
	end := st
	for {
		ws, we := nextToken(p.text[:sum.Start], end)
		r, _ := utf8.DecodeRuneInString(p.text[ws:])
		if ws == we || !unicode.IsUpper(r) || strings.TrimSpace(p.text[end:ws]) != "" {
			break
		}
		end = we
	}
	i := sort.Search(len(p.mentions), func(i int) bool { return p.mentions[i].Start >= st })
	for ; i < len(p.mentions) && p.mentions[i].Start < end; i++ {
		n := p.mentions[i].Canonical
		if n == "" {
			n = p.mentions[i].Text
		}
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// possessivePronouns open a noun phrase a person owns ("Her first
// feature").
var possessivePronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// ownedSubject reports whether the stretch sp of a sentence opens with a
// noun phrase owned by someone, a possessive pronoun or a name in "'s"
// ("Her first feature", "De la Vega's second film"), whose subject is
// the thing owned, not the owner.
func (p pronouns) ownedSubject(sp doc.Span) bool {
	if possessivePronouns[nextWord(p.text[sp.Start:sp.End])] {
		return true
	}
	ms := mentionsIn(p.mentions, sp)
	return len(ms) > 0 && strings.TrimSpace(p.text[sp.Start:ms[0].Start]) == "" && possessed(p.text, ms[0].End)
}

// maxAppositiveHead bounds the words of the noun phrase an appositive
// name follows at the opening of a sentence ("The company's founder").
const maxAppositiveHead = 5

// appositiveSubject returns the person a sentence opens with when it
// names them after a noun phrase of kin or role, set off by commas: "Her
// brother, Daniel Marsh, said …", "The company's founder, Jane Doe,
// said …". The name, not the possessor the phrase opens with, is the
// sentence's subject, whom a pronoun opening the next sentence stands
// for.
func (p pronouns) appositiveSubject(s doc.Sentence) (string, bool) {
	if s.End > len(p.text) {
		return "", false
	}
	c := strings.IndexByte(p.text[s.Start:s.End], ',')
	if c < 0 {
		return "", false
	}
	head := strings.Fields(p.text[s.Start : s.Start+c])
	if len(head) < 2 || len(head) > maxAppositiveHead || !inLower(determiners, head[0]) && !possessiveWord(head[0]) {
		return "", false
	}
	for _, w := range lowerWords(strings.Join(head[1:], " ")) {
		if stopWords[w] && !determiners[w] {
			return "", false // "In the end, Marsh …": a phrase, not a noun
		}
	}
	ms := mentionsIn(p.mentions, doc.Span{Start: s.Start + c, End: s.End})
	if len(ms) == 0 || ms[0].Type != doc.Person || strings.TrimSpace(p.text[s.Start+c+1:ms[0].Start]) != "" ||
		!strings.HasPrefix(p.text[ms[0].End:], ",") {
		return "", false
	}
	return ms[0].Name(), true
}

// framedOwnSubject reports whether the opening phrase of clause c, which
// holds a possessive ending at offset pos, closes with a comma before a
// subject of the clause's own, a name or a noun phrase: in "In his
// closing speech on Wednesday, Adrian Cole said" or "At her first
// hearing, the judge warned" the possessive most likely stands for that
// subject, so it names no one else.
func framedOwnSubject(c string, pos int) bool {
	comma := strings.IndexByte(c[pos:], ',')
	if comma < 0 || semicolonColonQuoteCurlyQuotesMarks.in(c[pos:pos+comma]) {
		return false
	}
	st, en := nextToken(c, pos+comma+1)
	if st == en {
		return false
	}
	w := c[st:en]
	lw := strings.ToLower(w)
	if subjectPronouns[lw] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || lw == "the"
}
