package events

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// phraseEnd are the marks that may close a word and end its phrase.
const phraseEnd = ",.;:!?\"”’'"

// definiteReach is how many words after a determiner may be the noun it
// opens: "the central span", "the 1974 bridge", "both hospital sites".
const definiteReach = 3

// definiteOpeners open a noun phrase about something the article has
// already named.
var definiteOpeners = []string{"the", "both"}

// definiteOpener reports whether w, in lower case, is one of
// definiteOpeners. A word of another length than theirs is none of them
// without a comparison: an ASCII word keeps its length in lower case,
// and any other lowers to a rune beyond ASCII or to a "k" or an "i",
// which no opener holds (TestDefiniteOpenerLengths checks both).
func definiteOpener(w string) bool {
	if len(w) < minDefiniteOpener || len(w) > maxDefiniteOpener {
		return false
	}
	return slices.ContainsFunc(definiteOpeners, func(o string) bool { return lowerIs(w, o) })
}

// minDefiniteOpener and maxDefiniteOpener bound the lengths of
// definiteOpeners.
const minDefiniteOpener, maxDefiniteOpener = len("the"), len("both")

// withAntecedent adds to names, the participants of a clause sum, the
// name an earlier stretch of the article gave the thing the clause speaks
// of with "the", when the clause names no one: the name put right before
// the noun ("the collapse of the Dunmore river bridge" for "the 1974
// bridge"), or holding it ("Riverside University Hospitals" for "both
// hospital sites").
//
// A clause that names others takes the name only for the phrase it opens
// with, its subject: "The storm came ashore near the port of Dung Quat".
func withAntecedent(p pronouns, sum doc.Span, names []string) []string {
	clause := p.text[sum.Start:sum.End]
	subject := len(names) > 0
	if subject {
		clause = openingPhrase(clause)
	}
	for _, n := range definiteNouns(clause) {
		name := antecedent(p, sum.Start, n)
		// Beside other names only a name of several words that holds
		// the noun ("Typhoon Sonca" for "the storm").
		if subject && (len(strings.Fields(name)) < 2 || !holdsNoun(name, n)) {
			continue
		}
		if name != "" && !slices.Contains(names, name) {
			return append(names, name)
		}
	}
	return withPossessiveAntecedent(p, sum, clause, names)
}

// withPossessiveAntecedent adds to names the one name of several words
// the article gave before the clause whose head is the noun of a
// possessive the clause's definite phrase opens with: "the Tarnby Water
// Board" for "The board's chair". A name only followed by the noun
// ("Texas" of "a Texas bank") is no such name, and two names holding the
// noun ("the Asian Development Bank" and "the World Bank") leave the
// owner open.
func withPossessiveAntecedent(p pronouns, sum doc.Span, clause string, names []string) []string {
	n := possessiveNoun(clause)
	if n == "" {
		return names
	}
	name := ""
	for _, m := range p.mentions {
		if m.End > sum.Start || m.End > len(p.text) {
			break
		}
		if c := m.Name(); len(strings.Fields(c)) >= 2 && holdsNoun(c, n) {
			if name != "" && name != c {
				return names
			}
			name = c
		}
	}
	if name == "" || slices.Contains(names, name) {
		return names
	}
	return append(names, name)
}

// possessiveNoun returns the stem of the noun of a possessive right after
// a definite opener at the start of clause ("The commission's chair"),
// else "".
func possessiveNoun(clause string) string {
	ws := leadingFields(clause, 2)
	if len(ws) < 2 || !definiteOpener(ws[0]) {
		return ""
	}
	for _, end := range []string{"'s", "’s"} {
		w, ok := strings.CutSuffix(ws[1], end)
		if r, _ := utf8.DecodeRuneInString(w); ok && isWord(w) && unicode.IsLower(r) {
			if n := stem(w); len(n) >= 4 && !stopWords[n] {
				return n
			}
		}
	}
	return ""
}

