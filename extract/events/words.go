package events

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/internal/swar"
	"newsbot/extract/stopwords"
)

// stopWords carry no evidence that two clauses report the same event:
// the function words, and the words of reporting, time and money that
// every report holds.
var stopWords = withFunctionWords(toSet(`said says say told tell according mr mrs ms dr
now later earlier late early day days week weeks
month months year years monday tuesday wednesday thursday friday saturday sunday today
yesterday tomorrow night morning evening afternoon january february march april june july
august september october november december last next ago time times
dlrs dollars mln million billion pct percent net cts shr note compared reported
dlr dollar bln cent cents`))

func withFunctionWords(m map[string]bool) map[string]bool {
	stopwords.Each(func(w string) { m[w] = true })
	return m
}

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// irregular maps inflected forms to a shared stem so that "met" and
// "meeting", "talks" and "talked" meet.
var irregular = map[string]string{
	"met": "meet", "meeting": "meet", "meetings": "meet", "meets": "meet",
	"began": "begin", "begun": "begin", "begins": "begin",
	"started": "begin", "start": "begin", "starts": "begin", "starting": "begin",
	"held": "hold", "holds": "hold", "holding": "hold",
	"spoke": "speak", "spoken": "speak", "speaking": "speak",
	"went": "go", "gone": "go", "came": "come", "took": "take", "taken": "take",
	"won": "win", "lost": "lose", "fell": "fall", "fallen": "fall", "left": "leave",
	"wrote": "write", "written": "write", "writes": "write", "write": "write",
	"invaded": "invade", "invasion": "invade", "invading": "invade",
	"discussions": "talk", "discussion": "talk", "talks": "talk", "talked": "talk", "negotiations": "talk",
	"attacked": "attack", "attacks": "attack", "killed": "kill", "killing": "kill",
	// A captive freed is released; one flown home arrives.
	"released": "release", "release": "release", "releases": "release", "releasing": "release", "freed": "release",
	"fly": "arrive", "flies": "arrive", "flew": "arrive", "flying": "arrive", "flown": "arrive",
	"arrive": "arrive", "arrives": "arrive", "arrived": "arrive", "arriving": "arrive", "arrival": "arrive",
	// A company founded, incorporated or registered was set up (see
	// phrasal); "found" is more often the past of "find".
	"founded": "establish", "founding": "establish",
	"establish": "establish", "established": "establish", "establishes": "establish", "establishing": "establish",
	"incorporate": "establish", "incorporated": "establish", "incorporates": "establish", "incorporating": "establish", "incorporation": "establish",
	"register": "establish", "registered": "establish", "registers": "establish", "registering": "establish", "registration": "establish",
	// A court that rules gives its ruling, verdict or judgment.
	"rule": "rule", "rules": "rule", "ruled": "rule", "ruling": "rule", "rulings": "rule",
	"verdict": "rule", "verdicts": "rule", "judgment": "rule", "judgments": "rule", "judgement": "rule", "judgements": "rule",
	// An explosion is a blast; a probe or an inquiry is an investigation.
	"explosion": "blast", "explosions": "blast", "exploded": "blast", "explode": "blast", "explodes": "blast", "blasts": "blast",
	"probe": "investig", "probes": "investig", "probed": "investig", "probing": "investig",
	"inquiry": "investig", "inquiries": "investig", "enquiry": "investig", "enquiries": "investig",
	// A hostage kidnapped is abducted.
	"kidnap": "abduct", "kidnaps": "abduct", "kidnapped": "abduct", "kidnapping": "abduct", "kidnappings": "abduct",
	"abduction": "abduct", "abductions": "abduct",
	// A suspect detained is arrested.
	"arrest": "arrest", "arrests": "arrest", "arrested": "arrest", "arresting": "arrest",
	"detain": "arrest", "detains": "arrest", "detained": "arrest", "detaining": "arrest",
	// A body that endorses a deal approves it.
	"endorse": "approv", "endorses": "approv", "endorsed": "approv", "endorsing": "approv", "endorsement": "approv",
	// A company the state nationalises is taken over (see phrasal).
	"nationalise": "takeover", "nationalised": "takeover", "nationalises": "takeover", "nationalising": "takeover", "nationalisation": "takeover",
	"nationalize": "takeover", "nationalized": "takeover", "nationalizes": "takeover", "nationalizing": "takeover", "nationalization": "takeover",
	"takeovers": "takeover",
	// An accord or a pact is an agreement, and parties agree to it.
	"agree": "agree", "agrees": "agree", "agreed": "agree", "agreeing": "agree",
	"agreement": "agree", "agreements": "agree", "accord": "agree", "accords": "agree", "pact": "agree", "pacts": "agree",
	// A minister who takes the oath of office is sworn in (see
	// phrasal); so is one inaugurated.
	"oath": "sworn", "oaths": "sworn", "inaugurated": "sworn", "inauguration": "sworn", "inaugurates": "sworn",
	// An aircraft serviced had its maintenance ("service" alone is
	// more often a bus service or a memorial service).
	"serviced": "maintenanc", "servicing": "maintenanc", "maintained": "maintenanc",
	// A deal that completes closes.
	"complete": "clos", "completes": "clos", "completed": "clos", "completing": "clos", "completion": "clos",
	// A chief who quits a post resigns (see phrasal).
	"quit": "resign", "quits": "resign", "quitting": "resign",
	// Thieves who stole paintings in a burglary or a heist committed a
	// theft (see phrasal: "broke into").
	"theft": "theft", "thefts": "theft", "thief": "theft", "thieves": "theft",
	"steal": "theft", "steals": "theft", "stealing": "theft", "stole": "theft", "stolen": "theft",
	"burglary": "theft", "burglaries": "theft", "burgled": "theft", "burglars": "theft", "burglar": "theft",
	"heist": "theft", "heists": "theft", "robbery": "theft", "robberies": "theft", "robbed": "theft",
	// An assault is an attack; what commences begins.
	"assault": "attack", "assaults": "attack", "assaulted": "attack", "assaulting": "attack",
	"commence": "begin", "commences": "begin", "commenced": "begin", "commencing": "begin",
	// A side that lost suffered a defeat, was beaten ("loss" is more
	// often a company's: see resultUnits).
	"defeat": "lose", "defeats": "lose", "defeated": "lose", "beaten": "lose",
}

