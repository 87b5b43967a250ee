package events

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/internal/swar"
	"newsbot/extract/timex"
)

// Sentences up to this many bytes are their own summary; longer ones are
// cut to the clause around the time expression.
const (
	shortSentence = 320
	minClause     = 60
)

// clauseOpeners start a new clause when they follow a comma.
var clauseOpeners = map[string]bool{
	"and": true, "but": true, "while": true, "although": true, "though": true, "whereas": true,
	"which": true, "who": true, "as": true, "when": true, "where": true, "because": true,
	"since": true, "prompting": true, "according": true, "adding": true, "saying": true,
	"after": true, "before": true, "with": true, "despite": true, "thus": true, "however": true,
}

// joiners are dropped from the start of a clause cut out of a sentence.
var joiners = map[string]bool{
	"and": true, "but": true, "while": true, "whereas": true, "although": true, "though": true,
	"as": true, "thus": true, "however": true,
}

// leadWords are dropped from the start of a summary.
var leadWords = map[string]bool{
	"and": true, "but": true, "or": true, "so": true, "yet": true, "however": true,
	"meanwhile": true, "also": true, "then": true, "still": true, "nonetheless": true,
	"nevertheless": true, "moreover": true, "furthermore": true,
}

// quoteLead is the first byte of "“" and "”" in UTF-8 (TestQuoteLead).
const quoteLead = 0xe2

// cutMarks are the bytes the cut of a line at its sentences reads in
// clause: the stops, the straight quote mark and quoteLead.
var cutMarks = func() (m [256]bool) {
	for _, c := range []byte{'.', '?', '!', '"', quoteLead} {
		m[c] = true
	}
	return m
}()

