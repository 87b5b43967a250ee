// Package segment splits an article's text into sentences with byte offsets
// and marks the sentences that are site furniture (navigation, share lines,
// link lists, photo credits) rather than reporting.
//
// A line is a paragraph: a newline always ends a sentence, so a headline
// without a full stop is one sentence and a corpus rendered one sentence per
// line keeps its sentences. The one exception is hard-wrapped text (newswire
// copy broken at a fixed column), where a line break inside a paragraph is
// only a space; see wrapped.
package segment

import (
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/internal/swar"
)

// Split returns every sentence of text in order, trimmed of surrounding
// whitespace, with Para set to the index of its paragraph among the
// non-empty ones and Boilerplate set for site furniture. The sentences are
// ordered and never overlap, and text[s.Start:s.End] is the sentence. A
// sentence longer than doc.MaxSentence is cut into pieces (see
// doc.AppendBounded), so that no rule works on an unbounded span.
func Split(text string) []doc.Sentence {
	out := make([]doc.Sentence, 0, len(text)/80+1)
	para := 0
	forEachParagraph(text, func(start, end int) {
		n := len(out)
		out = splitParagraph(text, start, end, para, out)
		if len(out) > n {
			para++
		}
	})
	for i := range out {
		if isBoilerplate(text[out[i].Start:out[i].End]) {
			out[i].Boilerplate = true
		}
	}
	markHeader(text, out)
	markListed(text, out)
	markEndMatter(text, out)
	markAuthorBio(text, out)
	markSignOff(text, out)
	markTurns(text, out)
	return out
}

// forEachParagraph calls fn with the byte range of every paragraph: each
// line, or in hard-wrapped text each run of lines up to a blank or indented
// line. Ranges may contain surrounding whitespace and may be blank.
func forEachParagraph(text string, fn func(start, end int)) {
	soft := wrapped(text)
	start := 0
	for i := lineEnd(text, 0); i < len(text); i = lineEnd(text, i+1) {
		if soft != nil && soft.continues(text, start, i) {
			continue
		}
		fn(start, i)
		start = i + 1
	}
	fn(start, len(text))
}

// splitParagraph appends the sentences of text[start:end] to out.
func splitParagraph(text string, start, end, para int, out []doc.Sentence) []doc.Sentence {
	if stamp, entry := leadingStamp(text, start, end); stamp > start {
		out = appendSentence(text, start, stamp, para, out)
		start = entry
	}
	if badge, rest := leadingBadge(text, start, end); badge > start {
		out = appendSentence(text, start, badge, para, out)
		start = rest
	}
	s := start
	i := start
	q := quoteState{pos: start}
	for i < end {
		if i+8 <= end && !mayHoldTerminator(swar.Load64(text, i)) {
			i += 8 // none of the eight bytes may terminate: eight steps below
			continue
		}
		if !mayTerminate[text[i]] {
			i++
			continue
		}
		j := skipTerminators(text, i, end)
		if j == i { // a multi-byte rune that is not an ellipsis
			i++
			continue
		}
		k := skipClosers(text, j, end)
		m := skipSpace(text, k, end)
		if m == k || m == end { // no space after the stop: "3.5", "U.S.-led", or paragraph end
			i = k
			continue
		}
		if isBoundary(text, s, i, j, m, end) && !continuesQuote(&q, text, i, end) {
			out = appendSentence(text, s, k, para, out)
			s = m
		}
		i = m
	}
	return appendSentence(text, s, end, para, out)
}

// mayTerminate marks the bytes that may open a run of sentence-ending
// marks (see skipTerminators): '.', '!', '?' and 0xE2, the first byte of
// "…", "‼", "⁇", "⁈" and "⁉".
var mayTerminate = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// mayHoldTerminator reports whether a byte of the word x is one that
// mayTerminate marks.
func mayHoldTerminator(x uint64) bool {
	return hasByte(x, '.') || hasByte(x, '!') || hasByte(x, '?') || hasByte(x, 0xE2)
}

// hasByte reports whether a byte of the word x is c: x^c has a zero byte
// there, and subtracting 1 from each byte borrows through the top bit of
// the first zero byte only if there is one.
func hasByte(x uint64, c byte) bool {
	v := x ^ swar.BytesOf*uint64(c)
	return (v-swar.BytesOf)&^v&(0x80*swar.BytesOf) != 0
}

// appendSentence appends text[start:end] trimmed of space, if anything is
// left, cut into pieces if it is longer than doc.MaxSentence.
func appendSentence(text string, start, end, para int, out []doc.Sentence) []doc.Sentence {
	start = skipSpace(text, start, end)
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	if end <= start {
		return out
	}
	return doc.AppendBounded(out, text, doc.Sentence{Span: doc.Span{Start: start, End: end}, Para: para})
}

// skipTerminators returns the end of the run of sentence-ending marks
// (. ! ? …) that starts at i, or i if there is none.
func skipTerminators(text string, i, end int) int {
	for i < end {
		switch c := text[i]; {
		case c == '.' || c == '!' || c == '?':
			i++
		case c == 0xE2:
			r, size := utf8.DecodeRuneInString(text[i:end])
			if r != '…' && r != '‼' && r != '⁇' && r != '⁈' && r != '⁉' {
				return i
			}
			i += size
		default:
			return i
		}
	}
	return i
}

// skipClosers returns the end of the closing quotes and brackets at i, which
// belong to the sentence they close: `said.”` and `(see below.)`.
func skipClosers(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isCloser(r) {
			return i
		}
		i += size
	}
	return i
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '*', '_':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹', '„', '*', '_', '¿', '¡':
		return true
	}
	return false
}

// skipSpace returns the first index at or after i that is not white space.
func skipSpace(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// isSpace is unicode.IsSpace plus the invisible characters web text carries
// at line edges (zero-width space, byte order mark, word joiner).
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060' || r == '\u200e' || r == '\u200f'
}