// figureSep joins a figure's value and unit in a word ("8400#acr").
const figureSep = "#"

// matchFigure matches a quantity and the word after it: "8,400 acres",
// "4.5%", at the start of s (not an age set off by commas: "De la Croix,
// 58, handed"); findFigures looks for where it may begin, a digit opening
// a word. It returns the submatch indexes the expression
//
//	^(\d(?:[\d,]*\d)?(?:\.\d+)?)(?:\s*(%)|\s+([A-Za-z]+))
//
// gives (FindStringSubmatchIndex), or nil: the value, then "%" or the
// unit word. Only the longest value may be followed by either, so the
// value is read greedily with no step back.
func matchFigure(s string) []int {
	m, ok := matchFigureAt(s)
	if !ok {
		return nil
	}
	return m[:]
}

// figureMatch holds the submatch indexes matchFigure returns.
type figureMatch [8]int

// matchFigureAt is matchFigure returning the indexes by value, and
// whether s opens with a quantity.
func matchFigureAt(s string) (figureMatch, bool) {
	if s == "" || !isDigit(s[0]) {
		return figureMatch{}, false
	}
	v := 1
	for v < len(s) && (isDigit(s[v]) || s[v] == ',') {
		v++
	}
	for s[v-1] == ',' { // the value ends in a digit
		v--
	}
	if v+1 < len(s) && s[v] == '.' && isDigit(s[v+1]) {
		for v += 2; v < len(s) && isDigit(s[v]); v++ {
		}
	}
	sp := v
	for sp < len(s) && isPerlSpace(s[sp]) {
		sp++
	}
	if sp < len(s) && s[sp] == '%' {
		return figureMatch{0, sp + 1, 0, v, sp, sp + 1, -1, -1}, true
	}
	w := sp
	for w < len(s) && isASCIILetter(s[w]) {
		w++
	}
	if sp == v || w == sp {
		return figureMatch{}, false // no space before the unit, or no unit
	}
	return figureMatch{0, w, 0, v, -1, -1, sp, w}, true
}

