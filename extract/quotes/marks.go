package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// quoteSeg is one stretch of quoted words between a pair of marks. A quote
// that runs over several paragraphs (the first left open, the next opening
// again) is several segments sharing a chain.
type quoteSeg struct {
	open, openEnd   int      // the opening mark
	close, closeEnd int      // the closing mark; both at the content end when left open
	content         doc.Span // the quoted words, trimmed
	para            int      // index into analysis.paras
	chain           int      // segments of one multi-paragraph quote share it
	cont            bool     // opens a paragraph that continues an open quote
	boiler          bool     // opens inside site furniture

	// attribution, filled in by attribute
	win     int
	tok     int
	ev      *event
	decided bool // attribution searched and either found or blocked
}

type markClass uint8

const (
	notMark markClass = iota
	openOnly
	closeOnly
	either // a straight mark: the pairing state decides
)

// classify reads the mark at i (if any) and returns its class, whether it
// is a double mark, and its width.
func classify(text string, i, lo, hi int) (markClass, bool, int) {
	r, w := utf8.DecodeRuneInString(text[i:])
	prev, next := prevRune(text, i, lo), nextRune(text, i+w, hi)
	switch r {
	case '“', '„', '«':
		return openOnly, true, w
	case '”', '»':
		return closeOnly, true, w
	case '"':
		if isSpaceRune(prev) || isOpenPunct(prev) {
			if next == 0 || isSpaceRune(next) {
				// Detached ("rates " for the): it can only close a
				// quote already open.
				return either, true, w
			}
			return openOnly, true, w
		}
		return either, true, w
	case '‘', '’', '\'':
		return classifySingle(r, prev, next, text, i+w, hi), false, w
	}
	return notMark, false, w
}

// classifySingle tells a single quote mark from an apostrophe: don’t,
// Russia’s, ’90s, the analysts' meeting and "Putin ‘s" are not quotes.
func classifySingle(r, prev, next rune, text string, after, hi int) markClass {
	if isWordRune(prev) && isWordRune(next) {
		return notMark // inside a word
	}
	opener := prev == 0 || isSpaceRune(prev) || isOpenPunct(prev) || prev == '"' || prev == '“'
	if opener && r != '’' {
		if next == 0 || isSpaceRune(next) || unicode.IsDigit(next) {
			return notMark
		}
		if (next == 's' || next == 't' || next == 'd') && !isWordRune(nextRune(text, after+1, hi)) {
			return notMark // a detached possessive or contraction: "Putin ‘s"
		}
		return openOnly
	}
	if opener && r == '’' {
		return notMark
	}
	if prev == 's' && isSpaceRune(next) {
		return notMark // plural possessive: "the analysts' meeting"
	}
	if next == 0 || isSpaceRune(next) || isClosePunct(next) {
		return closeOnly
	}
	return notMark
}

// scanQuotes pairs the quote marks of every paragraph into segments. Double
// marks are the quotes; single marks count only in text that uses no double
// marks at all (British style), since elsewhere they are nested quotes or
// apostrophes.
func (a *analysis) scanQuotes() {
	double := false
	for _, p := range a.paras {
		for i := p.Start; i < p.End; {
			cls, dbl, w := classify(a.text, i, p.Start, p.End)
			if dbl && cls != notMark {
				double = true
				break
			}
			i += w
		}
		if double {
			break
		}
	}
	a.joinSoftBreaks(double)
	pending := -1 // segment index left open at the end of the previous paragraph
	for pi, p := range a.paras {
		pending = a.scanPara(pi, p.Span, double, pending)
	}
	if pending >= 0 {
		a.dropFrom(pending)
	}
}

// maxWrapLine is the longest line of hard-wrapped copy.
const maxWrapLine = 100

// joinSoftBreaks merges a paragraph into the next when a quote left open
// at its end closes in the next one, the two are separated by a bare line
// break and the line is short: hard-wrapped copy whose line break was
// taken for a paragraph end.
func (a *analysis) joinSoftBreaks(double bool) {
	for i := 0; i+1 < len(a.paras); i++ {
		p, q := a.paras[i], a.paras[i+1]
		gap := a.text[p.End:q.Start]
		if gap != "\n" && gap != "\r\n" {
			continue
		}
		lineStart := strings.LastIndexByte(a.text[:p.End], '\n') + 1
		if p.End-lineStart > maxWrapLine || !a.endsOpen(p.Span, double) || !a.closesFirst(q.Span, double) {
			continue
		}
		a.paras[i].cuts = append(append(a.paras[i].cuts, p.End), q.cuts...)
		a.paras[i].End = q.End
		a.paras = append(a.paras[:i+1], a.paras[i+2:]...)
		i--
	}
}

