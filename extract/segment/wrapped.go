package segment

import (
	"strings"
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
	minWrapLines    = 3
	minMidSentence  = 2 // breaks followed by a lower-case continuation
	midSentenceRate = 4 // at least one such break in this many line pairs
)

// wrapped returns the wrap of text, or nil when its lines are paragraphs.
func wrapped(text string) *softWrap {
	lines, pairs, mid, width := 0, 0, 0, 0
	prevOpen := false // the previous line is non-blank and ends mid-sentence
	prevIndented := false
	prevBlank := true
	prevLinks := false // the previous line ends on a comma or a function word
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
			// A sentence goes on in lower case or after a word that
			// cannot end one, or an indented first line of a paragraph
			// runs on into the unindented lines of its body.
			if prevOpen && (startsLower(line) || prevLinks || prevIndented && !isListItem(line)) {
				mid++
			}
		}
		prevBlank, prevIndented = false, indented
		prevOpen = !endsSentence(line)
		prevLinks = strings.HasSuffix(line, ",") || endsWithFunctionWord(line)
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
// The first line is the exception: wire copy whose headline travels apart
// starts with the body, and its first line runs on whatever its length
// ("Secretary of Commerce Malcolm\nBaldrige expressed concern") unless it
// is in capitals or the next line opens with a dateline ("MADRID —"), as a
// headline's would.
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
	first := isBlank(text[:start])
	if first && startsWithDateline(next) {
		return false
	}
	if startsLower(next) || endsWithFunctionWord(line) {
		return true
	}
	if endsSentence(line) && !endsWithInitials(line) || isListItem(next) {
		return false
	}
	if first {
		return !isCapsLine(line)
	}
	return 2*len(line) >= w.width
}

// endsWithInitials reports whether a line stops on initials ("Walter G.",
// "Chairman A.W."), which a name goes on after, not a sentence end.
func endsWithInitials(line string) bool {
	if !strings.HasSuffix(line, ".") {
		return false
	}
	w := line[strings.LastIndexByte(line, ' ')+1 : len(line)-1]
	for _, part := range strings.Split(w, ".") {
		if !isInitial(part) {
			return false
		}
	}
	return true
}

// isCapsLine reports whether a line has letters and none in lower case.
func isCapsLine(line string) bool {
	letters := false
	for _, r := range line {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// startsWithDateline reports whether a line opens with a word in capitals
// of three letters or more followed by a dash, a comma or a bracket:
// "MADRID — Mayor ...", "LONDON, March 3 -", "KYIV (Reuters)".
func startsWithDateline(line string) bool {
	i, letters := 0, 0
	for i < len(line) {
		r, n := utf8.DecodeRuneInString(line[i:])
		if unicode.IsLower(r) {
			return false
		}
		if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' {
			break
		}
		letters++
		i += n
	}
	if letters < 3 {
		return false
	}
	rest := strings.TrimLeft(line[i:], " ")
	return rest == "" || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") ||
		strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "(")
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
	if start >= len(text) {
		return len(text)
	}
	rest := text[start:]
	n := strings.IndexByte(rest, '\n')
	if n < 0 {
		n = len(rest)
	}
	if r := strings.IndexByte(rest[:n], '\r'); r >= 0 {
		n = r
	}
	return start + n
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
