package events

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/identity"
)

// otherOffice are the words before a role noun that make it another
// office than the noun alone: a "deputy governor" is not "the governor".
var otherOffice = toSet(`deputy vice acting assistant associate former interim ex co joint`)

// appositiveReach is how many words of an apposition after a name
// may stand before its role noun: ", the Hungarian-born composer".
const appositiveReach = 3

// roleSubject returns the role noun a clause opens with after "The",
// when the clause speaks of a person by it ("The composer retired in
// 2019", "The governor had clashed with the government"), else "". A
// noun followed by a name ("The director Pierre-Henri du Bois") or a
// possessive ("The governor's office") is no such subject.
func roleSubject(clause string) string {
	const maxOpening = 64 // bytes enough for its first three words
	var room [3]string
	ws := leadingFieldsInto(room[:0], clause[:min(len(clause), maxOpening)], len(room))
	if len(ws) < 3 || ws[0] != "The" && ws[0] != "the" {
		return ""
	}
	noun, next := ws[1], ws[2]
	if !isWord(noun) || !unicode.IsLower([]rune(noun)[0]) || !identity.HasRoleHead(noun) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) {
		return ""
	}
	return noun
}

// roleHolder returns the one person the article named before offset end
// with the role noun noun next to the name: right before it ("Central
// bank governor Jean-Luc de la Croix") or in an apposition right after
// it ("Viktor Szabó-Lindgren, the Hungarian-born composer"); "" when no
// one or several people are. A role with another office's word before
// it ("deputy governor") is not the noun's.
//
// The people with the noun beside their names are found once per noun
// (see roleHolders), so that a long article asking of every "the
// governor" costs a search, not a pass over all its mentions.
func (p pronouns) roleHolder(end int, noun string) string {
	h := p.roleHolders(noun)
	if h.clash < end {
		return ""
	}
	k := sort.Search(len(h.fit), func(i int) bool { return p.mentions[h.fit[i]].Start >= end })
	if k == 0 {
		return ""
	}
	return p.mentions[h.fit[k-1]].Name()
}

// holderScan holds the people with a role noun beside their names, in
// text order: the mentions of the first such name up to the first
// mention of another, which starts at clash (math.MaxInt when there is
// none). A mention past the end of the text ends the scan, as it ends
// roleHolder's reading.
type holderScan struct {
	fit   []int // indices into mentions
	clash int
}

// roleHolders returns the scan of the holders of noun, making it on
// first use.
func (p pronouns) roleHolders(noun string) *holderScan {
	if h, ok := p.memo.holders[noun]; ok {
		return h
	}
	h := &holderScan{clash: math.MaxInt}
	for i, m := range p.mentions {
		if m.End > len(p.text) {
			break
		}
		if m.Type != doc.Person || !rolePrecedes(p.text[:m.Start], noun) && !roleApposed(p.text[m.End:], noun) {
			continue
		}
		if len(h.fit) > 0 && p.mentions[h.fit[0]].Name() != m.Name() {
			h.clash = m.Start
			break
		}
		h.fit = append(h.fit, i)
	}
	if p.memo.holders == nil {
		p.memo.holders = map[string]*holderScan{}
	}
	p.memo.holders[noun] = h
	return h
}

// rolePrecedes reports whether before, the text up to a name, ends in the
// role noun, not after a word of another office: "bank governor ".
func rolePrecedes(before, noun string) bool {
	rest, ok := strings.CutSuffix(before, " ")
	if !ok {
		return false
	}
	i := strings.LastIndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if !strings.EqualFold(rest[i+1:], noun) {
		return false
	}
	return !otherOffice[strings.ToLower(nextWordBack(rest[:i+1]))]
}

// nextWordBack returns the last word of s when only a space or a hyphen
// parts it from the end ("deputy " of "deputy governor", "ex-" of
// "ex-governor"), else "".
func nextWordBack(s string) string {
	t := strings.TrimSuffix(s, "-")
	if t == s {
		if t = strings.TrimSuffix(s, " "); t == s {
			return ""
		}
	}
	i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	return t[i+1:]
}

// roleApposed reports whether rest, the text after a name, opens with an
// apposition of "the" or "a" holding the role noun within a few words,
// not after a word of another office: ", the Hungarian-born composer".
func roleApposed(rest, noun string) bool {
	rest, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	ws := strings.Fields(rest[:min(len(rest), 120)])
	if len(ws) < 2 || !inLower(determiners, ws[0]) {
		return false
	}
	for i, w := range ws[1:min(len(ws), 2+appositiveReach)] {
		bare := strings.TrimRight(w, phraseEnd)
		if strings.EqualFold(bare, noun) {
			return !inLower(otherOffice, ws[i])
		}
		if bare != w {
			return false
		}
	}
	return false
}

// withRoleSubject adds to names, the participants of a clause sum, the
// person its role-noun subject stands for: "The composer retired in
// 2019" in an article that named "Viktor Szabó-Lindgren, the
// Hungarian-born composer".
func withRoleSubject(p pronouns, sum doc.Span, names []string) []string {
	noun := roleSubject(p.text[sum.Start:sum.End])
	if noun == "" {
		return names
	}
	return addName(names, p.roleHolder(sum.Start, noun))
}
