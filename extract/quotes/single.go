package quotes

import (
	"unicode"
	"unicode/utf8"
)

// Single quote marks ('like this', ‘like this’) quote in British and Irish
// copy and in headlines, but the same characters are apostrophes far more
// often. A single mark opens a quote only at the start of a word that is
// not an elision, and closes one only at the end of a word; a plural
// possessive ("the workers' union") closes a quote only when nothing
// better does.

// elisions are the words that follow an apostrophe at a word start: 'tis,
// rock 'n' roll, the detached "Putin ‘s" of badly converted text.
var elisions = wordSet(`s t d m n ll re ve em tis twas til cause cos bout`)

// maxElision is the length of the longest elision.
const maxElision = 5

// classifySingle tells a single quote mark from an apostrophe: don’t,
// Russia’s, ’90s, 'tis, rock 'n' roll, the analysts' meeting and
// "Putin ‘s" are not quotes.
func classifySingle(r, prev, next rune, text string, after, hi int) markClass {
	if isWordRune(prev) && isWordRune(next) {
		return notMark // inside a word
	}
	opener := prev == 0 || isSpaceRune(prev) || isOpenPunct(prev) || prev == '"' || prev == '“'
	if opener {
		// ’ opens only elisions (’90s, ’em); a digit follows the mark
		// only in one ('90s, '05).
		if r == '’' || next == 0 || isSpaceRune(next) || unicode.IsDigit(next) || elision(text, after, hi) {
			return notMark
		}
		return openOnly
	}
	if prev == 's' && isSpaceRune(next) {
		return closeMaybe // plural possessive, or a quote ending in "s"
	}
	if next == 0 || isSpaceRune(next) || isClosePunct(next) {
		return closeOnly
	}
	return notMark
}

// elision reports whether the word at i is one that follows an
// apostrophe rather than an opening quote.
func elision(text string, i, hi int) bool {
	var buf [maxElision]byte
	n := 0
	for ; i < hi && n <= maxElision; i++ {
		c := text[i] | 0x20 // lower-cases ASCII letters
		if c < 'a' || c > 'z' {
			break
		}
		if n == maxElision {
			return false
		}
		buf[n] = c
		n++
	}
	if n == 0 || isWordRune(nextRune(text, i, hi)) {
		return false
	}
	return elisions[string(buf[:n])]
}

// isDoubleMark reports whether a double quote mark starts at i.
func isDoubleMark(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// wordRunes counts the letters and digits of s, up to two.
func wordRunes(s string) int {
	n := 0
	for _, r := range s {
		if isWordRune(r) {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}

// mergeNested puts the double- and single-quote segments of a text in one
// list, in text order. A single quote lies outside every double one (its
// marks inside a double quote were skipped), so it either holds double
// quotes or none: the ones it holds are nested and dropped.
func mergeNested(dbl, sgl []quoteSeg) []quoteSeg {
	out := make([]quoteSeg, 0, len(dbl)+len(sgl))
	j := 0
	for _, d := range dbl {
		for j < len(sgl) && sgl[j].closeEnd <= d.open {
			out = append(out, sgl[j])
			j++
		}
		if j < len(sgl) && sgl[j].open < d.open && d.closeEnd <= sgl[j].closeEnd {
			continue
		}
		out = append(out, d)
	}
	return append(out, sgl[j:]...)
}