// openingPhrase returns the clause's first words when a definite opener
// begins it ("The storm"), else "".
func openingPhrase(clause string) string {
	first := strings.TrimLeftFunc(clause, unicode.IsSpace)
	if i := strings.IndexFunc(first, unicode.IsSpace); i >= 0 {
		first = first[:i]
	}
	if first == "" || !definiteOpener(first) {
		return ""
	}
	return strings.Join(leadingFields(clause, 1+definiteReach), " ")
}

// definiteNouns returns the stems of the lower-case words of s that may
// be the noun of a phrase opened by a definiteOpeners word, in text
// order.
func definiteNouns(s string) []string {
	var out []string
	nextOpener := nextDefiniteOpener
	if isASCII(s) {
		nextOpener = nextDefiniteOpenerASCII
	}
	for rest, ok := nextOpener(s); ok; rest, ok = nextOpener(rest) {
		next := rest // the words after the opener, up to definiteReach of them
		for range definiteReach {
			x, after := nextField(next)
			if x == "" {
				break
			}
			next = after
			bare := strings.TrimRight(x, phraseEnd)
			if r, _ := utf8.DecodeRuneInString(bare); !unicode.IsLower(r) && !unicode.IsDigit(r) {
				break
			}
			if n := stem(bare); len(n) >= 4 && !stopWords[n] && isWord(bare) {
				out = append(out, n)
			}
			if bare != x {
				break // punctuation ends the phrase
			}
		}
	}
	return out
}

// nextDefiniteOpener returns the text after the first word of s, as
// strings.Fields splits it, that is a definite opener (definiteOpener),
// and whether there is one.
func nextDefiniteOpener(s string) (rest string, ok bool) {
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		if definiteOpener(w) {
			return rest, true
		}
	}
	return "", false
}

// nextDefiniteOpenerASCII is nextDefiniteOpener of an ASCII s, which
// reads only the words that open with a t or a b in either case, as
// every opener does: an ASCII word is an opener when it is one in ASCII
// case folding (lowerIs), and a word of strings.Fields is a run of bytes
// between ASCII spaces.
func nextDefiniteOpenerASCII(s string) (rest string, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20 // a letter of either case as its small one
		if c != 't' && c != 'b' || i > 0 && !asciiSpace[s[i-1]] {
			continue
		}
		o := "the"
		if c == 'b' {
			o = "both"
		}
		end := i + len(o)
		if end <= len(s) && (end == len(s) || asciiSpace[s[end]]) && hasFoldAt(s, i, o) {
			return s[end:], true
		}
	}
	return "", false
}

