package events

import (
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/internal/swar"
	"newsbot/extract/timex"
)

// weekdayNames are the days of the week, lower-cased.
var weekdayNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// dayBeforeEvent reports whether the time at span is a day of the week
// counted from another event of the story ("on the Sunday before the
// flood", "the Monday after the vote"): it is that event's neighbour, not
// the last such day before publication, so it dates nothing here. "The
// Sunday before last" counts from the publication date and is kept.
func dayBeforeEvent(text string, span doc.Span) bool {
	if span.Start < 0 || span.End > len(text) {
		return false
	}
	// Every weekday name ends in "day", whose letters lower-casing makes
	// of their ASCII capitals only (nonASCIILowers).
	if !containsFold(text[span.Start:span.End], "day") {
		return false
	}
	words := strings.Fields(strings.ToLower(text[span.Start:span.End]))
	if len(words) == 0 || !weekdayNames[strings.Trim(words[len(words)-1], ".,")] {
		return false
	}
	// Only the last bytes before the time can end in "the ": lower-casing
	// maps no other character to these letters.
	if len(words) == 1 && !strings.HasSuffix(strings.ToLower(text[max(0, span.Start-len("the ")):span.Start]), "the ") {
		return false
	}
	if len(words) > 1 && words[0] != "the" {
		return false
	}
	rest := strings.Fields(strings.ToLower(text[span.End:min(len(text), span.End+40)]))
	return len(rest) >= 2 && (rest[0] == "before" || rest[0] == "after") && rest[1] == "the"
}

// modalPerfect is the verb of what would have happened but did not:
// "might have lived", "would not have flooded".
var modalPerfect = regexp.MustCompile(`(?i)\b(?:would|could|might|should)(?:n't|n’t| not)? have\b|\b(?:would|could|might|should)'ve\b`)

// unrealCondition ends at the time of a condition that did not hold:
// "had a red warning been issued on", "if the gates had been shut on",
// "Had they left on". Its words up to the time are few and hold no other
// clause.
var unrealCondition = regexp.MustCompile(`(?i)(?:^|[,;]\s*|\bhave\s+\S+\s+)had\s+(?:[^,;.]{0,60}?\s)?(?:been|not)\s[^,;.]{0,60}$|\bif\s+[^,;.]{0,60}?\bhad\s[^,;.]{0,60}$|^had\s[^,;.]{0,80}$`)

// counterfactualTime reports whether the time at span of sentence sent
// lies in the condition of what would have happened but did not ("might
// have lived had a red warning been issued on Sunday"): it dates no
// event. The sentence must hold the verb of what would have happened
// (modalPerfect), as counterfactualSentence, which reads that once for
// all its times, has found.
func counterfactualTime(text string, sent, span doc.Span) bool {
	if sent.Start < 0 || sent.End > len(text) || span.Start < sent.Start || span.Start > sent.End {
		return false
	}
	// Every match of unrealCondition holds "had", whose letters (?i)
	// folds with their ASCII capitals only.
	if !containsFold(text[sent.Start:span.Start], "had") {
		return false
	}
	loc := unrealCondition.FindStringIndex(text[sent.Start:span.Start])
	if loc == nil {
		return false
	}
	// "if the government had not devalued the rupiah last September": the
	// devaluation did happen.
	for _, w := range strings.Fields(strings.ToLower(text[sent.Start+loc[0] : span.Start])) {
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return false
		}
	}
	return true
}

// counterfactualSentence reports whether sentence sent holds a time (of
// times) in the condition of what would have happened but did not: the
// times of its other clause tell of that unreal outcome ("if it had
// acquired the unit at the beginning of 1986, its loss for the full year
// would have been 9.88 dlrs").
func counterfactualSentence(text string, sent doc.Span, times []timex.Expr) bool {
	if sent.Start < 0 || sent.End > len(text) || !mayModalPerfect(text[sent.Start:sent.End]) || !modalPerfect.MatchString(text[sent.Start:sent.End]) {
		return false
	}
	i := sort.Search(len(times), func(i int) bool { return times[i].Start >= sent.Start })
	for ; i < len(times) && times[i].Start < sent.End; i++ {
		if counterfactualTime(text, sent, times[i].Span) {
			return true
		}
	}
	return false
}

// splitAtUndated cuts a sentence that dates one event beside a day that
// dates nothing ("issued a warning on the Sunday before the flood, but
// raised it only on Monday") at that day's clause too: the clause of the
// undated day is no part of the dated event's summary.
func splitAtUndated(undated map[doc.Span][]doc.Span, dated map[doc.Span][]doc.Span, split map[doc.Span]bool) {
	for s, spans := range undated {
		if len(dated[s]) == 0 {
			continue
		}
		split[s] = true
		dated[s] = append(dated[s], spans...)
		slices.SortFunc(dated[s], func(a, b doc.Span) int { return a.Start - b.Start })
	}
}

// hasPerfectStem reports whether s holds " have" or "'ve" in any case,
// as every match of modalPerfect does: a cheap test before it.
func hasPerfectStem(s string) bool {
	return containsFold(s, " have") || containsFold(s, "'ve")
}

