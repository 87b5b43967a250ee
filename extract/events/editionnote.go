package events

import (
	"math/bits"
	"strings"

	"newsbot/extract/internal/swar"
)

// ownEditions name an edition or version of the outlet's own paper, the
// subject of a note on what it printed ("An article in Monday's edition
// …", "the print edition of Thursday's report …").
var ownEditions = []string{"print edition", "online version", "online edition", "print version", "'s edition", "’s edition"}

// editionFaults tell what such a note says the edition got wrong.
var editionFaults = []string{
	"contained an error", "contained errors", "contained a mistake", " in error", "incorrectly", "wrongly",
	"misidentified", "misattributed", "misspelled", "misstated",
}

// printVersions name the print or online version of the outlet's own
// paper: said of one, that it "attributed" a remark is a note on it too.
var printVersions = []string{"print edition", "online version", "online edition", "print version"}

// editionNote reports whether a sentence is a note on what an edition of
// the outlet's own paper got wrong: "The Tuesday print edition wrongly
// named the mayor." It tells of the paper, not of news. A newspaper's
// edition cited as the source of news ("the daily said in its Monday
// edition that …") names no fault.
func editionNote(sentence string) bool {
	const maxNote = 400 // a note is told by its opening
	l := sentence[:min(len(sentence), maxNote)]
	if !holdsEditionStem(l) {
		return false
	}
	l = strings.ToLower(l)
	return containsAny(l, ownEditions) && containsAny(l, editionFaults) ||
		containsAny(l, printVersions) && strings.Contains(l, " attributed ")
}

// holdsEditionStem reports whether s holds "dition" or "ersion" in any
// case of its ASCII letters ("PRINT EDITION"), in one reading of s: it
// looks for "ion" eight offsets at a time and compares the three bytes
// before a match only. Both literals end in "ion", so every offset of one
// is three bytes before an "ion". Setting a byte's 0x20 bit lowers an
// ASCII capital and makes no other byte a lower-case letter.
func holdsEditionStem(s string) bool {
	const fold = 0x20 * swar.BytesOf
	p := len("dit") // where the "ion" of a literal may start
	for ; p+2+8 <= len(s); p += 8 {
		m := bytesEqual(swar.Load64(s, p)|fold, 'i') & bytesEqual(swar.Load64(s, p+1)|fold, 'o') & bytesEqual(swar.Load64(s, p+2)|fold, 'n')
		for ; m != 0; m &= m - 1 {
			if editionStemBefore(s, p+bits.TrailingZeros64(m)/8) {
				return true
			}
		}
	}
	for ; p+3 <= len(s); p++ {
		if s[p]|0x20 == 'i' && s[p+1]|0x20 == 'o' && s[p+2]|0x20 == 'n' && editionStemBefore(s, p) {
			return true
		}
	}
	return false
}

// editionStemBefore reports whether the "ion" at i, three bytes or more
// into s, ends "dition" or "ersion", in any case.
func editionStemBefore(s string, i int) bool {
	a, b, c := s[i-3]|0x20, s[i-2]|0x20, s[i-1]|0x20
	return a == 'd' && b == 'i' && c == 't' || a == 'e' && b == 'r' && c == 's'
}

// bytesEqual has the top bit set in each byte of x that is c, and no
// other bit. No sum carries from one byte into the next: each byte's top
// bit is cleared before the add, so every byte is compared exactly.
func bytesEqual(x uint64, c byte) uint64 {
	v := x ^ uint64(c)*swar.BytesOf // zero where x has c
	t := v&(0x7f*swar.BytesOf) + 0x7f*swar.BytesOf
	return ^(t | v | 0x7f*swar.BytesOf)
}