// clause returns the summary span for a time expression inside sentence
// sent: the whole sentence when short, else the clause holding the
// expression, widened while it is too short to read on its own, but never
// over a bare "and" into another date's clause. others, the sentence's
// dated expressions when it dates two events ("the consultation runs
// from Monday, and a final vote is scheduled for January 19"), cuts a
// short sentence too, also at a bare "and" between two dates ("moved to
// New York in 1967 and recorded an album two years later").
func clause(text string, sent, t doc.Span, others []doc.Span) doc.Span {
	split := others != nil
	st, en := trim(text, sent.Start, sent.End)
	// In a huge "sentence" (a text without line breaks) only the stretch
	// around the expression is looked at.
	const reach = 2000
	if en-st > 2*reach {
		st, en = spaceAfter(text, max(st, t.Start-reach), t.Start), spaceBefore(text, min(en, t.End+reach), t.End)
	}
	// A line holding several sentences (no segmenter ran) is first cut
	// to the sentence holding the expression, never inside a quotation:
	// the segmenter keeps a quotation of several sentences with its
	// attribution, and so does the summary.
	quoted := false
	for i := st; i < en; i++ {
		c := text[i]
		if !cutMarks[c] {
			continue // neither a quote mark nor a stop: nothing below reads it
		}
		switch {
		case c == '"':
			quoted = !quoted
		case c != quoteLead: // the first byte of both curly quotes
		case strings.HasPrefix(text[i:en], "“"):
			quoted = true
		case strings.HasPrefix(text[i:en], "”"):
			quoted = false
		}
		if c != '.' && c != '?' && c != '!' || quoted {
			continue
		}
		j := i + 1 // past the stop and any closing quotes
		for j < en && strings.ContainsRune("”\"’'", rune(text[j])) {
			j++
		}
		for j < en && strings.HasPrefix(text[j:en], "”") {
			j += len("”")
		}
		before := strings.TrimRight(text[st:i], "”\"’'")
		if !sentenceEnd(before, text[j:en]) {
			continue
		}
		if j <= t.Start {
			st = j
		} else if i >= t.End {
			en = j
			break
		}
	}
	st, en = trim(text, st, en)
	if lo, hi, ok := relativeClause(text, st, en, t); ok {
		return leadTrim(text, lo, hi)
	}
	if c, ok := futureCut(text, st, t.Start); ok {
		// "Dalmont have accepted a fee, Liu will fly to Port Sellan on
		// Thursday": the plan is a clause of its own.
		st = c
	}
	short := en-st <= shortSentence
	if short && !split {
		st, en = semicolonClause(text, st, en, t)
		return leadTrim(text, st, en)
	}
	cuts := []int{st}
	// Cuts before a second predicate of the subject (a bare "and", a
	// comma and "then", or an auxiliary after a date), which no clause widens
	// over.
	hard := map[int]bool{}
	for i := st; i < en; {
		if c := text[i]; c < utf8.RuneSelf && !clauseCutBytes[c] && (c != ' ' || !split) {
			i++ // an ASCII byte no case below reads
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '(' {
			if c := parenAside(text, i, en, t); c > i {
				i = c // no clause ends inside "(NASDAQ: LMFD)"
				continue
			}
		}
		switch {
		case r == ';' || r == '—' || r == '–' || r == ':' && !clockColon(text, i):
			cuts = append(cuts, i+size)
		case r == ',':
			// A short sentence is cut only between coordinated
			// clauses, each a statement of its own; a relative or
			// adverbial clause stays with the one it depends on,
			// unless another date dates it.
			w := nextWord(text[i+size : en])
			second := split && secondPredicate(text[:en], i, w, others)
			after := split && datedAfter(text[:en], i, w, others)
			where := split && datedRelative(text[:en], i, w, others)
			counted := split && countOpens(text[:en], i, others)
			future := split && futureAfterPast(text[:en], cuts[len(cuts)-1], i)
			if clauseOpeners[w] && (!short || joiners[w]) || second || after || where || counted || future || split && datedComma(text[:en], i, w, others) {
				cuts = append(cuts, i+size)
			}
			if second || after || where || counted || future {
				hard[i+size] = true
			}
		case r == ' ' && split && bareAnd(text[:en], i, t, others):
			cuts = append(cuts, i+1)
			hard[i+1] = true
		}
		i += size
	}
	cuts = append(cuts, en)
	// The segment holding the expression, then neighbours until long
	// enough, never over a bare "and" into another date's clause.
	k := 0
	for k+1 < len(cuts)-1 && cuts[k+1] <= t.Start {
		k++
	}
	a, b := k, k+1
	least := minClause
	if short {
		// The other clauses of a short sentence date other events:
		// a clause of half a line reads on its own.
		least = minClause / 2
	}
	// A participle phrase before a pronoun subject reads on its own
	// ("Born in Budapest in 1941, he fled to Sweden in 1956"): it is not
	// widened into another date's clause. Before a name it keeps the
	// name ("Born in Leeds in 1937, Whitcombe studied physics").
	own := participleOpening(text[cuts[a]:cuts[b]]) && commaSubjects[nextWord(text[cuts[b]:en])]
	for cuts[b]-cuts[a] < least {
		if b < len(cuts)-1 && !hard[cuts[b]] && !(own && otherDateIn(cuts[b], cuts[b+1], t, others)) {
			b++
		} else if a > 0 && !hard[cuts[a]] && !(own && otherDateIn(cuts[a-1], cuts[a], t, others)) {
			a--
		} else {
			break
		}
	}
	lo, hi := min(cuts[a], t.Start), max(cuts[b], t.End)
	lo, hi = trim(text, lo, hi)
	// A clause cut from the middle of a sentence loses the word that
	// joined it to the rest ("while Putin met ..." reads "Putin met ..."),
	// and a phrase cut at its "after" reads as the happening it names.
	if w := nextWord(text[lo:hi]); lo > st && (joiners[w] || (w == "after" || relativeAdverbs[w]) && hard[cuts[a]]) && lo+len(w) < t.Start {
		lo, hi = trim(text, lo+len(w), hi)
	}
	return leadTrim(text, lo, hi)
}

// clauseCutBytes are the ASCII bytes at which clause may cut a sentence
// into clauses (and the space, read only when the sentence is split).
var clauseCutBytes = [utf8.RuneSelf]bool{'(': true, ';': true, ':': true, ',': true}

// otherDateIn reports whether the stretch [lo, hi) holds a dated
// expression of the sentence other than t.
func otherDateIn(lo, hi int, t doc.Span, others []doc.Span) bool {
	for _, o := range others {
		if o != t && o.Start >= lo && o.End <= hi {
			return true
		}
	}
	return false
}

// participleOpening reports whether a clause opens with a past
// participle that makes it a phrase of its own: "Born in Budapest in
// 1941", "Elected in 1979".
func participleOpening(clause string) bool {
	w := nextWord(clause)
	return w == "born" || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// semicolonClause returns the stretch of text[st:en] between the
// semicolons around the expression at t: two clauses a semicolon joins
// are two statements, and a time in one does not date the other ("Its
// maiden flight ended in failure; the second flight, the following
// year, reached orbit"). A sentence quoting someone is left whole.
func semicolonClause(text string, st, en int, t doc.Span) (int, int) {
	if hasQuoteMark(text[st:en]) {
		return st, en
	}
	if i := strings.LastIndexByte(text[st:t.Start], ';'); i >= 0 {
		st += i + 1
	}
	if i := strings.IndexByte(text[t.End:en], ';'); i >= 0 {
		en = t.End + i
	}
	return trim(text, st, en)
}

// ingPrepositions end in "-ing" but open a phrase of the clause before,
// not a participle clause of its own: "demands from 2021, including
// states that joined after 1997".
var ingPrepositions = map[string]bool{
	"including": true, "excluding": true, "according": true, "following": true, "regarding": true,
	"concerning": true, "during": true, "notwithstanding": true, "involving": true, "pending": true,
}

// datedComma reports whether the comma at offset i, followed by the word
// w, parts two dated stretches of a sentence that dates two events: an
// opening phrase ending in a date and the subject after it ("Born in
// Leeds on 14 May 1937, Whitcombe studied physics", "…, he fled"), or a
// participle clause ("…, graduating in 1958").
func datedComma(text string, i int, w string, others []doc.Span) bool {
	if len(w) > 5 && strings.HasSuffix(w, "ing") && !stopWords[w] && !ingPrepositions[w] {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[i+1:], " "))
		return unicode.IsLower(r)
	}
	for _, o := range others {
		if o.End == i || o.End < i && placeAfterDate(text[o.End:i]) {
			// A pronoun subject opens the clause as a name does: "Born
			// in Budapest in 1941, he fled to Sweden in 1956"; so does
			// a name opening with a particle ("Born in 1938 in
			// Marseille, de la Croix joined").
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[i+1:], " "))
			return (unicode.IsUpper(r) || commaSubjects[w] || particleName(text[i+1:])) && !attributionOnly(text[i+1:])
		}
	}
	return false
}

// placeAfterDate reports whether s, between a date and the comma closing
// an opening phrase, is a short place phrase: " in Marseille".
func placeAfterDate(s string) bool {
	if lead := strings.TrimLeftFunc(s, unicode.IsSpace); !strings.HasPrefix(lead, "in") && !strings.HasPrefix(lead, "at") {
		return false
	}
	ws := leadingFields(s, 5)
	return len(ws) >= 2 && len(ws) <= 4 && (ws[0] == "in" || ws[0] == "at") &&
		!commaSemicolonColonQuoteCurlyQuotesParensMarks.in(s) && unicode.IsUpper([]rune(ws[1])[0])
}

