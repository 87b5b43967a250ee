package events

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/identity"
	"newsbot/extract/internal/swar"
)

// ownerPronouns stand for a person as the owner of a thing: "his
// best-selling record".
var ownerPronouns = []string{"his", "her"}

// withPossessiveOwner adds to names, the participants of a clause sum of
// sentence s that names no person, the one person a possessive pronoun
// of the clause stands for: "Eight years later came Lantern Hours
// (1979), which remains his best-selling record" after sentences about
// one singer is his. A pronoun inside a quotation is the speaker's and is
// left alone, and so is a clause with a pronoun subject of its own ("A
// prize in 1993 she never mentioned went to her rival").
func withPossessiveOwner(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	if sum.End > len(p.text) || hasPerson(p.mentions, sum) || hasQuoteMark(p.text[sum.Start:sum.End]) {
		return names
	}
	for _, n := range names {
		if p.onePerson([]string{n}) != "" {
			return names
		}
	}
	clause := p.text[sum.Start:sum.End]
	if !mayHoldOwner(clause) {
		return names
	}
	next := nextToken
	if isASCII(clause) {
		next = nextFoldHToken // the words looked for all hold an "h"
	}
	for i := 0; i < len(clause); {
		ws, we := next(clause, i)
		if ws == we {
			break
		}
		if w := clause[ws:we]; lowerIs(w, "he") || lowerIs(w, "she") {
			return names // the clause's own pronoun subject is left to its rules
		}
		if w := clause[ws:we]; slices.ContainsFunc(ownerPronouns, func(o string) bool { return lowerIs(w, o) }) && w != strings.ToUpper(w) && ws > 0 {
			if p.ownerBefore(s, doc.Span{Start: sum.Start, End: sum.Start + ws}) {
				return names // "The King … his decision", "Junger … his duties"
			}
			if rs := p.person(p.index(s), sum.Start+ws, strings.ToLower(w), pronounDepth); len(rs) == 1 {
				return addName(names, rs[0])
			}
			return names
		}
		i = we
	}
	return names
}

// nextFoldHToken returns the first token of the ASCII text s at or after
// offset i, as nextToken splits s, that holds an "h" or an "H", given
// that i is 0 or the end of a token; both are len(s) when there is none.
// Reading s eight bytes at a time for the letter rather than token by
// token, it skips only tokens that can be none of "he", "she", "his" and
// "her" in any case.
func nextFoldHToken(s string, i int) (int, int) {
	k := indexFoldH(s, i)
	if k < 0 {
		return len(s), len(s)
	}
	st, en := k, k+1
	for st > i && asciiAlnum(s[st-1]) {
		st--
	}
	for en < len(s) && asciiAlnum(s[en]) {
		en++
	}
	return st, en
}

// indexFoldH returns the offset of the first "h" or "H" of s at or after
// i, or -1. A byte or-ed with 0x20 is 'h' only when it is 'h' or 'H'.
func indexFoldH(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := bytesEqual(swar.Load64(s, i)|0x20*swar.BytesOf, 'h'); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if s[i]|0x20 == 'h' {
			return i
		}
	}
	return -1
}

// asciiAlnum reports whether the ASCII byte c is a letter or a digit, as
// alnumRune does.
func asciiAlnum(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// mayHoldOwner reports whether clause may hold one of ownerPronouns as a
// word, in any case: an ASCII clause without them as letters anywhere
// holds none, which spares splitting it into words.
func mayHoldOwner(clause string) bool {
	if !isASCII(clause) {
		return true
	}
	return holdsHisOrHer(clause) // the words of ownerPronouns
}

// ownerBefore reports whether the stretch sp of sentence s, before a
// possessive pronoun, holds someone the pronoun may stand for whom the
// article names by no person's name: a role or kin noun ("The King has no
// deadline for announcing his decision", "a spokesman said his firm") or
// a capitalised word no tagged name covers ("Junger, 39, … his duties").
func (p pronouns) ownerBefore(s doc.Sentence, sp doc.Span) bool {
	for i := sp.Start; i < sp.End; {
		ws, we := nextToken(p.text[:sp.End], i)
		if ws == we {
			break
		}
		w := p.text[ws:we]
		lw := strings.ToLower(w)
		if identity.HasRoleHead(lw) || kinWords[lw] || personNouns[lw] {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && p.mayOwn(s, ws) {
			return true
		}
		i = we
	}
	return false
}

// personNouns speak of someone without a role: "a senior executive it
// did not name", "the man".
var personNouns = toSet(`man woman boy girl person executive spokesman spokeswoman spokesperson official analyst king queen prince princess`)

// mayOwn reports whether the capitalised word at offset at of sentence s
// may be someone a possessive after it stands for: part of a person's
// name (cut by the clause: "Junger, 39, who had been suspended from his
// duties" of "Burkhard Junger"), a lone word tagged an organisation (a
// surname mistaken: "Bangemann"), or a word no tagged name covers after
// the sentence's first. A place, a name of several words ("Lantern
// Hours") or in capitals ("CNN") owns nothing.
func (p pronouns) mayOwn(s doc.Sentence, at int) bool {
	i := sort.Search(len(p.mentions), func(i int) bool { return p.mentions[i].End > at })
	if i >= len(p.mentions) || p.mentions[i].Start > at {
		return at > s.Start
	}
	m := p.mentions[i]
	if m.Type == doc.Person {
		return true
	}
	t := strings.TrimSpace(m.Text)
	return m.Type != doc.Place && !spaceNewlineMarks.in(t) && t != strings.ToUpper(t)
}