// isWord reports whether s is all letters.
func isWord(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// antecedent returns the name of the last mention before offset end that
// holds the noun n ("Riverside University Hospitals") or is followed by
// it, at once or after one lower-case word ("the Dunmore river bridge"),
// or "".
//
// The mentions that hold or are followed by n are listed once per noun
// (see nounHolders), and the search starts at the last mention starting
// at or before end (mentions are sorted by start, and one starting after
// end ends after it), so that a long article asking of every definite
// noun costs a search, not a pass over all its mentions.
func antecedent(p pronouns, end int, n string) string {
	hits := p.nounHolders(n)
	last := sort.Search(len(hits), func(k int) bool { return p.mentions[hits[k]].Start > end })
	for k := last - 1; k >= 0; k-- {
		if m := p.mentions[hits[k]]; m.End <= end && m.End <= len(p.text) {
			return m.Name()
		}
	}
	return ""
}

// nounHolders returns the indices of the mentions that hold the noun n or
// are followed by it, in order, listing them on first use.
func (p pronouns) nounHolders(n string) []int {
	if hits, ok := p.memo.nouns[n]; ok {
		return hits
	}
	hits := []int{}
	for i, m := range p.mentions {
		if m.End > len(p.text) {
			continue // never an antecedent
		}
		if c := p.nounCues(i); c.holds(n) || slices.Contains(c.after, n) {
			hits = append(hits, i)
		}
	}
	if p.memo.nouns == nil {
		p.memo.nouns = map[string][]int{}
	}
	p.memo.nouns[n] = hits
	return hits
}

// nounMemo holds what pronouns work out once per noun and document.
type nounMemo struct {
	holders map[string]*holderScan // see roleHolders
	nouns   map[string][]int       // see nounHolders
}

// nounCues are the stems by which a mention may hold or be followed by a
// noun, as holdsNoun and followedBy read them: antecedent asks them of
// every earlier mention for every definite noun, so each mention's are
// worked out once.
type nounCues struct {
	ready, named bool     // worked out; the name has words
	head, kind   string   // stem of the name's head; the kind its first word names
	after        []string // the stems followedBy would compare, in order
}

// holds tells holdsNoun(name, n) from the cues of name.
func (c *nounCues) holds(n string) bool {
	return c.named && (c.head == n || c.kind == n)
}

// nounCues returns the cues of mention i, working them out on first use.
func (p pronouns) nounCues(i int) *nounCues {
	c := &p.cues[i]
	if c.ready {
		return c
	}
	m := p.mentions[i]
	c.ready = true
	if h, first, ok := nameWords(p.text[m.Start:m.End]); ok {
		c.named = true
		c.head, c.kind = nounsOf(h, first)
	}
	c.after = followingStems(p.text[m.End:])
	return c
}

// holdsNoun reports whether a name is one of the things the noun n (a
// stem) names.
func holdsNoun(name, n string) bool {
	h, first, ok := nameWords(name)
	if !ok {
		return false
	}
	head, kind := nounsOf(h, first)
	return head == n || kind == n
}

// nounsOf returns the stem of the head word h of a name and the stem of
// the common noun its first word makes it a kind of ("" when none): a
// kind word opens the name ("Typhoon Sonca" is a storm). nameWords finds
// both words.
func nounsOf(h, first string) (head, kind string) {
	return stem(strings.ToLower(h)), kindOf[stem(strings.ToLower(first))]
}

// nameWords returns the head word of name and its first word, its words
// as strings.Fields splits them, or false when it has none. The head is
// the last word ("Riverside University Hospitals") or the word before the
// first "of" ("National Bank of Poland"), unless that "of" opens the name,
// not a word inside ("US Food and Drug Administration" is no drug). The
// name is read once, without a list of its words.
func nameWords(name string) (head, first string, ok bool) {
	var last, beforeOf string
	n, sawOf := 0, false
	for w, rest := nextField(name); w != ""; w, rest = nextField(rest) {
		if n == 0 {
			first = w
		}
		if w == "of" && !sawOf {
			sawOf = true
			beforeOf = last // "" when "of" opens the name
		}
		last = w
		n++
	}
	switch {
	case n == 0:
		return "", "", false
	case beforeOf != "":
		return beforeOf, first, true
	}
	return last, first, true
}

// kindOf maps the stem of a word that opens a name to the stem of the
// common noun a story later calls the thing by: "the storm" of "Typhoon
// Sonca".
var kindOf = func() map[string]string {
	m := map[string]string{}
	for kind, words := range map[string][]string{
		"storm": {"typhoon", "hurricane", "cyclone", "storm"},
	} {
		for _, w := range words {
			m[stem(w)] = stem(kind)
		}
	}
	return m
}()

// followingStems returns the stems of the words opening rest, the text
// after a name, that may be a noun describing it: the first lower-case
// word, and the one after it when no punctuation ends the first.
func followingStems(rest string) []string {
	if !strings.HasPrefix(rest, " ") {
		return nil
	}
	var out []string
	var room [2]string
	for _, w := range leadingFieldsInto(room[:0], rest[:min(len(rest), 40)], len(room)) {
		bare := strings.TrimRight(w, phraseEnd)
		if !isWord(bare) {
			return out
		}
		if r, _ := utf8.DecodeRuneInString(bare); !unicode.IsLower(r) {
			return out
		}
		out = append(out, stem(bare))
		if bare != w {
			return out
		}
	}
	return out
}