// leadingFields returns the first n or fewer words of s as strings.Fields
// splits them, without looking at the rest of s.
func leadingFields(s string, n int) []string {
	return leadingFieldsInto(nil, s, n)
}

// leadingFieldsInto is leadingFields appending the words to room[:0],
// whose room it uses (a caller's array on its stack spares the words a
// slice of their own); nil when there is no word.
func leadingFieldsInto(room []string, s string, n int) []string {
	var out []string
	for len(out) < n {
		i, j := firstField(s)
		if i == j {
			break
		}
		if out == nil {
			out = room[:0]
			if cap(out) < n {
				out = make([]string, 0, n) // room for all n at once
			}
		}
		out = append(out, s[i:j])
		s = s[j:]
	}
	return out
}

// nextField returns the first word of s as strings.Fields splits it,
// and the rest of s after that word; "" when s holds no word.
func nextField(s string) (w, rest string) {
	i, j := firstField(s)
	return s[i:j], s[j:]
}

// firstField returns where the first word of s, as strings.Fields splits
// it, starts and ends; both are len(s) when s holds no word. An ASCII
// byte is a space by a table; only a rune beyond ASCII is decoded and
// asked of unicode.IsSpace, as strings.TrimLeftFunc and IndexFunc would.
func firstField(s string) (start, end int) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return i, j
}

// asciiSpace marks the ASCII bytes unicode.IsSpace holds for spaces.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// particleName reports whether s opens with a name whose first words are
// lower-case particles: "de la Croix", "van der Berg".
func particleName(s string) bool {
	i := 0
	for w := range strings.FieldsSeq(s) {
		if nameParticles[w] && w != "of" {
			i++
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		return i > 0 && unicode.IsUpper(r)
	}
	return false
}

// commaSubjects are the pronouns that may open the main clause after an
// opening phrase ending in a date.
var commaSubjects = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true}

// countOpens reports whether the phrase after the comma at offset i
// opens with a dated stretch counted from the day before the comma:
// "quit on Monday, two days after a private meeting", "arrived on
// Monday, just a week before the summit".
func countOpens(text string, i int, others []doc.Span) bool {
	for _, o := range others {
		if o.Start <= i || o.Start-i > maxCountGap || o.End > len(text) || !countLink(text[i:o.Start]) {
			continue
		}
		w := nextWord(text[o.End:])
		return w == "after" || w == "before"
	}
	return false
}

// maxCountGap bounds the bytes between a comma and the counted stretch
// after it: ", just", ", only some".
const maxCountGap = 32

// maxAttributionWords is the most words of an attribution closing a
// sentence ("Buckingham Palace said on Monday").
const maxAttributionWords = 8

// attributionOnly reports whether the rest of a sentence after a comma
// only says who said it and when: "…, Buckingham Palace said on
// Monday." A reporting clause alone is no event, and the sentence is
// the row of both its dates.
func attributionOnly(rest string) bool {
	if wordsExceed(rest, maxAttributionWords) {
		return false
	}
	ws := lowerWords(rest)
	if len(ws) < 2 || len(ws) > maxAttributionWords {
		return false
	}
	for i, w := range ws {
		if auxiliaries[w] || w == "that" || w == "and" {
			return false
		}
		if attributionVerbs[w] {
			// Only when, where or to whom it was said may follow:
			// "China announced budget deficits for 1986" is news.
			for _, x := range ws[i+1:] {
				if !attributionTail[x] && !stopWords[x] {
					return false
				}
			}
			return i > 0
		}
	}
	return false
}

// relativeAdverbs open a clause on the place just named. A "when"
// clause tells what happened at the time just named ("in June 1986, when
// they rose 4.4 pct from a year earlier"): its other time is no event.
var relativeAdverbs = map[string]bool{"where": true}

// datedRelative reports whether the comma at offset i, followed by the
// word w, opens a clause on the place of a dated expression right
// before it that holds a date of its own: in "The couple will
// visit Oxford on Wednesday, where the emperor studied between 1983 and
// 1985" the visit and the studies are two events.
func datedRelative(text string, i int, w string, others []doc.Span) bool {
	if !relativeAdverbs[w] {
		return false
	}
	dated, later := false, false
	for _, o := range others {
		dated = dated || o.End == i
		later = later || o.Start > i
	}
	return dated && later
}

// maxAfterWords is the most words from an "after" to the date of the
// happening it names.
const maxAfterWords = 8

// datedAfter reports whether the comma at offset i, followed by the word
// w, opens a phrase with "after" that names a happening of another date
// of the sentence: "will vote on Thursday on whether to sell the car
// park, after a heated committee meeting on Monday night" dates the vote
// and the meeting apart.
func datedAfter(text string, i int, w string, others []doc.Span) bool {
	if w != "after" {
		return false
	}
	for _, o := range others {
		if o.Start <= i || o.Start > len(text) {
			continue
		}
		between := text[i+1 : o.Start]
		if !clauseMarks.in(between) && len(strings.Fields(between)) <= maxAfterWords {
			return true
		}
	}
	return false
}

