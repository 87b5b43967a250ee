package kb

import (
	"regexp"
	"slices"
	"strings"
)

// Articles name an officer's title both ways: "CEO" and "chief
// executive", "CFO" and "chief financial officer". A search for one
// finds the other: the search is run a second time with each title
// written the other way (see wordingVariant), and the hits of both are
// merged by score.

// officerTitle is an abbreviated title and the words it stands for, but
// "officer", which articles often leave out ("chief executive").
type officerTitle struct {
	abbr  string
	words []string
}

var officerTitles = []officerTitle{
	{"ceo", []string{"chief", "executive"}},
	{"cfo", []string{"chief", "financial"}},
	{"coo", []string{"chief", "operating"}},
	{"cto", []string{"chief", "technology"}},
}

// wordingVariant is a search's clauses with every officer's title and
// quarter of the year written the other way, and the phrases of those it
// spelled out, which its hits must write as phrases (their words are
// searched one by one).
type wordingVariant struct {
	clauses []searchClause
	phrases []*regexp.Regexp
}

// otherWordings returns the clauses with each title written the other
// way ("CEO": chief executive; "chief executive officer": CEO) and each
// quarter as the three months to its end ("second quarter": three months
// to June 30), if any is. A quoted phrase is searched as written.
func otherWordings(clauses []searchClause) (wordingVariant, bool) {
	var v wordingVariant
	word := func(j int) string {
		if j < len(clauses) && !clauses[j].quoted && len(clauses[j].words) == 1 {
			return strings.ToLower(clauses[j].words[0])
		}
		return ""
	}
	changed := false
	for i := 0; i < len(clauses); i++ {
		if q, n := quarterAt(word, i); n > 0 {
			for _, w := range quarterWords(q) {
				v.clauses = append(v.clauses, searchClause{words: []string{w}})
			}
			v.phrases = append(v.phrases, quarterPhrases[q-1])
			i += n - 1
			changed = true
			continue
		}
		t, n := titleAt(word, i)
		switch {
		case n == 1:
			for _, w := range t.words {
				v.clauses = append(v.clauses, searchClause{words: []string{w}})
			}
			v.phrases = append(v.phrases, titlePhrase(t))
		case n > 1:
			v.clauses = append(v.clauses, searchClause{words: []string{t.abbr}})
			i += n - 1
		default:
			v.clauses = append(v.clauses, clauses[i])
			continue
		}
		changed = true
	}
	return v, changed
}

// titleAt returns the title whose abbreviation or words (and "officer"
// after them) begin at clause i, and how many clauses it takes: 0 for
// none.
func titleAt(word func(int) string, i int) (officerTitle, int) {
	for _, t := range officerTitles {
		if word(i) == t.abbr {
			return t, 1
		}
		n := 0
		for n < len(t.words) && word(i+n) == t.words[n] {
			n++
		}
		if n == len(t.words) {
			if word(i+n) == "officer" || word(i+n) == "officers" {
				n++
			}
			return t, n
		}
	}
	return officerTitle{}, 0
}

// titlePhrases match each title's words next to each other, in the
// plural too: "chief executive", "Chief Executives".
var titlePhrases = func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for _, t := range officerTitles {
		m[t.abbr] = regexp.MustCompile(`(?i)\b` + strings.Join(t.words, `\s+`) + `s?\b`)
	}
	return m
}()

// titlePhrase returns the phrase of a title's words (titlePhrases).
func titlePhrase(t officerTitle) *regexp.Regexp { return titlePhrases[t.abbr] }

// writesPhrases reports whether text matches every one of phrases.
func writesPhrases(text string, phrases []*regexp.Regexp) bool {
	for _, p := range phrases {
		if !p.MatchString(text) {
			return false
		}
	}
	return true
}

// Results name a quarter of the year by its number or by its end ("the
// second quarter", "the three months to June 30"). Of a year that is
// the calendar's, as most companies' is, the quarter searched for finds
// the three months to its last day.

// quarterOrdinals are the words numbering a quarter.
var quarterOrdinals = []string{"first", "second", "third", "fourth"}

// quarterEnds are the last days of the calendar's quarters.
var quarterEnds = [][2]string{{"march", "31"}, {"june", "30"}, {"september", "30"}, {"december", "31"}}

// quarterAt returns the quarter (1 to 4) named at clause i ("second
// quarter", "Q2"), and how many clauses name it: 0 for none.
func quarterAt(word func(int) string, i int) (int, int) {
	w := word(i)
	if len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
		return int(w[1] - '0'), 1
	}
	if q := slices.Index(quarterOrdinals, w); q >= 0 && (word(i+1) == "quarter" || word(i+1) == "quarters") {
		return q + 1, 2
	}
	return 0, 0
}

// quarterWords are the words searched for the three months to the end
// of quarter q: "three months june".
func quarterWords(q int) []string {
	return []string{"three", "months", quarterEnds[q-1][0]}
}

// quarterPhrases match the three months to each quarter's last day:
// "three months to June 30", "three months ended 30 June".
var quarterPhrases = func() []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, e := range quarterEnds {
		out = append(out, regexp.MustCompile(`(?i)\bthree months (?:to|ended|ending|through)\s+(?:`+
			e[0]+`\s+`+e[1]+`|`+e[1]+`\s+`+e[0]+`)\b`))
	}
	return out
}()

// officerPhrases returns the spelled-out title of an officer's
// abbreviation among a topic word's forms ("CFO": "chief financial"), so
// a topic timeline of "CFO resignation" finds "its chief financial
// officer had resigned".
func officerPhrases(forms []string) []string {
	var out []string
	for _, t := range officerTitles {
		if slices.ContainsFunc(forms, func(f string) bool { return strings.ToLower(f) == t.abbr }) {
			out = append(out, strings.Join(t.words, " "))
		}
	}
	return out
}
