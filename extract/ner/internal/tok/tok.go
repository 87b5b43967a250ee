// Package tok splits text into CoNLL-style word tokens with byte offsets.
//
// The rules follow the Reuters/CoNLL-2003 conventions the tagger is trained
// on: punctuation is split off words, possessive 's (straight or curly
// apostrophe) and n't are separate tokens, while abbreviations such as
// "U.S." or "Mr.", hyphenated words, decimals and dates stay whole.
package tok

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word: the half-open byte range [Start, End) of the text.
type Token struct {
	Start, End int
}

// abbrevs are words that keep their trailing full stop. Initials and
// dotted acronyms ("U.S.", "J.") are recognised by shape instead.
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true,
	"Sr": true, "Inc": true, "Corp": true, "Co": true, "Ltd": true, "Bros": true,
	"Gen": true, "Col": true, "Lt": true, "Sgt": true, "Capt": true, "Cmdr": true,
	"Adm": true, "Maj": true, "Rep": true, "Sen": true, "Gov": true, "Prof": true,
	"Rev": true, "Hon": true, "Messrs": true, "Jan": true, "Feb": true, "Mar": true,
	"Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true,
	"Oct": true, "Nov": true, "Dec": true, "vs": true, "etc": true, "No": true,
	"Mt": true, "Ft": true, "Ave": true, "approx": true, "Pty": true, "Plc": true,
}

// Split appends to dst the tokens of text[start:end] and returns dst.
// Offsets are absolute byte offsets into text. Bounds are clamped so that
// any span is safe.
func Split(dst []Token, text string, start, end int) []Token {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	i := start
	for i < end {
		// An ASCII byte is a space by its class alone (see spaceAt).
		switch byteClass[text[i]] {
		case classSpace:
			i++
			continue
		case classHigh:
			if n := spaceAt(text, i, end); n > 0 {
				i += n
				continue
			}
		}
		j, plain := chunkEnd(text, i, end)
		if plain {
			// No rune of the chunk stands alone, so splitChunk would
			// pass the whole chunk to splitWord.
			dst = splitWord(dst, text, i, j)
		} else {
			dst = splitChunk(dst, text, i, j)
		}
		i = j
	}
	return dst
}

// chunkEnd returns the end of the whitespace-free chunk that starts at
// text[i] (not a space) and ends at a space rune or at end, and whether
// the chunk is plain: all ASCII with no byte that isBreak accepts. ASCII,
// most of the text, is decided by one table look-up per byte.
func chunkEnd(text string, i, end int) (int, bool) {
	plain := true
	j := i
	for j < end {
		switch k := byteClass[text[j]]; k {
		case 0:
			j++
			continue
		case classSpace:
			return j, plain
		case classBreak:
			plain = false
			j++
			continue
		}
		plain = false
		if spaceAt(text, j, end) > 0 {
			return j, plain
		}
		_, m := utf8.DecodeRuneInString(text[j:end])
		j += m
	}
	return j, plain
}

// The classes of bytes chunkEnd tells apart: an ASCII space, an ASCII
// rune that isBreak accepts, a byte of a multi-byte rune (or an invalid
// one), and every other byte (0).
const (
	classSpace = 1 + iota
	classBreak
	classHigh
)

// byteClass holds the class of every byte.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		case asciiSpace[c]:
			t[c] = classSpace
		case isBreak(rune(c)):
			t[c] = classBreak
		}
	}
	return t
}()

// asciiSpace marks the ASCII bytes isSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// spaceAt returns the byte length of the space rune at text[i:end], or 0
// if there is none. ASCII, most of the text, is decided by table.
func spaceAt(text string, i, end int) int {
	if c := text[i]; c < utf8.RuneSelf {
		if asciiSpace[c] {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:end])
	if isSpace(r) {
		return n
	}
	return 0
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' ||
		r == '\u2009' || r == '\u200b' || r == '\u202f' || r == '\ufeff' || unicode.IsSpace(r)
}

// isOpen reports runes that are split off the front of a word.
func isOpen(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '\'', '`', '“', '‘', '«', '‹', '„', '¿', '¡', '*', '<':
		return true
	}
	return false
}

// isClose reports runes that are split off the end of a word.
func isClose(r rune) bool {
	switch r {
	case ')', ']', '}', '"', '\'', '`', '”', '’', '»', '›', ',', ';', ':', '!', '?',
		'.', '…', '*', '>':
		return true
	}
	return false
}

// isBreak reports runes that always stand alone, even inside a word.
func isBreak(r rune) bool {
	switch r {
	case '—', '–', '…', '(', ')', '[', ']', '"', '“', '”', '|', ';', '«', '»', '*':
		return true
	}
	return false
}

// asciiBreak marks the ASCII runes isBreak accepts.
var asciiBreak = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isBreak(rune(c))
	}
	return t
}()

// splitChunk tokenises one whitespace-free chunk text[s:e].
func splitChunk(dst []Token, text string, s, e int) []Token {
	// Break at runes that always stand alone ("Kyiv—the", "(AP)").
	i := s
	for j := s; j < e; {
		if c := text[j]; c < utf8.RuneSelf && !asciiBreak[c] {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:e])
		if isBreak(r) && !keptDash(text, r, s, j, n, e) {
			if i < j {
				dst = splitWord(dst, text, i, j)
			}
			dst = append(dst, Token{j, j + n})
			i = j + n
		}
		j += n
	}
	if i < e {
		dst = splitWord(dst, text, i, e)
	}
	return dst
}