// secondPredicate reports whether the comma at offset i, followed by the
// word w, opens a second predicate of the sentence's subject in a
// sentence that dates two events: "then" or "and then" ("stopped
// performing in 1987, then returned the following year"), or an
// auxiliary right after a dated phrase ("The dam, built in 1962, was
// inspected in 2024").
func secondPredicate(text string, i int, w string, others []doc.Span) bool {
	rest := strings.TrimLeft(text[i+1:], " ")
	if w == "then" || w == "and" && nextWord(rest[len(w):]) == "then" {
		return true
	}
	if !auxiliaries[w] {
		return false
	}
	for _, o := range others {
		if o.End == i {
			return true
		}
	}
	return false
}

// subjectAhead reports whether a clause opens with a noun phrase after a
// determiner and an auxiliary within a few words: "its last patient
// visit was", not the second object of "won three contracts in 2019 and
// a fourth last year".
func subjectAhead(s string) bool {
	const maxSubjectWords, maxSubjectBytes = 5, 80
	ws := lowerWords(s[:min(len(s), maxSubjectBytes)])
	if len(ws) < 2 || !determiners[ws[0]] {
		return false
	}
	for _, w := range ws[1:min(len(ws), maxSubjectWords+1)] {
		if auxiliaries[w] {
			return true
		}
	}
	return false
}

// bareAnd reports whether the text at offset i opens with " and " (or
// " but ") right after a dated expression, joining the clause of t to the clause
// of another: one lies before the "and", the other after it, and a
// lower-case content word, not a date, follows the "and" ("between 1998
// and 2005" is one stretch of time, "Management and Coordination Agency"
// one name, "unusual writeoffs and depreciation charges" one object). An
// auxiliary verb after the "and" opens a second predicate of the subject
// ("was elected in 1979 and was awarded the Royal Medal in 1991"), a
// determiner a clause with a subject of its own ("began on 1 March 2023
// and its last patient visit was on 14 August 2025").
func bareAnd(text string, i int, t doc.Span, others []doc.Span) bool {
	var rest string
	switch {
	case strings.HasPrefix(text[i:], " and "):
		rest = text[i+len(" and "):]
	case strings.HasPrefix(text[i:], " but "):
		rest = text[i+len(" but "):] // "tested positive in 2019 but was cleared the following year"
	default:
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	verb := rest
	if w := nextWord(rest); predicateAdverbs[w] {
		verb = rest[len(w):] // "and last sold in 1989"
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) || stopWords[nextWord(verb)] && !auxiliaries[nextWord(verb)] && !subjectAhead(rest) {
		return false
	}
	next := len(text) - len(rest)
	afterDate := false
	for _, o := range others {
		if o.Start == next {
			return false
		}
		afterDate = afterDate || o.End == i || predicateAfterPhrase(text, o, i, verb)
	}
	if !afterDate {
		return false
	}
	for _, o := range others {
		if o != t && (o.End <= i && t.Start >= next || t.End <= i && o.Start >= next) {
			return true
		}
	}
	return false
}

// predicateAfterPhrase reports whether the bare "and" at offset i, with
// verb the text after it, opens a second predicate after the phrase that
// follows the date at o: the date is the time of its clause, not a
// possessive, a short phrase lies between, and a verb in the past (or an
// auxiliary) follows the "and".
func predicateAfterPhrase(text string, o doc.Span, i int, verb string) bool {
	return o.End < i && pastPredicate(verb) && dateTail(text[o.End:i]) && framed(text[:o.Start]) &&
		!possessive(text, o) && !possessed(text, o.End)
}

// maxTailWords is the most words between a date and a bare "and" that
// opens a second predicate after the date's phrase.
const maxTailWords = 8

// dateTail reports whether s, the text between a date and a bare "and",
// is a short phrase of the same clause: "for the score of \"The Silent
// Harbour\"" in "won an Academy Award in 1984 for the score of \"The
// Silent Harbour\" and received the Polar Music Prize in 2003".
func dateTail(s string) bool {
	return !commaSemicolonColonParensDashesMarks.in(s) && len(strings.Fields(s)) <= maxTailWords
}

// framed reports whether before, the text up to a date, ends in a
// preposition that makes the date the time of its clause ("won an award
// in 1984"), not of a thing it names ("the 2011 dock strike"; the caller
// leaves out a possessive: "in Sunday's election").
func framed(before string) bool {
	ws := lowerWords(before[max(0, len(before)-20):])
	return len(ws) > 0 && framePrepositions[ws[len(ws)-1]]
}

// pastPredicate reports whether s opens with an auxiliary or a verb in
// the past tense ("was", "received", "became"): after a bare "and" it is
// a second predicate of the subject, not a second object.
func pastPredicate(s string) bool {
	w := nextCompound(s)
	return auxiliaries[w] || irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") || shortPast[w]
}

// shortPast are the past tenses of four letters that the "-ed" test of
// pastPredicate leaves out ("need" and "seed" are no past): "was born in
// 1931 in Leeds and died in 2004".
var shortPast = toSet(`died tied lied used owed eyed`)

// predicateAdverbs may stand between a bare "and" and the verb of a
// second predicate: "was painted in 1962 and last sold in 1989".
var predicateAdverbs = map[string]bool{
	"last": true, "later": true, "then": true, "again": true, "also": true,
	"finally": true, "subsequently": true, "eventually": true, "never": true,
}

// relativeClause cuts a sentence whose time expression sits in a
// relative clause on its subject to the subject and that clause: in "Van
// der Merwe, who founded the company in 2011, added that jobs were at
// risk" 2011 dates "Van der Merwe, who founded the company in 2011", not
// what he added (and so after an age: "Dempsey, 61, who led …", and in
// a participle phrase when the main clause has a time of its own: "The
// bridge, opened in 2017, fell on the 3rd").
// The subject must open the sentence, a few words without a comma, the
// expression must sit in the clause's first stretch, and the main clause
// must follow the clause's closing comma.
func relativeClause(text string, st, en int, t doc.Span) (int, int, bool) {
	const maxSubjectWords = 6
	c := strings.IndexByte(text[st:t.Start], ',')
	aged := false
	if c >= 0 {
		// An age set off after the name is part of the subject:
		// "Dempsey, 61, who led the city from 2015 to 2023, took …".
		if a := strings.IndexByte(text[st+c+1:t.Start], ','); a >= 0 && isNumber(strings.TrimSpace(text[st+c+1:st+c+1+a])) {
			c, aged = c+1+a, true
		}
	}
	if c < 0 || strings.Contains(text[st+c+1:t.Start], ",") || subjectUnitsAbove(text[st:st+c], maxSubjectWords) {
		return 0, 0, false
	}
	clausal := clauseBeforeName(text[st:st+c], maxSubjectWords)
	c += st
	w := nextWord(text[c+1 : t.Start])
	participle := w != "who" && w != "which" && w != "whose" && !appositiveRelative(text[c+1:t.Start]) && !appositiveParticiple(text[st:c], text[c+1:t.Start])
	// After an age a past form is the main verb ("Bellandi, 45, refereed
	// his first international in 2004").
	if participle && (aged || !pastParticiple(w)) {
		return 0, 0, false
	}
	e := strings.IndexByte(text[t.End:en], ',')
	if e < 0 {
		return 0, 0, false
	}
	e += t.End
	if semicolonColonMarks.in(text[st:e]) || !closedQuotes(text[st:e]) && !quotedAfterThat(text[st:e]) && !(!hasQuoteMark(text[st:c]) && quotedTitlesOnly(text[c:e])) || len(strings.Fields(text[e+1:en])) < 3 {
		return 0, 0, false
	}
	// A participle phrase (or a relative clause on the object of a clause,
	// clauseBeforeName, that holds another time of its own) keeps its
	// date to itself only when the main clause names its own time: "The
	// mine, opened in 1998, employs 600 people" is told of the mine as it
	// stands.
	if (participle || clausal && otherTimeIn(text, c+1, e, t)) && len(timex.Find(text[e+1:en], nil, time.Time{})) == 0 {
		return 0, 0, false
	}
	return st, e, true
}

// appositiveRelative reports whether the words between a subject's
// comma and its time open an appositive whose relative clause holds the
// time: "Moreau, a former judge who took office in 2019, said" dates
// the judge's taking office, told with the name, not what Moreau said.
func appositiveRelative(s string) bool {
	const maxAppositiveWords = 6
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) < 3 || ws[0] != "a" && ws[0] != "an" && ws[0] != "the" {
		return false
	}
	for i, w := range ws[1:min(len(ws), maxAppositiveWords+1)] {
		if w == "who" || w == "which" || w == "whose" {
			return i > 0
		}
	}
	return false
}