// isPerlSpace tells the bytes \s matches in a regular expression.
func isPerlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// maxFigureBytes bounds the text a figure and its unit are read from.
const maxFigureBytes = 80

// findFigures returns the submatch indexes of every quantity in s, as
// FindAllStringSubmatchIndex would for matchFigure's expression unanchored and opening with
// \b, without trying the expression at every byte of a sentence.
func findFigures(s string) [][]int {
	var out [][]int
	for _, m := range appendFigures(nil, s) {
		out = append(out, m[:])
	}
	return out
}

// appendFigures appends to out the submatch indexes findFigures returns
// of s, by value: a caller may keep them in room of its own.
func appendFigures(out []figureMatch, s string) []figureMatch {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		m, ok := matchFigureAt(s[i:min(len(s), i+maxFigureBytes)])
		if !ok {
			continue
		}
		for k, v := range m {
			if v >= 0 {
				m[k] = v + i
			}
		}
		out = append(out, m)
		i = m[1] - 1
	}
	return out
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordByte tells the bytes \b takes for word characters.
func isWordByte(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// figures returns the quantities of a clause as words "value#unit", the
// unit stemmed, leaving out the time expression at [ts, te): a clause's
// figures tell one moment of a story from another.
func figures(s string, ts, te int) []string {
	var out []string
	var room [8]figureMatch
	for _, m := range appendFigures(room[:0], s) {
		if m[0] < te && m[1] > ts {
			continue
		}
		unit := "%"
		if m[4] < 0 {
			unit = stem(strings.ToLower(s[m[6]:m[7]]))
		}
		if stopWords[unit] || len(unit) < 3 && unit != "%" {
			continue
		}
		v := strings.ReplaceAll(s[m[2]:m[3]], ",", "")
		v, unit = scoreBefore(s[:m[2]], v, unit)
		// "killing 23 of the 41 people on board" counts 23 people too:
		// the part comes first, so that another outlet's "killing 23
		// people" agrees with it.
		if p := partOfBefore(s[:m[0]]); p != nil {
			if w := strings.ReplaceAll(p[1], ",", "") + figureSep + unit; !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
		if w := v + figureSep + unit; !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// partOf matches a figure and "of" (and "the") at the end of the text
// before another figure, which it is a part of: "23 of the 41 people".
var partOf = regexp.MustCompile(`(?:^|[^\d.,])(\d(?:[\d,]*\d)?) of (?:the |all |its )?$`)

// partOfEnds are the endings every match of partOf has.
var partOfEnds = []string{" of ", " of the ", " of all ", " of its "}

// partOfBefore returns partOf's submatches in the text before a figure,
// read only when the text ends as a match must.
func partOfBefore(before string) []string {
	if !slices.ContainsFunc(partOfEnds, func(e string) bool { return strings.HasSuffix(before, e) }) {
		return nil
	}
	return partOf.FindStringSubmatch(before[partOfStart(before):])
}

// partOfStart returns where in before every match of partOf starts: at
// the character before the run of digits and commas that holds the last
// digit of before (or at that run, opening before). A match's figure
// ends at the last digit, as nothing after it holds one, and opens that
// run, after a character that is no digit, point or comma; so that
// partOf finds the same submatches in before from there.
func partOfStart(before string) int {
	r := len(before)
	for r > 0 && !isDigit(before[r-1]) {
		r--
	}
	for r > 0 && (isDigit(before[r-1]) || before[r-1] == ',') {
		r--
	}
	_, size := utf8.DecodeLastRuneInString(before[:r])
	return r - size
}

// holdsFigures reports whether s gives a quantity other than a year.
func holdsFigures(s string) bool {
	var room [8]figureMatch
	for _, m := range appendFigures(room[:0], s) {
		if m[4] >= 0 || !year(s[m[2]:m[3]]) {
			return true
		}
	}
	return false
}

// phrasal maps a verb and the particle after it onto a word of the same
// meaning, which stands for both: a fire that "broke out" began, nurses
// who "walked out" staged a walkout, a bridge that "gave way" collapsed.
var phrasal = map[string]string{
	"broke out": "begin", "break out": "begin", "breaks out": "begin",
	"walk out": "walkout", "walks out": "walkout", "walked out": "walkout", "walking out": "walkout",
	"give way": "collapse", "gives way": "collapse", "gave way": "collapse", "giving way": "collapse",
	"come ashore": "landfall", "comes ashore": "landfall", "came ashore": "landfall", "coming ashore": "landfall",
	// Talks that "broke down" collapsed; a captive "handed over" to
	// officials was released.
	"break down": "collapse", "breaks down": "collapse", "broke down": "collapse", "broken down": "collapse",
	"hand over": "release", "hands over": "release", "handed over": "release", "handing over": "release",
	"set up": "establish", "sets up": "establish", "setting up": "establish",
	// An official "sworn in" takes the oath.
	"sworn in": "sworn", "swear in": "sworn", "swears in": "sworn", "swore in": "sworn", "swearing in": "sworn",
	// A ruling "ruled out" nothing: it excluded.
	"rule out": "exclude", "rules out": "exclude", "ruled out": "exclude", "ruling out": "exclude",
	// A chief who "stepped down" or "stood down" resigned.
	"step down": "resign", "steps down": "resign", "stepped down": "resign", "stepping down": "resign",
	"stand down": "resign", "stands down": "resign", "stood down": "resign", "standing down": "resign",
	// A lender the state "took control" of or took into "public
	// ownership" was taken over.
	"take control": "takeover", "takes control": "takeover", "took control": "takeover", "taken control": "takeover", "taking control": "takeover",
	"public ownership": "takeover", "state ownership": "takeover",
	// Thieves who "broke into" a building committed a theft.
	"broke into": "theft", "break into": "theft", "breaks into": "theft", "broken into": "theft", "breaking into": "theft",
}

// phrasalVerbs are the words that open an entry of phrasal: only after
// them is the next word worth reading.
var phrasalVerbs = openingWords(phrasal)

func openingWords(m map[string]string) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		first, _, _ := strings.Cut(k, " ")
		out[first] = true
	}
	return out
}

// maxListedContent is how many words contentWords keeps before it looks
// them up in a map rather than in the list.
const maxListedContent = 24

// contentWords returns the normalised content words of a clause, leaving
// out the time expression at [ts, te) (byte offsets into s), and then its
// figures.
func contentWords(s string, ts, te int) []string {
	// An ASCII clause is lowered once, keeping its offsets, rather than
	// each capitalised word on its own.
	if isASCII(s) {
		return contentWordsLowered(s, strings.ToLower(s), ts, te, 0)
	}
	return contentWordsLowered(s, "", ts, te, 0)
}

// contentWords returns contentWords of the part a to b of the text.
func (l *lowText) contentWords(a, b, ts, te int) []string {
	if x := l.indexOf(a, b); x != nil {
		// The runs of letters of the part bound its words but for
		// figures, few of which are kept.
		runs := x.firstStartingFrom(b) - x.firstEndingAfter(a)
		if cap(l.contentBuf) < runs+2 {
			l.contentBuf = make([]string, 0, max(runs+2, 2*cap(l.contentBuf)))
		}
		ws := contentWordsInto(l.contentBuf, l.text[a:b], x.part(a, b), ts, te)
		if ws == nil {
			return nil
		}
		l.contentBuf = ws[:0]
		// Room for one word more: the key noun a planned event adds.
		return append(make([]string, 0, len(ws)+1), ws...)
	}
	return contentWords(l.text[a:b], ts, te)
}

// contentWordsLowered is contentWords of s, given s in lower case when s
// is ASCII, or "" when it is not; room for size words is made at once
// when size is above zero.
func contentWordsLowered(s, lower string, ts, te, size int) []string {
	var out []string
	if size > 0 {
		out = make([]string, 0, size)
	}
	return contentWordsInto(out, s, lower, ts, te)
}

// contentWordsInto is contentWordsLowered appending the words to out[:0],
// whose room it uses and grows; nil when there are none.
func contentWordsInto(out []string, s, lower string, ts, te int) []string {
	out = out[:0]
	// The words kept are looked up in out while they are few, in seen
	// once there are many.
	var seen map[string]bool
	// marks has the bit keptMark of every word in out: a word whose bit
	// is clear is none of them, which spares most searches of out.
	var marks uint64
	kept := func(w string) bool {
		if seen != nil {
			return seen[w]
		}
		return marks&keptMark(w) != 0 && slices.Contains(out, w)
	}
	low, ascii := lower, lower != "" || s == ""
	if !ascii {
		low = s
	}
	start := -1
	particle := false // the word is the particle of a phrasal verb just read
	flush := func(i int) {
		if start < 0 {
			return
		}
		w := s[start:i]
		ws := start
		start = -1
		if particle || ws >= ts && ws < te {
			particle = false
			return
		}
		lw := low[ws:i]
		if !ascii {
			lw = strings.ToLower(w)
		}
		if len(lw) < 3 {
			return // no phrasal verb is this short; stem keeps such a word as it is, and it is dropped below
		}
		f := lexiconFacts(lw)
		if f.phrasalVerb {
			if v, ok := phrasal[lw+" "+nextWord(strings.TrimLeft(s[i:], "-"))]; ok {
				lw, particle = v, true // the entries are in lower case
				f = lexiconFacts(lw)
			}
		}
		if len(lw) < 3 {
			return // the word a phrasal verb stands for is as short
		}
		w, stop := stemKnown(lw, f)
		if len(w) < 3 || stop || kept(w) {
			return
		}
		out = append(out, w)
		marks |= keptMark(w)
		switch {
		case seen != nil:
			seen[w] = true
		case len(out) > maxListedContent:
			seen = make(map[string]bool, 2*len(out))
			for _, k := range out {
				seen[k] = true
			}
		}
	}
	// Whether s may hold a figure that figures keeps: findFigures reads
	// ASCII digits only, and a figure opens with a digit; figures drops
	// every figure that overlaps the time, so one opening inside it is
	// never kept.
	digits := !ascii
	if ascii {
		// An ASCII letter or digit is a byte of these ranges.
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				if start < 0 {
					start = i
				}
				continue
			}
			if '0' <= c && c <= '9' {
				digits = digits || i < ts || i >= te
				if start < 0 {
					start = i
				}
				continue
			}
			flush(i)
		}
	} else {
		for i, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			flush(i)
		}
	}
	flush(len(s))
	if digits {
		out = append(out, figures(s, ts, te)...)
	}
	if len(out) == 0 {
		return nil // as when no room was made
	}
	return out
}