// endsOpen reports whether a paragraph leaves a quote open.
func (a *analysis) endsOpen(p doc.Span, double bool) bool {
	open := false
	for i := p.Start; i < p.End; {
		cls, dbl, w := classify(a.text, i, p.Start, p.End)
		if cls != notMark && dbl == double {
			switch {
			case !open && cls == openOnly:
				open = true
			case open && cls != openOnly:
				open = false
			}
		}
		i += w
	}
	return open
}

// closesFirst reports whether the first quote mark of a paragraph can only
// close a quote, and it does not start the paragraph.
func (a *analysis) closesFirst(p doc.Span, double bool) bool {
	for i := p.Start; i < p.End; {
		cls, dbl, w := classify(a.text, i, p.Start, p.End)
		if cls != notMark && dbl == double {
			return cls != openOnly && i > skipSpace(a.text, p.Start, p.End)
		}
		i += w
	}
	return false
}

// scanPara pairs the marks of one paragraph. pending is an open segment
// carried from the previous paragraph: it survives only if this paragraph
// opens with a quote mark, the convention for a quote that goes on.
func (a *analysis) scanPara(pi int, p doc.Span, double bool, pending int) int {
	text := a.text
	first := skipSpace(text, p.Start, p.End)
	openAt, openEnd := -1, -1
	cont := false
	chain := a.newChain()
	for i := p.Start; i < p.End; {
		cls, dbl, w := classify(text, i, p.Start, p.End)
		if cls == notMark || dbl != double {
			i += w
			continue
		}
		if pending >= 0 {
			if i == first && cls != closeOnly {
				chain = a.segs[pending].chain
				cont = true
			} else {
				a.dropFrom(pending)
				chain = a.newChain()
			}
			pending = -1
		}
		switch {
		case openAt < 0 && cls == openOnly:
			openAt, openEnd = i, i+w
		case openAt >= 0 && cls == openOnly:
			// A second opening mark: the first was never closed. Drop it
			// rather than guess where it ended.
			openAt, openEnd, cont = i, i+w, false
			chain = a.newChain()
		case openAt >= 0:
			a.addSegment(openAt, openEnd, i, i+w, pi, chain, cont)
			openAt, cont = -1, false
			chain = a.newChain()
		}
		i += w
	}
	if pending >= 0 {
		a.dropFrom(pending)
	}
	if openAt >= 0 {
		end := trimRightSpace(text, openEnd, p.End)
		n := len(a.segs)
		a.addSegment(openAt, openEnd, end, end, pi, chain, cont)
		if len(a.segs) > n {
			return n
		}
	}
	return -1
}

func (a *analysis) newChain() int {
	a.chains++
	return a.chains
}

// dropFrom removes segment i, an open quote that nothing continued, and
// every later segment of its chain.
func (a *analysis) dropFrom(i int) {
	chain := a.segs[i].chain
	out := a.segs[:0]
	for _, s := range a.segs {
		if s.chain != chain {
			out = append(out, s)
		}
	}
	a.segs = out
}

func (a *analysis) addSegment(open, openEnd, close, closeEnd, para, chain int, cont bool) {
	start := skipSpace(a.text, openEnd, close)
	end := trimRightSpace(a.text, start, close)
	// A trailing comma belongs to the sentence around the quote, not to it.
	for end > start && (a.text[end-1] == ',' || a.text[end-1] == ' ') {
		end--
	}
	if !hasWord(a.text[start:end]) {
		return
	}
	a.segs = append(a.segs, quoteSeg{
		open: open, openEnd: openEnd, close: close, closeEnd: closeEnd,
		content: doc.Span{Start: start, End: end}, para: para, chain: chain, cont: cont,
	})
}

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func prevRune(text string, i, lo int) rune {
	if i <= lo {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return r
}

func nextRune(text string, i, hi int) rune {
	if i >= hi {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}

func isSpaceRune(r rune) bool { return r == 0 || unicode.IsSpace(r) }
func isWordRune(r rune) bool  { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '"', '”':
		return true
	}
	return false
}

func skipSpace(text string, i, hi int) int {
	for i < hi {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += w
	}
	return i
}

func trimRightSpace(text string, lo, hi int) int {
	for hi > lo {
		r, w := utf8.DecodeLastRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= w
	}
	return hi
}