// pastParticiple reports whether a word may open a participle phrase
// that qualifies a subject like a relative clause: "The bridge, opened
// in 2017, fell", "Moreau, born in 1966, joined".
func pastParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast[w] || irregularParticiples[w]
}

// irregularParticiples are past participles unlike their past tense,
// which may open a phrase on a subject: "born in 1966", "known in the
// 1990s as".
var irregularParticiples = toSet(`born known given taken chosen written shown grown drawn thrown
	broken stolen driven hidden forgotten`)

// spaceAfter returns the first space at or after i (at most limit).
func spaceAfter(text string, i, limit int) int {
	for i < limit && text[i] != ' ' {
		i++
	}
	return i
}

// spaceBefore returns the last space at or before i (at least limit).
func spaceBefore(text string, i, limit int) int {
	for i > limit && text[i-1] != ' ' {
		i--
	}
	return i
}

// sentenceEnd reports whether a full stop between before and after ends
// a sentence: a space and a capital follow, and the word before is not an
// abbreviation ("Mr.", "U.S.").
func sentenceEnd(before, after string) bool {
	if len(after) < 2 || after[0] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(after[1:]); !unicode.IsUpper(r) && r != '“' && r != '"' {
		return false
	}
	i := len(before)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	w := before[i:]
	return utf8.RuneCountInString(w) >= 3 && !(i > 0 && before[i-1] == '.') && !inLower(titleAbbreviations, w)
}

// titleAbbreviations are the titles written short before a name, whose
// stop ends no sentence: "Peter Vance, Gov. Margaret Halloran's chief of
// staff, resigned".
var titleAbbreviations = map[string]bool{
	"gov": true, "sen": true, "rep": true, "gen": true, "col": true, "sgt": true, "capt": true, "adm": true,
	"cmdr": true, "insp": true, "supt": true, "atty": true, "pres": true, "prof": true, "rev": true,
	"hon": true, "msgr": true, "maj": true, "brig": true, "det": true, "cllr": true, "mrs": true,
}

func nextWord(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	// An ASCII word is read by its bytes; lowering ASCII keeps it ASCII.
	upper := false
	for j := i; j < len(s); j++ {
		switch c := s[j]; {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			upper = true
		case c >= utf8.RuneSelf:
			return nextWordRunes(s[i:]) // a letter beyond ASCII may go on the word
		default:
			if upper {
				return swar.LowerASCII(s[i:j])
			}
			return s[i:j]
		}
	}
	if upper {
		return swar.LowerASCII(s[i:])
	}
	return s[i:]
}

// nextWordRunes is nextWord of s, its leading spaces trimmed, read rune
// by rune.
func nextWordRunes(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// hasQuoteMark reports whether s holds a straight or curly double
// quotation mark, as strings.ContainsAny(s, "\"“”") does, by byte
// searches rather than by rune.
func hasQuoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || hasCurlyQuote(s)
}