// keptMark returns the bit of a word of three bytes or more, read from
// its length and its last two bytes: words alike share it.
func keptMark(w string) uint64 {
	return 1 << ((uint(len(w))*5 + uint(w[len(w)-1]) + uint(w[len(w)-2])*3) & 63)
}

// isASCII reports whether s is all ASCII, reading eight bytes at a time
// for a top bit set.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if swar.Load64(s, i)&(0x80*swar.BytesOf) != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// verbOfNoun maps a noun made from a verb onto the verb's stem, so that
// one outlet's "decision" meets another's "decide": decision and decid(e),
// approval and approv(e), announcement and announc(e), resignation and
// resign.
func verbOfNoun(w string) string {
	switch {
	case len(w) > 6 && strings.HasSuffix(w, "ision"):
		return w[:len(w)-len("ision")] + "id"
	case len(w) > 6 && strings.HasSuffix(w, "val"):
		return w[:len(w)-len("al")]
	case len(w) > 7 && strings.HasSuffix(w, "ment"):
		return w[:len(w)-len("ment")]
	case len(w) >= 6+len("ation") && strings.HasSuffix(w, "ation"):
		// resignation and resign, confirmation and confirm; a shorter
		// stem is often another word ("foundation", "station").
		return w[:len(w)-len("ation")]
	}
	return w
}

