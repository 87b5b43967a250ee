package identity

import (
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/internal/swar"
)

// Ranks of fire services, police forces and armed forces are written as a
// grade word before a rank noun ("Group Commander", "Station Commander",
// "Detective Inspector", "Chief Superintendent", "Wing Commander").
var (
	rankGrades = wordSet(`group station watch crew area wing squadron flight detective chief assistant
		deputy lieutenant major brigadier rear vice air divisional`)
	rankNouns = wordSet(`commander manager inspector superintendent constable sergeant officer
		colonel general admiral marshal captain lieutenant leader commissioner`)
)

// minRankNoun is the length in bytes of the shortest rank noun: no word
// shorter lowers to one (lowering never lengthens a word that lowers to
// ASCII), so shorter words are passed over before they are lowered.
var minRankNoun = minLen(rankNouns)

// rankNounInitials marks the first bytes of the rank nouns: a capital
// whose lower case opens none opens no rank noun either.
var rankNounInitials = firstBytes(rankNouns)

// rankNounStarts marks the bytes a word after a space must open with for
// rankedSurnames to read it: the capital of a rank noun's first letter,
// or a byte of a rune beyond ASCII, which is read in full.
var rankNounStarts = func() (out [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		out[c] = rankNounInitials[c|0x20]
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		out[c] = true
	}
	return out
}()

// firstBytes marks the first byte of every word of set.
func firstBytes(set map[string]bool) (out [256]bool) {
	for w := range set {
		out[w[0]] = true
	}
	return out
}

// minLen returns the length of the shortest word of set.
func minLen(set map[string]bool) int {
	n := -1
	for w := range set {
		if n < 0 || len(w) < n {
			n = len(w)
		}
	}
	return max(n, 1)
}

// rankedSurnames adds a person mention for the surname the tagger left
// untagged after a rank of two words: in "Group Commander Okafor
// described conditions", Okafor is a firefighter, named by rank and
// surname as services name their officers, whom other articles name in
// full ("Group Commander Sarah Okafor"). The surname must stand right
// after the rank (see rankedName), and no tagged mention may overlap the
// rank or the name. The mentions are changed in a copy, in text order.
func rankedSurnames(text string, mentions []doc.Mention) []doc.Mention {
	var added []doc.Mention
	var buf [32]byte // room for a word in lower case, looked up in the lexicons
	for at := nextRankStart(text, 1); at < len(text); at = nextRankStart(text, at+1) {
		s, e := wordAt(text, at)
		if e-s < minRankNoun || !isCapitalised(text[s:e]) || !rankNouns[string(lowerBytes(buf[:0], text[s:e]))] {
			continue
		}
		gs, ge := wordBefore(text, s)
		if gs < 0 || ge != s-1 || !isCapitalised(text[gs:ge]) || !rankGrades[string(lowerBytes(buf[:0], text[gs:ge]))] {
			continue
		}
		ns, ne := rankedName(text, e)
		if ns < 0 || overlaps(mentions, gs, ne) {
			continue
		}
		added = append(added, doc.Mention{Span: doc.Span{Start: ns, End: ne}, Type: doc.Person, Text: text[ns:ne]})
		at = ne // the next word taken is one after a space at ne or later
	}
	if len(added) == 0 {
		return mentions
	}
	out := append(append(make([]doc.Mention, 0, len(mentions)+len(added)), mentions...), added...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// nextRankStart returns the first index at or after from (which must be
// 1 or more) of a byte that rankNounStarts marks right after a space, or
// len(text). Eight bytes are tested at a time: a rank noun's first byte
// is an ASCII capital or a byte beyond ASCII, which are found together
// with the spaces before them by bit masks (see swar.Capitals), and only
// those are looked up in rankNounStarts.
func nextRankStart(text string, from int) int {
	at := from
	for ; at+8 <= len(text); at += 8 {
		y := swar.Load64(text, at)
		m := spacesOf(swar.Load64(text, at-1)) & (swar.Capitals(y) | y&(0x80*swar.BytesOf))
		for ; m != 0; m &= m - 1 {
			if p := at + bits.TrailingZeros64(m)/8; rankNounStarts[text[p]] {
				return p
			}
		}
	}
	for ; at < len(text); at++ {
		if rankNounStarts[text[at]] && text[at-1] == ' ' {
			return at
		}
	}
	return len(text)
}

// spacesOf has the top bit set in each byte of x that is a space, and no
// other bit: a byte is a space when its bits and the space's differ in
// none, and the sum that finds a difference in a byte's low seven bits
// cannot carry into the next byte.
func spacesOf(x uint64) uint64 {
	d := x ^ ' '*swar.BytesOf
	return ^((d&(0x7f*swar.BytesOf) + 0x7f*swar.BytesOf) | d) & (0x80 * swar.BytesOf)
}

// wordAt returns the word of letters, apostrophes and hyphens starting at
// byte i of text.
func wordAt(text string, i int) (int, int) {
	e := i
	for e < len(text) {
		r, n := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			break
		}
		e += n
	}
	return i, e
}

// rankedName returns the name word after a rank ending at end, or -1.
// A second capitalised word after it leaves the name in doubt
// ("Group Commander Sarah Okafor" untagged is not "Sarah"), and is left
// alone; a possessive ending goes with the word, as Resolve trims it.
func rankedName(text string, end int) (int, int) {
	if end >= len(text) || text[end] != ' ' {
		return -1, -1
	}
	s, e := wordAt(text, end+1)
	if !nameAfterRank(text[s:e]) {
		return -1, -1
	}
	if e < len(text) && text[e] == ' ' {
		if ns, ne := wordAt(text, e+1); ne > ns && isCapitalised(text[ns:ne]) {
			return -1, -1
		}
	}
	return s, e
}

// nameAfterRank reports whether w can be a surname after a rank: a word
// in mixed case that is no title, role, organisation head or word that
// opens no name.
func nameAfterRank(w string) bool {
	if w == "" || !isCapitalised(w) || allCaps(w) || isTitle(w) {
		return false
	}
	b := bare(w)
	return !isRoleHead(strings.ToLower(w)) && !leadJunk[b] && !roleStops[b] && !determiners[b] && !orgHeads[b] && !genericHeads[b]
}

// overlaps reports whether a mention overlaps [s, e).
func overlaps(mentions []doc.Mention, s, e int) bool {
	for _, m := range mentions {
		if m.Start < e && s < m.End {
			return true
		}
	}
	return false
}

// isASCIIUpper reports whether c is an ASCII capital: a capitalised rank
// noun (rankNouns) starts with one, or with a letter beyond ASCII that
// lowers to its first letter ("İ").
func isASCIIUpper(c byte) bool {
	return 'A' <= c && c <= 'Z'
}