// trim drops spaces and clause punctuation from both ends.
func trim(text string, st, en int) (int, int) {
	for st < en {
		r, size := utf8.DecodeRuneInString(text[st:en])
		if !unicode.IsSpace(r) && !strings.ContainsRune(",;:—–-", r) {
			break
		}
		st += size
	}
	for en > st {
		r, size := utf8.DecodeLastRuneInString(text[st:en])
		if !unicode.IsSpace(r) && !strings.ContainsRune(",;:—–-", r) {
			break
		}
		en -= size
	}
	return st, en
}

// leadTrim drops leading conjunctions and sentence adverbs ("But",
// "Meanwhile,") so that the summary reads as a statement.
func leadTrim(text string, st, en int) doc.Span {
	if d := datelineEnd(text[st:en]); d > 0 && en-(st+d) >= 20 {
		st = st + d
	}
	for {
		w := nextWord(text[st:en])
		if !leadWords[w] || len(w) >= en-st {
			break
		}
		ns, ne := trim(text, st+len(w), en)
		if ne-ns < 20 {
			break
		}
		st, en = ns, ne
	}
	return doc.Span{Start: st, End: en}
}

// datelineEnd returns where a wire dateline opening s ends ("PORTMORE —
// ", "CAPE TOWN (Reuters) - ", "WASHINGTON, Dec 3 (AP) — ", "KESSA, March
// 10 - "), or 0: the place the story was filed from is no part of what
// happened.
func datelineEnd(s string) int {
	n := capsDatelineEnd(s)
	return n + placeDatelineEnd(s[n:])
}

// capsDatelineEnd returns where a dateline opening with a place or an
// agency in capitals ends ("PORTMORE — ", "KESSA, March 10 - "), or 0.
func capsDatelineEnd(s string) int {
	i, caps := 0, 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			caps++
		} else if c != ' ' && c != '.' && c != '\'' && (c != '-' || i+1 >= len(s) || s[i+1] == ' ') {
			break
		}
	}
	if caps < 3 {
		return 0
	}
	rest := s[i:]
	// An optional ", Dec 3" and "(Agency)" before the dash; a press
	// release's longer ", Calif., Monday, November 2, 2026" holds a date.
	if strings.HasPrefix(rest, ",") {
		head := rest[:min(len(rest), 52)]
		j := openParenDashesMarks.firstIn(head)
		if h := strings.Index(head, " - "); h >= 0 && (j < 0 || h < j) {
			j = h + 1
		}
		if j < 0 || j > 24 && (j > 44 || !asciiDigits.in(head[:j])) {
			return 0
		}
		rest = rest[j:]
	}
	if strings.HasPrefix(rest, "(") {
		j := strings.IndexByte(rest, ')')
		if j < 0 || j > 40 {
			return 0
		}
		rest = strings.TrimLeft(rest[j+1:], " ")
	}
	for _, dash := range []string{"— ", "– ", "- ", "-- "} {
		if strings.HasPrefix(rest, dash) {
			return len(s) - len(rest) + len(dash)
		}
	}
	return 0
}

// futureWords mark a clause as reporting something planned or expected.
var futureWords = map[string]bool{
	"will": true, "shall": true, "expected": true, "expects": true, "scheduled": true,
	"plans": true, "planned": true, "planning": true, "due": true, "set": true, "upcoming": true,
	"next": true, "predicted": true, "anticipated": true, "slated": true, "intends": true,
	"aims": true, "going": true, "later": true, "tomorrow": true, "would": true, "could": true,
	// A schedule in the present tense: "the restrictions take effect on
	// 1 June", "the summit opens on Monday", "talks resume on Friday"
	// (the verbs are timex.IsScheduleVerb). Only a date after the
	// article's is ever tested, where the present can only be a schedule.
	"effect": true, "force": true, "forecast": true, "forecasts": true,
	// A state in force until a later date: "her ban runs until June
	// 2028", "the exhibition lasts until May".
	"runs": true, "lasts": true,
	// An agreement's obligations lie ahead: "it commits Turkey to
	// releasing water during the summer months".
	"commits": true, "obliges": true, "obligates": true, "binds": true,
	// A promise or a hope is of what is to come: "has promised to
	// accelerate land reform before he leaves office in August".
	"promised": true, "promises": true, "pledged": true, "pledges": true, "vowed": true, "vows": true,
	"hoped": true, "hopes": true,
}

