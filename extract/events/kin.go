package events

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/sex"
)

// kinPronoun is the pronoun of the sex a kin noun names ("" for either).
var kinPronoun = map[string]string{
	"wife": "she", "widow": "she", "daughter": "she", "mother": "she", "sister": "she",
	"husband": "he", "widower": "he", "son": "he", "father": "he", "brother": "he",
	"partner": "",
}

// withKin adds to names, the participants of the clause sum, the relative
// a possessive and a kin noun inside it stand for when the clause does
// not name them: in "He added that his sister would fly home on
// Saturday", said by Daniel Marsh, the sister is the Helen Marsh the
// article names. The possessor is the one person of names the possessive
// fits; the relative, the person named before the clause who shares the
// possessor's surname, the most often named of them (a tie names no
// one).
func withKin(p pronouns, sum doc.Span, names []string) []string {
	if !mayHoldPossessive(p.text[sum.Start:sum.End]) {
		return names
	}
	w, ok := nextWordSpan(p.text, sum.Start, sum.End)
	for ok {
		next, more := nextWordSpan(p.text, w.End, sum.End)
		if !more {
			break
		}
		if r, ok := kinOf(p, w, next, sum, names); ok && !slices.Contains(names, r) {
			names = append(names, r)
		}
		w = next
	}
	return names
}

// mayHoldPossessive reports whether clause may hold a word that lowers
// to "his" or "her": the letters in any case, or the dotted capital I
// that lowers to an ASCII i. A cheap test before its words are read.
func mayHoldPossessive(clause string) bool {
	return holdsHisOrHerWord(clause, 'h') || holdsHisOrHerWord(clause, 'H') || strings.Contains(clause, "İ")
}

// holdsHisOrHerWord reports whether s holds "his" or "her", in any case,
// with the "h" written c, where no ASCII byte of a word (as wordSpans
// counts them: letters, digits, apostrophes) stands right before or
// after: "other" and "this" hold neither as a word of their own. A byte
// beyond ASCII next to it may be of a word or not, and is let pass.
func holdsHisOrHerWord(s string, c byte) bool {
	for i := 0; i+len("his") <= len(s); {
		j := strings.IndexByte(s[i:len(s)-2], c)
		if j < 0 {
			return false
		}
		at := i + j
		if a, b := asciiLower(s[at+1]), asciiLower(s[at+2]); (a == 'i' && b == 's' || a == 'e' && b == 'r') &&
			(at == 0 || !spanByte[s[at-1]]) && (at+3 == len(s) || !spanByte[s[at+3]]) {
			return true
		}
		i = at + 1
	}
	return false
}

// holdsHisOrHer reports containsFold(s, "his") || containsFold(s, "her"):
// both start with "h", so one search for it, in each case, answers both.
func holdsHisOrHer(s string) bool {
	return holdsHisOrHerAt(s, 'h') || holdsHisOrHerAt(s, 'H')
}

// holdsHisOrHerAt reports whether s holds "his" or "her", in any case,
// with the "h" written c.
func holdsHisOrHerAt(s string, c byte) bool {
	for i := 0; i+len("his") <= len(s); {
		j := strings.IndexByte(s[i:len(s)-2], c)
		if j < 0 {
			return false
		}
		at := i + j
		if a, b := asciiLower(s[at+1]), asciiLower(s[at+2]); a == 'i' && b == 's' || a == 'e' && b == 'r' {
			return true
		}
		i = at + 1
	}
	return false
}

// kinOf returns the relative the word pron and the word kin after it
// stand for in the clause sum, when they are a possessive and a kin noun
// (see withKin).
func kinOf(p pronouns, pron, kin, sum doc.Span, names []string) (string, bool) {
	if pron.Len() != len("his") && pron.Len() != len("hİs") { // the only spellings that lower to "his" or "her"
		return "", false
	}
	pw := strings.ToLower(p.text[pron.Start:pron.End])
	if pw != "his" && pw != "her" {
		return "", false
	}
	want, isKin := kinPronoun[strings.ToLower(p.text[kin.Start:kin.End])]
	if !isKin || namedAfter(p, kin.End, sum.End) {
		return "", false
	}
	owner, ok := onePossessor(p, pw, names)
	if !ok {
		return "", false
	}
	return relativeOf(p, owner, want, sum.Start)
}

// namedAfter reports whether a person's name follows offset end at once,
// as an apposition ("his sister, Helen Marsh"), which names the relative
// itself.
func namedAfter(p pronouns, end, limit int) bool {
	ms := mentionsIn(p.mentions, doc.Span{Start: end, End: limit})
	return len(ms) > 0 && ms[0].Type == doc.Person && strings.Trim(p.text[end:ms[0].Start], " ,") == ""
}

// onePossessor returns the one person of names a possessive pronoun
// may stand for.
func onePossessor(p pronouns, pron string, names []string) (string, bool) {
	counts, _ := p.personCounts(len(p.text), "")
	var owners []string
	for _, n := range names {
		if counts[n] > 0 && !sex.Clashes(pron, n) {
			owners = append(owners, n)
		}
	}
	if len(owners) != 1 {
		return "", false
	}
	return owners[0], true
}

// relativeOf returns the person named before end, other than owner, who
// shares owner's surname and whom the kin pronoun want may stand for,
// the most often named of them.
func relativeOf(p pronouns, owner, want string, end int) (string, bool) {
	surname := lastWord(owner)
	counts, order := p.personCounts(end, want)
	best, tie := "", false
	for _, n := range order {
		if n == owner || lastWord(n) != surname || !strings.Contains(n, " ") {
			continue
		}
		switch {
		case best == "" || counts[n] > counts[best]:
			best, tie = n, false
		case counts[n] == counts[best]:
			tie = true
		}
	}
	return best, best != "" && !tie
}
