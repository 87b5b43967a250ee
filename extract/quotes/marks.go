package quotes

import (
	"math/bits"
	"newsbot/extract/internal/swar"
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
	either     // a straight mark: the pairing state decides
	closeMaybe // a single mark after a plural ("the workers' "): a close only if no better one follows
)

// mark is one quote mark of a paragraph.
type mark struct {
	pos, end int
	cls      markClass
	dbl      bool
}

// collectMarks finds the quote marks of every paragraph once, so that the
// passes over double and single marks do not decode the text again. Only
// the bytes that can start a mark are looked at: '"', '\”, and the lead
// bytes of the typographic marks (U+2018–U+201E, « and »).
func (a *analysis) collectMarks() {
	text := a.text
	a.marks = make([]mark, 0, len(text)/128+16) // news copy has a mark every few sentences
	for pi := range a.paras {
		p := &a.paras[pi]
		p.m0 = len(a.marks)
		for i := p.Start; i < p.End; i++ {
			if i+8 <= p.End {
				leads := markLeads(swar.Load64(text, i))
				if leads == 0 {
					i += 7 // none of the eight bytes opens a mark
					continue
				}
				if k := bits.TrailingZeros64(leads) / 8; k > 0 {
					i += k - 1 // the bytes before the first that may open one open none
					continue
				}
			}
			if c := text[i]; c != '"' && c != '\'' && c != 0xE2 && c != 0xC2 {
				continue
			}
			cls, dbl, w := classify(text, i, p.Start, p.End)
			if cls != notMark {
				a.marks = append(a.marks, mark{pos: i, end: i + w, cls: cls, dbl: dbl})
			}
			i += w - 1
		}
		p.m1 = len(a.marks)
	}
}

// mayHoldMark reports whether a byte of the word x may open a mark: a
// straight double quote or apostrophe, or 0xE2 or 0xC2, the lead bytes
// of the typographic marks.
func mayHoldMark(x uint64) bool {
	return markLeads(x) != 0
}

// markLeads returns the top bits of the bytes of the word x that are
// zero in x^c for a c of mayHoldMark (0xC2 and 0xE2 together: they
// differ in bit 5 alone), as byteMatches finds them: its lowest bit is
// the top bit of the first byte of x that may open a mark, and it is 0
// when none may.
func markLeads(x uint64) uint64 {
	return byteMatches(x, '"') | byteMatches(x, '\'') | byteMatches(x|0x20*swar.BytesOf, 0xE2)
}

// byteMatches returns the top bits of the bytes of the word x that equal
// c, and perhaps of bytes above the first that does: x^c has a zero byte
// there, and subtracting 1 from each byte borrows through the top bit of
// the first zero byte, and can borrow on only above it. The lowest bit
// set, if any, is thus always of a byte that equals c.
func byteMatches(x uint64, c byte) uint64 {
	v := x ^ swar.BytesOf*uint64(c)
	return (v - swar.BytesOf) &^ v & (0x80 * swar.BytesOf)
}

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

// scanQuotes pairs the quote marks of every paragraph into segments:
// double marks first, then single marks outside the double quotes (British
// style, headlines). A single-quoted stretch that holds double-quoted ones
// is the quote and the double ones are nested in it; single marks inside a
// double quote are nested and never start a quote of their own.
func (a *analysis) scanQuotes() {
	a.collectMarks()
	double, single := false, false
	for _, m := range a.marks {
		if m.dbl {
			double = true
		} else if m.cls == openOnly {
			single = true // without an opening mark, single marks pair nothing
		}
	}
	if double {
		a.joinSoftBreaks(true)
		a.scanMode(true, nil)
	}
	if !single {
		return
	}
	if !double {
		a.joinSoftBreaks(false)
	}
	outer := a.segs
	a.segs = nil
	a.scanMode(false, outer)
	switch {
	case len(a.segs) == 0:
		a.segs = outer
	case len(outer) > 0:
		a.segs = mergeNested(outer, a.segs)
	}
}

// scanMode pairs the double or the single marks of every paragraph. outer
// are the double-quote segments a single mark must lie outside of.
func (a *analysis) scanMode(double bool, outer []quoteSeg) {
	sc := pairing{double: double, outer: outer, pending: -1}
	for pi := range a.paras {
		a.scanPara(pi, &sc)
	}
	if sc.pending >= 0 {
		a.dropFrom(sc.pending)
	}
}

// pairing is the state of one pass over the paragraphs.
type pairing struct {
	double  bool
	outer   []quoteSeg // double quotes, for the single pass: marks inside them are nested
	next    int        // first outer segment that may hold a later mark
	pending int        // segment left open at the end of the previous paragraph, or -1
}

// nested reports whether the mark at i lies inside an outer quote. Marks
// come in text order, so the cursor only moves forward.
func (sc *pairing) nested(i int) bool {
	for sc.next < len(sc.outer) && sc.outer[sc.next].closeEnd <= i {
		sc.next++
	}
	return sc.next < len(sc.outer) && sc.outer[sc.next].open < i
}

// scanPara pairs the marks of one paragraph. A segment left open at the end
// of the previous paragraph survives only if this paragraph opens with a
// quote mark, the convention for a quote that goes on.
func (a *analysis) scanPara(pi int, sc *pairing) {
	p := a.paras[pi]
	first := skipSpace(a.text, p.Start, p.End)
	openAt, openEnd := -1, -1
	maybe, maybeEnd := -1, -1 // the first possible close of an open single quote
	cont := false
	chain := a.newChain()
	for _, m := range a.marks[p.m0:p.m1] {
		if m.dbl != sc.double || !sc.double && sc.nested(m.pos) {
			continue
		}
		if m.cls == closeMaybe {
			if openAt >= 0 && maybe < 0 {
				maybe, maybeEnd = m.pos, m.end
			}
			continue
		}
		if sc.pending >= 0 {
			if m.pos == first && m.cls != closeOnly {
				chain = a.segs[sc.pending].chain
				cont = true
			} else {
				a.dropFrom(sc.pending)
				chain = a.newChain()
			}
			sc.pending = -1
		}
		switch {
		case openAt < 0 && m.cls == openOnly:
			openAt, openEnd = m.pos, m.end
		case openAt >= 0 && m.cls == openOnly:
			// A second opening mark: the first was never closed. Close
			// it at a plural that may end it ("the workers' "), else drop
			// it rather than guess where it ended.
			if maybe >= 0 {
				a.addSegment(openAt, openEnd, maybe, maybeEnd, pi, chain, cont)
			}
			openAt, openEnd, cont = m.pos, m.end, false
			chain = a.newChain()
		case openAt >= 0:
			a.addSegment(openAt, openEnd, m.pos, m.end, pi, chain, cont)
			openAt, cont = -1, false
			chain = a.newChain()
		}
		maybe = -1 // every step above opens or closes a quote
	}
	if sc.pending >= 0 {
		a.dropFrom(sc.pending)
		sc.pending = -1
	}
	switch {
	case openAt >= 0 && maybe >= 0:
		a.addSegment(openAt, openEnd, maybe, maybeEnd, pi, chain, cont)
	case openAt >= 0:
		end := trimRightSpace(a.text, openEnd, p.End)
		n := len(a.segs)
		a.addSegment(openAt, openEnd, end, end, pi, chain, cont)
		if len(a.segs) > n {
			sc.pending = n
		}
	}
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
	if !isDoubleMark(a.text, open) && wordRunes(a.text[start:end]) < 2 {
		return // 'A' grades, 'n': a letter, not a quote
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
