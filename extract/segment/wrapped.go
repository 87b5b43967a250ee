package segment

import (
	"unicode"
	"unicode/utf8"
)

// softWrap describes hard-wrapped text: newswire and e-mail copy broken at a
// fixed column, where a line break inside a paragraph stands for a space and
// paragraphs start with an indent or follow a blank line. Treating those
// breaks as sentence ends would cut names ("BP North America\nInc said") and
// quotes in two.
type softWrap struct {
	width int // the longest line, in bytes
}

// The shape that marks hard-wrapped text: short lines throughout, and line
// breaks that fall mid-sentence (the next line goes on in lower case) often
// enough that it cannot be chance. Text written one paragraph or one sentence
// per line has long lines or lines that start with capitals.
const (
	maxWrapWidth    = 100 // longest line of wrapped text, in bytes
	minWrapLines    = 4
	minMidSentence  = 2 // breaks followed by a lower-case continuation
	midSentenceRate = 4 // at least one such break in this many line pairs
)

// wrapped returns the wrap of text, or nil when its lines are paragraphs.
func wrapped(text string) *softWrap {
	lines, pairs, mid, width := 0, 0, 0, 0
	prevOpen := false // the previous line is non-blank and ends mid-sentence
	prevIndented := false
	prevBlank := true
	for start := 0; start <= len(text); {
		end := lineEnd(text, start)
		line := trimRightSpace(text[start:end])
		start = end + 1
		if end+1 < len(text) && text[end] == '\r' && text[end+1] == '\n' {
			start++
		}
		if len(line) > maxWrapWidth {
			return nil
		}
		if isBlank(line) {
			prevBlank, prevOpen = true, false
			continue
		}
		lines++
		width = max(width, len(line))
		indented := line[0] == ' ' || line[0] == '\t'
		if !prevBlank && !indented {
			pairs++
			// A sentence goes on in lower case, or an indented first line of
			// a paragraph runs on into the unindented lines of its body.
			if prevOpen && (startsLower(line) || prevIndented && !isListItem(line)) {
				mid++
			}
		}
		prevBlank, prevIndented = false, indented
		prevOpen = !endsSentence(line)
	}
	if lines < minWrapLines || mid < minMidSentence || mid*midSentenceRate < pairs {
		return nil
	}
	return &softWrap{width: width}
}

// continues reports whether the line break at i, ending the line that starts
// at start, only wraps a paragraph. A break before a blank or indented line
// ends the paragraph, and so does one after a short line unless the next line
// plainly goes on in lower case (a heading, or a paragraph's last line).
func (w *softWrap) continues(text string, start, i int) bool {
	if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
		return true // the '\n' of the pair decides
	}
	line := trimRightSpace(text[start:i])
	if isBlank(line) || i+1 >= len(text) {
		return false
	}
	next := text[i+1 : lineEnd(text, i+1)]
	if isBlank(next) || next[0] == ' ' || next[0] == '\t' {
		return false
	}
	if startsLower(next) || endsWithFunctionWord(line) {
		return true
	}
	return !endsSentence(line) && !isListItem(next) && 2*len(line) >= w.width
}

// isListItem reports whether a line starts with a list marker: "1. ", "2) ",
// "- ", "* ", "• ". Rows of a list or table are lines of their own.
func isListItem(line string) bool {
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 {
		return i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
	}
	r, size := utf8.DecodeRuneInString(line)
	return (r == '-' || r == '*' || r == '•' || r == '–' || r == '—') && size < len(line) && line[size] == ' '
}

// lineEnd returns the index of the line break that ends the line starting at
// start, or len(text).
func lineEnd(text string, start int) int {
	for i := start; i < len(text); i++ {
		if text[i] == '\n' || text[i] == '\r' {
			return i
		}
	}
	return len(text)
}

func trimRightSpace(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isSpace(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

func isBlank(s string) bool {
	return skipSpace(s, 0, len(s)) == len(s)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsSentence reports whether the line ends with a stop, possibly inside
// closing quotes or brackets, or with a colon.
func endsSentence(line string) bool {
	for len(line) > 0 {
		r, size := utf8.DecodeLastRuneInString(line)
		switch {
		case isCloser(r):
			line = line[:len(line)-size]
		case r == '.' || r == '!' || r == '?' || r == '…' || r == ':':
			return true
		default:
			return false
		}
	}
	return false
}

// endsWithFunctionWord reports whether a line stops on a word that cannot end
// a sentence or heading: "Fuel loading of the\nPalo Verde unit".
func endsWithFunctionWord(line string) bool {
	i := len(line)
	for i > 0 && line[i-1] >= 'a' && line[i-1] <= 'z' {
		i--
	}
	if i > 0 && line[i-1] != ' ' {
		return false
	}
	return connectives[line[i:]]
}

var connectives = set(`a an the of to in and or for with by at on from as that which who whose its their
	his her our between into than`)