// lowerWordsApostrophe splits strings.ToLower(s) into runs of letters and
// apostrophes (straight or curly). An ASCII s is lowered eight bytes at
// a time and split by its bytes, its words counted first so that the
// list is made at once.
func lowerWordsApostrophe(s string) []string {
	if !isASCII(s) {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '’'
		})
	}
	s = swar.LowerASCII(s)
	n := 0
	for i := 0; i < len(s); i++ {
		if wordOrApostrophe(s[i]) && (i == 0 || !wordOrApostrophe(s[i-1])) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	start := -1
	for i := 0; i < len(s); i++ {
		switch in := wordOrApostrophe(s[i]); {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// wordOrApostrophe reports whether the ASCII byte c is a letter or a
// straight apostrophe.
func wordOrApostrophe(c byte) bool {
	c2 := c | 0x20
	return 'a' <= c2 && c2 <= 'z' || c == '\''
}

// looksAhead reports whether a clause presents its event as planned or
// expected rather than as done.
func looksAhead(s string) bool {
	if timex.OpensRequest(s) {
		return true // "Come and talk to us on Saturday": an invitation
	}
	ws := lowerWordsApostrophe(s)
	for i, w := range ws {
		if futureWordSet.has(w) || timex.IsScheduleVerb(w) || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") || chanceAhead(ws, i) {
			return true
		}
		// "in a last-ditch attempt to avert strikes over the winter":
		// what an act is done for lies ahead of it.
		if w == "to" && i > 0 && timex.IsPurposeNoun(ws[i-1]) {
			return true
		}
		if planComplementAt(ws, i) {
			return true // "The plan is that he flies in over the weekend"
		}
		if preparedAt(ws, i) {
			return true // "as the town prepares to bury its dead on Sunday"
		}
	}
	return false
}

// withoutCount returns the summary sum without the expression t when t
// counts from a date the text gave ("Two days later"): its "later" tells
// the order of a narrative, not a plan, and a clause in the past tense
// after it ("were still unaccounted for") is no plan.
func withoutCount(text string, sum doc.Span, t timex.Expr) string {
	if !sum.Contains(t.Span) || !strings.HasSuffix(strings.ToLower(t.Text), " later") {
		return text[sum.Start:sum.End]
	}
	return text[sum.Start:t.Start] + " " + text[t.End:sum.End]
}

// strongFuture words announce a planned or expected event on their own.
var strongFuture = map[string]bool{
	"will": true, "shall": true, "expected": true, "scheduled": true, "planned": true,
	"slated": true, "predicted": true, "due": true, "upcoming": true, "plans": true,
}

// intentVerbs announce a plan when "to" follows: "the hospital expects
// to restore its systems", "the council intends to vote".
var intentVerbs = map[string]bool{"expects": true, "expect": true, "intends": true, "intend": true, "aims": true, "aim": true, "plan": true}

// announces reports whether a clause presents its event as planned with
// a word that cannot mean anything else ("will", "is expected", "expects
// to"); "due to the yen's rise" gives a cause.
func announces(s string) bool {
	ws := lowerWordsApostrophe(s)
	for i, w := range ws {
		if w == "due" && i+2 < len(ws) && ws[i+1] == "to" && determiners[ws[i+2]] {
			continue
		}
		if strongFutureSet.has(w) || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") ||
			intentVerbSet.has(w) && i+1 < len(ws) && ws[i+1] == "to" {
			return true
		}
	}
	return false
}

// reportedPast are the past reporting verbs after which "would" is the
// future of what was said: "said the valve would be replaced".
var reportedPast = map[string]bool{
	"said": true, "told": true, "announced": true, "confirmed": true, "added": true,
	"warned": true, "promised": true, "insisted": true, "stated": true, "pledged": true,
	// What a rewording makes of "said": "mentioned the search would
	// continue through the weekend".
	"mentioned": true, "noted": true, "explained": true, "indicated": true, "stressed": true,
}

// sayingLinks stand between a reporting verb and the day it dates: "said
// on Monday", "confirmed late on Saturday".
var sayingLinks = map[string]bool{"on": true, "at": true, "early": true, "late": true}

// datesSaying reports whether the expression at t follows a past
// reporting verb in its segment of the summary (ws are the words before
// it there, as superseded takes them), and so dates the
// saying, not what was said: "the club confirmed on Saturday that he
// will take charge".
func datesSaying(ws []string) bool {
	n := len(ws)
	for n > 0 && sayingLinks[ws[n-1]] {
		n--
	}
	return n > 0 && reportedPast[ws[n-1]]
}

// sayingFollows reports whether the expression at t, inside sum, is
// followed at once (no comma between) by a past reporting verb, so that
// it dates the saying and not what was said: "Lumenfold today announced
// a plan that will reduce", "the ministry on Monday said it will". An
// attribution after a comma follows what was said ("will recover this
// year, said analysts"), and a time after "for" is what a forecast or
// a statement is for ("the forecast for today said rain will fall").
func sayingFollows(low *lowText, sum, t doc.Span) bool {
	if !sum.Contains(t) {
		return false
	}
	text := low.text
	rest := strings.TrimLeft(text[t.End:sum.End], " \t\r\n")
	if len(rest) == len(text[t.End:sum.End]) {
		return false
	}
	if lead := low.lastWordsOf(sum.Start, t.Start, 1); len(lead) > 0 && lead[len(lead)-1] == "for" {
		return false
	}
	st := sum.End - len(rest)
	ws := low.firstWordsOf(st, sum.End, 1)
	return len(ws) > 0 && reportedPast[ws[0]] && strings.HasPrefix(low.lowerOf(st, sum.End), ws[0])
}

// reportsPlan reports whether the expression at t dates what someone
// said would happen: a past reporting verb, then "would" (not "would
// have"), then the expression, in the segment of the summary that holds
// it (ws, the words before t there, as superseded takes them) ("he said the valve would be replaced this week"). A date
// before the "would" is the saying's ("GM said today it would not buy").
func reportsPlan(ws []string) bool {
	if reducedRelative(ws) {
		return false
	}
	reported := false
	for i, w := range ws {
		if reported && w == "would" && i+1 < len(ws) && ws[i+1] != "have" {
			return true
		}
		reported = reported || reportedPast[w]
	}
	return false
}

// reducedRelative reports whether the words before a time expression end
// in a phrase that dates a thing rather than the clause: "since 2015",
// "every contract signed in 2015" (a participle after a noun, where "would
// be replaced this week" has the participle of the clause's verb).
func reducedRelative(ws []string) bool {
	n := len(ws)
	if n == 0 {
		return false
	}
	if ws[n-1] == "since" {
		return true
	}
	if ws[n-1] == "in" || ws[n-1] == "on" || ws[n-1] == "during" {
		n--
	}
	if n < 2 || !strings.HasSuffix(ws[n-1], "ed") {
		return false
	}
	switch ws[n-2] {
	case "be", "been", "being", "have", "has", "had", "would", "will", "to", "was", "were", "is", "are":
		return false
	}
	return true
}

// segmentAround returns the part of the summary between the punctuation
// marks around the time expression: "the jet landed on Thursday, where
// he is expected to meet Putin" announces nothing about the landing.
func segmentAround(text string, sum, t doc.Span) string {
	lo, hi := sum.Start, sum.End
	if !sum.Contains(t) {
		return text[lo:hi]
	}
	if i := dashMarks.lastIn(text[lo:t.Start]); i >= 0 {
		lo += i + 1
	}
	if i := dashMarks.firstIn(text[t.End:hi]); i >= 0 {
		hi = t.End + i
	}
	return text[lo:hi]
}

// clockColon reports whether the colon at i stands between digits, as in a
// clock time "13:40", which never ends a clause.
func clockColon(text string, i int) bool {
	return i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1])
}

