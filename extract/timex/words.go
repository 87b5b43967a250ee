package timex

import (
	"math/bits"
	"newsbot/extract/internal/swar"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Splitting a sentence into words, once, for the rule triggers, the
// tense of clauses and the rules that look at the word before or after a
// match.

type word struct {
	start, end int
	text       string // lower-cased
}

// words splits s into lower-cased word tokens with byte offsets; an
// apostrophe inside or at the start of a word belongs to it ("'ll").
func words(s string) []word {
	return appendWords(make([]word, 0, len(s)/5+1), s, lowerASCII(s))
}

// appendWords appends the words of s to out; low is lowerASCII(s), which
// the sentence has at hand, so that a capitalised ASCII word costs no
// allocation of its own.
func appendWords(out []word, s, low string) []word {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiWordByte[c] {
				i++ // what nextWord would skip
				continue
			}
			// Most words are ASCII from end to end: nextWord's word
			// at once, unless a byte beyond ASCII follows it.
			if end := asciiTailEnd(s, i+1); end == len(s) || s[end] < utf8.RuneSelf {
				out = append(out, word{i, end, low[i:end]})
				i = end
				continue
			}
		}
		start, end, ascii := nextWord(s, i)
		if start < 0 {
			return out
		}
		out = append(out, word{start, end, wordText(s, low, start, end, ascii)})
		i = end
	}
	return out
}

// asciiTailEnd returns the end of the run of asciiWordTail bytes that
// starts at s[i], eight bytes at a time.
func asciiTailEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := ^tailBytes8(swar.Load64(s, i)) & (0x80 * swar.BytesOf); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && asciiWordTail[s[i]] {
		i++
	}
	return i
}

// tailBytes8 has the top bit set in each byte of x that asciiWordTail
// marks, an ASCII letter, digit or apostrophe: the ranges are tested on
// all eight bytes at once as wordBytes8 tests them, the letters in one
// range by setting the bit that tells the cases apart.
func tailBytes8(x uint64) uint64 {
	const ones, tops = swar.BytesOf, 0x80 * swar.BytesOf
	low7 := x &^ tops
	folded := low7 | 0x20*ones
	letters := (folded + (0x80-'a')*ones) &^ (folded + (0x80-'z'-1)*ones)
	digits := (low7 + (0x80-'0')*ones) &^ (low7 + (0x80-'9'-1)*ones)
	apos := ^((low7 ^ '\''*ones) + 0x7f*ones)
	return (letters | digits | apos) &^ x & tops
}

// firstWord returns words(s)[0], for the rules that look only at the
// word after a match, without splitting the rest of the sentence.
func firstWord(s string) (word, bool) {
	start, end, ascii := nextWord(s, 0)
	if start < 0 {
		return word{}, false
	}
	if ascii {
		return word{start, end, lowerASCII(s[start:end])}, true
	}
	return word{start, end, normApos(strings.ToLower(s[start:end]))}, true
}

// nextWord returns the bounds of the first word of s at or after s[i],
// which must not be inside a word, and whether the word is all ASCII;
// start is -1 when there is none. A word is a run of letters and digits
// and of the apostrophes after its first letter.
func nextWord(s string, i int) (start, end int, ascii bool) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWordByte[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += size
	}
	if i == len(s) {
		return -1, -1, true
	}
	start, ascii = i, true
	for i < len(s) {
		// Most of a word is ASCII letters, read by one table look a
		// byte; a byte past ASCII stops the run for a look at its rune.
		for i < len(s) && asciiWordTail[s[i]] {
			i++
		}
		if i == len(s) || s[i] < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) && r != '’' {
			break
		}
		ascii = false
		i += size
	}
	return start, i, ascii
}

// wordText is the lower-cased text of the word s[start:end].
func wordText(s, low string, start, end int, ascii bool) string {
	if ascii {
		return low[start:end]
	}
	return normApos(strings.ToLower(s[start:end]))
}

// asciiWordByte tells the ASCII letters and digits.
var asciiWordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// asciiWordTail tells the ASCII bytes that go on a word: letters, digits
// and the apostrophe.
var asciiWordTail = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiWordByte[c] || c == '\''
	}
	return t
}()

// isWordRune is unicode.IsLetter || unicode.IsDigit, with the ASCII
// answer worked out inline: words() runs over every sentence.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func normApos(s string) string { return strings.ReplaceAll(s, "’", "'") }