// keptDash reports an en dash at text[j:j+n], inside the chunk
// text[s:e], that stays inside its word: between digits in a range
// ("1990–95") or between two capitalised words, which it joins into one
// name as a hyphen does ("Tolsen–Marrow", a team of two sponsors).
func keptDash(text string, r rune, s, j, n, e int) bool {
	if r != '–' || j <= s || j+n >= e {
		return false
	}
	if isDigitBefore(text, j) && isDigitAt(text, j+n, e) {
		return true
	}
	return capitalisedBefore(text, s, j) && isUpperAt(text, j+n, e)
}

// capitalisedBefore reports whether the letters right before text[j],
// back to the chunk start s or another rune, open with a capital and
// are at least two.
func capitalisedBefore(text string, s, j int) bool {
	k, letters := j, 0
	for k > s {
		r, n := utf8.DecodeLastRuneInString(text[s:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
		letters++
	}
	if letters < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:j])
	return unicode.IsUpper(r)
}

// isUpperAt reports an upper-case letter at text[j] followed by a
// lower-case one.
func isUpperAt(text string, j, e int) bool {
	r, n := utf8.DecodeRuneInString(text[j:e])
	if !unicode.IsUpper(r) || j+n >= e {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(text[j+n : e])
	return unicode.IsLower(r2)
}

func isDigitBefore(text string, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	return r >= '0' && r <= '9'
}

func isDigitAt(text string, j, e int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:e])
	return r >= '0' && r <= '9'
}

// asciiOpen and asciiClose mark the ASCII runes isOpen and isClose
// accept.
var asciiOpen, asciiClose = func() (open, close [utf8.RuneSelf]bool) {
	for c := range open {
		open[c], close[c] = isOpen(rune(c)), isClose(rune(c))
	}
	return open, close
}()

// splitWord peels opening and closing punctuation and clitics off a word.
// Most words have none: a word that opens with an ASCII byte that opens
// nothing, ends with an ASCII byte that closes nothing and ends in no
// clitic is one token, which splitPunct would find too.
func splitWord(dst []Token, text string, s, e int) []Token {
	if first, last := text[s], text[e-1]; first < utf8.RuneSelf && !asciiOpen[first] &&
		last < utf8.RuneSelf && !asciiClose[last] && clitic(text[s:e]) == 0 {
		return append(dst, Token{s, e})
	}
	return splitPunct(dst, text, s, e)
}

// splitPunct is splitWord for any word.
func splitPunct(dst []Token, text string, s, e int) []Token {
	if isClitic(text[s:e]) {
		return append(dst, Token{s, e})
	}
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isOpen(r) || s+n == e && r != '\'' && r != '"' {
			break
		}
		dst = append(dst, Token{s, s + n})
		s += n
	}
	if s >= e {
		return dst
	}
	var tail [16]Token // closing tokens, collected back to front
	nt := 0
	for s < e && nt < len(tail)-2 {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isClose(r) {
			break
		}
		if r == '.' && keepsPeriod(text[s:e-n]) {
			break
		}
		if e-n == s {
			break // a lone punctuation mark is one token
		}
		e -= n
		tail[nt] = Token{e, e + n}
		nt++
	}
	if c := clitic(text[s:e]); c > 0 && c < e-s {
		tail[nt] = Token{e - c, e}
		nt++
		e -= c
	}
	dst = append(dst, Token{s, e})
	for k := nt - 1; k >= 0; k-- {
		dst = append(dst, tail[k])
	}
	return dst
}

// keepsPeriod reports whether w followed by "." is an abbreviation.
func keepsPeriod(w string) bool {
	if w == "" {
		return false
	}
	if abbrevs[w] {
		return true
	}
	// Single letter initial ("J.") or dotted acronym ("U.S", "a.m").
	letters, dots := 0, 0
	prevDot := true
	for _, r := range w {
		switch {
		case r == '.':
			if prevDot {
				return false
			}
			dots++
			prevDot = true
		case unicode.IsLetter(r):
			if !prevDot {
				return false
			}
			letters++
			prevDot = false
		default:
			return false
		}
	}
	return letters == 1 && dots == 0 || dots > 0 && letters == dots+1
}

// clitic returns the byte length of a trailing 's, ’s, n't or ' clitic.
func clitic(w string) int {
	n := len(w)
	lower := func(i int) byte {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	if n >= 3 && lower(n-1) == 's' && w[n-2] == '\'' {
		return 2
	}
	if n >= 5 && lower(n-1) == 's' && w[n-4:n-1] == "’" {
		return 4
	}
	if n >= 4 && lower(n-1) == 't' && w[n-2] == '\'' && lower(n-3) == 'n' {
		return 3
	}
	if n >= 6 && lower(n-1) == 't' && w[n-4:n-1] == "’" && lower(n-5) == 'n' {
		return 5
	}
	return 0
}

// isClitic reports a chunk that is itself a clitic token ("'s", "n't").
func isClitic(w string) bool {
	switch w {
	case "'s", "'S", "’s", "’S", "n't", "N'T", "n’t", "'re", "'ll", "'ve", "'d", "'m", "’re", "’ll", "’ve", "’d", "’m":
		return true
	}
	return false
}