// parenAside returns the end of the bracketed aside that opens at the
// "(" at i, when it closes before en and does not hold the expression
// at t, or i when it does not: the punctuation inside "Lumenfold Inc.
// (NASDAQ: LMFD), a provider of" or "(left to right; pictured)" cuts no
// clause of the sentence around it.
func parenAside(text string, i, en int, t doc.Span) int {
	depth := 0
	for j := i; j < en; j++ {
		switch text[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				if t.Start < j+1 && t.End > i {
					return i
				}
				return j + 1
			}
		case '\n':
			return i
		}
	}
	return i
}

// futureCut returns the offset after the last comma in text[st:at] that
// closes a past clause and opens a future one of a subject of its own
// (futureAfterPast).
func futureCut(text string, st, at int) (int, bool) {
	for i := at - 1; i > st; i-- {
		if text[i] == ',' && !insideQuote(text[st:i]) && futureAfterPast(text[:at], st, i) {
			return i + 1, true
		}
	}
	return 0, false
}

// insideQuote reports whether s leaves a quotation open.
func insideQuote(s string) bool {
	return strings.Count(s, "\"")%2 == 1 || strings.Count(s, "“") > strings.Count(s, "”")
}

// futureModals are the verbs that make a clause a plan or a forecast.
var futureModals = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true, "shall": true}

// maxFutureSubjectWords bounds the subject of a future clause after a
// comma: "Liu will", "the player will", "Port Sellan's coach will".
const maxFutureSubjectWords = 4

// futureAfterPast reports whether the comma at offset i parts a past
// clause, which opens the stretch from st with its subject and holds a
// past or perfect verb ("Dalmont have accepted a fee of about €24m"), from
// a future clause with a subject of its own ("Liu will fly to Port Sellan
// on Thursday"): two statements in a row, of which only the second is a
// plan. A comma after an opening phrase ("After the vote, Liu will fly")
// parts no such clauses.
func futureAfterPast(text string, st, i int) bool {
	rest := strings.TrimLeft(text[i+1:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if w := nextWord(rest); !unicode.IsUpper(r) && !commaSubjects[w] && !subjectDeterminers[w] || inLower(clauseOpeners, w) {
		return false
	}
	ws := leadingFields(rest, maxFutureSubjectWords+1)
	k := -1
	for j := 1; j < len(ws) && j <= maxFutureSubjectWords; j++ {
		if commaSemicolonColonQuoteCurlyQuotesParensDashesHyphenMarks.in(ws[j-1]) {
			return false
		}
		if futureModals[ws[j]] {
			k = j
			break
		}
	}
	if k < 0 || inLower(commaSubjects, ws[0]) && k != 1 {
		return false
	}
	if j := stopBangAskSemicolonColonMarks.lastIn(text[st:i]); j >= 0 {
		st += j + 1 // the sentence of the comma, not a quoted one before it
	}
	before := lowerWords(text[st:i])
	if len(before) < 3 || clauseOpeners[before[0]] || openingPrepositions[before[0]] || participleLike(before[0]) {
		return false
	}
	for _, w := range before {
		if w == "that" || attributionVerbs[w] || thoughtVerbs[w] {
			return false // "He said that, although …, the IBC would": the future is what was said
		}
	}
	for _, w := range before[1:] {
		if w == "have" || w == "has" || w == "had" || w == "was" || w == "were" || irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// openingPrepositions open a phrase before a sentence's subject: "In
// May, the club will", "Following the vote, Liu will".
var openingPrepositions = map[string]bool{"in": true, "on": true, "at": true, "by": true, "for": true, "from": true,
	"following": true, "once": true, "if": true, "unless": true, "until": true, "during": true, "to": true, "of": true,
	"under": true, "without": true, "having": true, "asked": true, "speaking": true}

// thoughtVerbs tell what someone said or thought besides the
// attribution verbs: "Analysts noted that".
var thoughtVerbs = map[string]bool{"noted": true, "warned": true, "argued": true, "insisted": true, "explained": true,
	"expressed": true, "believed": true, "thought": true, "forecast": true, "predicted": true, "reasoning": true, "saying": true}

// subjectDeterminers open the subject of a clause after a comma: "the
// player will fly".
var subjectDeterminers = map[string]bool{"the": true, "his": true, "her": true, "its": true, "their": true}

// participleLike reports whether w, the first word of a sentence, is a
// participle opening a phrase before the subject: "Elected in 2019,",
// "Speaking on Monday,".
func participleLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}