// wordFact is what the word lists tell of one lower-case word, found by
// one look-up instead of one a list.
type wordFact struct {
	irregular   string // its stem in irregular, or ""
	stemStop    bool   // that stem is a stop word
	stop        bool   // the word is a stop word
	phrasalVerb bool   // the word opens an entry of phrasal
}

// lexicon holds the facts of every word irregular, stopWords or
// phrasalVerbs lists.
var lexicon = buildLexicon()

// lexiconShape marks the shapes (lexiconKey) of the words of lexicon: a
// word of any other shape is none of them, which spares the map lookup
// for most content words.
var lexiconShape = func() (set [lexiconKeys / 64]uint64) {
	for w := range lexicon {
		k := lexiconKey(w)
		set[k/64] |= 1 << (k % 64)
	}
	return set
}()

// lexiconKeys is how many shapes lexiconKey tells apart.
const lexiconKeys = 16 * 32 * 32

// lexiconKey returns the shape of a word of one byte or more: its length
// (up to 15) and the low five bits of its first and last bytes.
func lexiconKey(w string) uint {
	return uint(min(len(w), 15))<<10 | uint(w[0]&31)<<5 | uint(w[len(w)-1]&31)
}

// lexiconFacts returns lexicon[w].
func lexiconFacts(w string) wordFact {
	if w == "" {
		return lexicon[w]
	}
	if k := lexiconKey(w); lexiconShape[k/64]&(1<<(k%64)) == 0 {
		return wordFact{}
	}
	return lexiconTable.find(w)
}