// containsFold reports whether s holds sub, written in lower-case ASCII,
// with its ASCII letters in either case.
func containsFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	// Only an offset where s has the rarest byte of sub, in one case and
	// then in the other, is worth a comparison.
	k := rarestByte(sub)
	c := sub[k]
	if 'a' <= c && c <= 'z' {
		return indexFoldLetter(s, sub, k, c) >= 0
	}
	if indexFoldAnchored(s, sub, k, c) {
		return true
	}
	return asciiUpper(c) != c && indexFoldAnchored(s, sub, k, asciiUpper(c))
}

// indexFoldAnchored reports whether s holds sub (as containsFold) at an
// offset i where s[i+k] is the byte c.
func indexFoldAnchored(s, sub string, k int, c byte) bool {
	n := len(s) - len(sub) + 1 // where sub may start
	for i := 0; i < n; {
		j := strings.IndexByte(s[i+k:n+k], c)
		if j < 0 {
			return false
		}
		if hasFoldAt(s, i+j, sub) {
			return true
		}
		i += j + 1
	}
	return false
}

// indexFoldLetter returns the first offset i at which s holds sub (as
// containsFold) and s[i+k] is the lower-case letter c in either case, or
// -1. A byte is c in either case exactly when the byte with its 0x20 bit
// set is c: eight bytes at a time are or-ed with that bit and compared
// with c, in one pass for both cases. The comparison may flag a byte
// that is not c (after a borrow from a lower byte that is), never miss
// one that is, and flags in text order; every flagged offset is
// compared in full.
func indexFoldLetter(s, sub string, k int, c byte) int {
	end := len(s) - len(sub) + 1 + k // where the anchor of the last offset stands, plus one
	pat := uint64(c) * swar.BytesOf
	p := k
	for ; p+8 <= end; p += 8 {
		v := (swar.Load64(s, p) | 0x20*swar.BytesOf) ^ pat
		for m := (v - swar.BytesOf) &^ v & (0x80 * swar.BytesOf); m != 0; m &= m - 1 {
			if i := p + bits.TrailingZeros64(m)/8 - k; hasFoldAt(s, i, sub) {
				return i
			}
		}
	}
	for ; p < end; p++ {
		if s[p]|0x20 == c && hasFoldAt(s, p-k, sub) {
			return p - k
		}
	}
	return -1
}

// rarestByte returns the index in sub of its byte least often seen in
// English text (byteRank), the first of equals.
func rarestByte(sub string) int {
	k := 0
	for i := 1; i < len(sub); i++ {
		if byteRank[sub[i]] > byteRank[sub[k]] {
			k = i
		}
	}
	return k
}

// byteRank ranks the bytes of English text by how rare they are, the
// space and the common letters lowest. Any ranking finds the same
// matches; a rare byte only makes fewer offsets worth a comparison.
var byteRank = func() (r [256]uint8) {
	for i := range r {
		r[i] = 40 // punctuation, digits and the rest
	}
	r[' '] = 0
	for i, c := range "etaoinshrdlcumwfgypbvkjxqz" {
		r[c] = uint8(i + 1)
	}
	return r
}()

// lowerContains reports strings.Contains(strings.ToLower(s), sub) for sub
// in lower-case ASCII, without a lower-case copy of an ASCII s.
func lowerContains(s, sub string) bool {
	if isASCII(s) {
		return containsFold(s, sub)
	}
	return strings.Contains(strings.ToLower(s), sub)
}

// asciiUpper upper-cases an ASCII small letter and leaves any other byte
// as it is.
func asciiUpper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// hasFoldAt reports whether s holds sub, written in lower-case ASCII,
// at offset i, with its ASCII letters in either case.
func hasFoldAt(s string, i int, sub string) bool {
	if i+len(sub) > len(s) {
		return false
	}
	for j := 0; j < len(sub); j++ {
		if asciiLower(s[i+j]) != sub[j] {
			return false
		}
	}
	return true
}

// asciiLower lower-cases an ASCII capital letter and leaves any other
// byte as it is.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// modalTails are what follows the stem of a modal ("ould", "ight") in
// every match of modalPerfect, in lower case: its letters fold with
// their ASCII capitals only.
var modalTails = []string{" have", "n't have", "n’t have", " not have", "'ve"}

// modalStems are the stems of the modals of modalPerfect, each with the
// offset of its rarest byte (rarestByte), a lower-case letter.
var modalStems = [...]struct {
	word   string
	anchor int
}{{"ould", rarestByte("ould")}, {"ight", rarestByte("ight")}}

// mayModalPerfect reports whether s holds, in any case, "ould" or "ight"
// followed at once by one of modalTails, as every match of modalPerfect
// does ("would have", "mightn't have", "could've"): a cheap test before
// it. The modal's first letter is not read ("ſhould" is "should" to the
// expression).
func mayModalPerfect(s string) bool {
	for _, stem := range modalStems {
		k := stem.anchor
		for off := 0; ; {
			i := indexFoldLetter(s[off:], stem.word, k, stem.word[k])
			if i < 0 {
				break
			}
			end := off + i + len(stem.word)
			for _, tail := range modalTails {
				if hasFoldAt(s, end, tail) {
					return true
				}
			}
			off += i + 1
		}
	}
	return false
}

// nonASCIILowers are the ASCII letters strings.ToLower makes of a rune
// outside ASCII: the "i" of the capital I with a dot above and the "k" of
// the Kelvin sign. Any other ASCII letter of a lower-cased text stands
// where the text has it in one case or the other, so that a literal in
// lower-case ASCII without these letters is in the lower-cased text
// exactly where containsFold or hasFoldAt finds it in the text.
const nonASCIILowers = "ik"