// lexiconSlots holds the words of lexicon and their facts in an open
// addressing table, searched from a hash of a word's length and a few of
// its bytes: most words of lexicon are short and common, and found there
// with one comparison, where the map would hash the whole word first.
type lexiconSlots struct {
	slots []lexiconSlot
	mask  uint32
}

type lexiconSlot struct {
	word string // "" for an empty slot
	fact wordFact
}

// lexiconTable is lexicon as lexiconSlots.
var lexiconTable = newLexiconSlots(lexicon)

func newLexiconSlots(m map[string]wordFact) *lexiconSlots {
	n := 64
	for n < 4*len(m) {
		n *= 2
	}
	t := &lexiconSlots{slots: make([]lexiconSlot, n), mask: uint32(n - 1)}
	// Filled in sorted order, so that the table is the same in every run.
	words := make([]string, 0, len(m))
	for w := range m {
		if w != "" {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	for _, w := range words {
		i := lexiconHash(w) & t.mask
		for t.slots[i].word != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = lexiconSlot{word: w, fact: m[w]}
	}
	return t
}

// lexiconHash hashes a non-empty word by its length and its first,
// second, middle and last bytes.
func lexiconHash(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])<<24 ^ uint32(w[min(1, n-1)])<<16 ^ uint32(w[n/2])<<8 ^ uint32(w[n-1])
	h *= 0x85EBCA6B
	return h ^ h>>15
}

// find returns the facts of the non-empty word w, none when the table
// does not hold it.
func (t *lexiconSlots) find(w string) wordFact {
	for i := lexiconHash(w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.word == w {
			return s.fact
		}
		if s.word == "" {
			return wordFact{}
		}
	}
}

func buildLexicon() map[string]wordFact {
	m := map[string]wordFact{}
	for w, v := range irregular {
		f := m[w]
		f.irregular, f.stemStop = v, stopWords[v]
		m[w] = f
	}
	for w := range stopWords {
		f := m[w]
		f.stop = true
		m[w] = f
	}
	for w := range phrasalVerbs {
		f := m[w]
		f.phrasalVerb = true
		m[w] = f
	}
	return m
}

// stemKnown returns stem(w) and whether it is a stop word, for a word
// with no possessive ending whose lexicon facts are f.
func stemKnown(w string, f wordFact) (string, bool) {
	switch {
	case f.irregular != "":
		return f.irregular, f.stemStop
	case f.stop:
		return w, true
	}
	s := inflectionStem(w)
	if s == w {
		return w, false // not a stop word: f says so
	}
	return s, lexiconFacts(s).stop
}

// stem strips common English inflections; it only has to map the forms
// outlets use for one event onto one key.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	f := lexiconFacts(w)
	switch {
	case f.irregular != "":
		return f.irregular
	case f.stop:
		return w
	}
	return inflectionStem(w)
}

// inflectionStem strips the endings stem strips from a word that is
// neither irregular nor a stop word.
func inflectionStem(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		w = w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		w = w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	w = verbOfNoun(w)
	// "agreed", "agree" and "agrees" all end up as "agr".
	if len(w) > 3 {
		w = strings.TrimRight(w, "e")
	}
	return w
}
