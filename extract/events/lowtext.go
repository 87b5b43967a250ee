package events

import (
	"encoding/binary"
	"math/bits"
	"sort"
	"strings"
	"unsafe"

	"newsbot/extract/doc"
	"newsbot/extract/internal/swar"
	"newsbot/extract/timex"
)

// lowText is an article's text as the rules read it in lower case: each
// sentence is lower-cased and cut into words once, when a rule first
// reads it, and the rules reading the words of a part of it take them
// from there instead of lower-casing and splitting that part again. A
// sentence is read so only when it is all ASCII, as lower-casing keeps
// its offsets then; a part of any other text, or one that no sentence
// holds, is read on its own as before.
type lowText struct {
	text  string
	sents []doc.Sentence   // in text order
	read  []*sentenceWords // the words of each sentence, once read
	last  int              // the sentence read last, tried first
	// contentBuf is the room contentWords finds a part's words in,
	// before it copies them out.
	contentBuf []string
}

// sentenceWords are the words of one sentence of a text.
type sentenceWords struct {
	start  int        // where the sentence starts in the text
	ascii  bool       // whether the sentence is all ASCII; nothing below is set when not
	lower  string     // the sentence in lower case
	starts []int32    // where each run of letters starts in the text
	ends   []int32    // where it ends
	words  []string   // the runs in lower case, parts of lower, once asked for (list)
	spans  []doc.Span // the words as wordSpans splits them, once asked for
}

// newLowText prepares text, cut into the sentences sents (in text order),
// to be read in lower case.
func newLowText(text string, sents []doc.Sentence) *lowText {
	return &lowText{text: text, sents: sents}
}

// indexOf returns the words of the sentence that holds the part a to b
// of the text, read the first time, or nil when the sentence is not all
// ASCII or no sentence holds the part.
func (l *lowText) indexOf(a, b int) *sentenceWords {
	_ = l.text[a:b] // the bounds a part of the text has
	k := l.last
	if k >= len(l.sents) || l.sents[k].Start > a || b > l.sents[k].End {
		k = sort.Search(len(l.sents), func(k int) bool { return l.sents[k].Start > a }) - 1
	}
	if k < 0 || b > l.sents[k].End || l.sents[k].Start < 0 || l.sents[k].End > len(l.text) {
		return nil
	}
	l.last = k
	if l.read == nil {
		l.read = make([]*sentenceWords, len(l.sents))
	}
	if l.read[k] == nil {
		l.read[k] = newSentenceWords(l.text, l.sents[k].Start, l.sents[k].End)
	}
	if !l.read[k].ascii {
		return nil
	}
	return l.read[k]
}

// newSentenceWords lower-cases the sentence text[a:b] and finds its runs
// of letters, when it is all ASCII, in one reading of it. The words
// themselves are cut from the lower case when first asked for (list).
// Eight bytes are read at a time: lowered at once, and the bytes where
// a run of letters starts or ends found from the letters among them.
func newSentenceWords(text string, a, b int) *sentenceWords {
	s := text[a:b]
	x := &sentenceWords{start: a}
	if !isASCII(s) {
		return x
	}
	lower := make([]byte, len(s))
	// A run of letters and the byte after it take two bytes or more; a
	// run in five bytes is room for most sentences' runs.
	c := len(s)/5 + 1
	offs := make([]int32, 2*c)
	starts, ends := offs[:0:c], offs[c:c:2*c]
	var prev uint64 // the top bit of the byte before: set when it is a letter
	i := 0
	for ; i+8 <= len(s); i += 8 {
		v := swar.Load64(s, i)
		binary.LittleEndian.PutUint64(lower[i:], v|swar.Capitals(v)>>2)
		letters := asciiLetters(v)
		// The top bit of each byte where a run starts or ends: where
		// the byte and the one before differ in being a letter.
		for edges := letters ^ (letters<<8 | prev); edges != 0; edges &= edges - 1 {
			k := bits.TrailingZeros64(edges)
			if letters&(1<<k) != 0 {
				starts = append(starts, int32(a+i+k/8))
			} else {
				ends = append(ends, int32(a+i+k/8))
			}
		}
		prev = letters >> 56
	}
	in := prev != 0 // the byte before is a letter
	for ; i < len(s); i++ {
		cl := byteClass[s[i]]
		lower[i] = s[i] | (cl&classUpper)<<4 // classUpper<<4 is 'a'-'A'
		if letter := cl&classLetter != 0; letter != in {
			if letter {
				starts = append(starts, int32(a+i))
			} else {
				ends = append(ends, int32(a+i))
			}
			in = letter
		}
	}
	if in {
		ends = append(ends, int32(b))
	}
	// lower is never written again: the string may share its memory, as
	// strings.Builder's does, rather than copy it.
	x.ascii, x.lower, x.starts, x.ends = true, unsafe.String(unsafe.SliceData(lower), len(lower)), starts, ends
	return x
}

// asciiLetters has the top bit set in each byte of the ASCII word v
// (no top bit set) that is an ASCII letter, and no other bit: each byte
// with its 0x20 bit set, as a letter of either case is its small one,
// is compared with 'a' and 'z' all at once, no sum carrying into the
// next byte.
func asciiLetters(v uint64) uint64 {
	x := v | 0x20*swar.BytesOf
	return (x + (0x80-'a')*swar.BytesOf) & ((0x80+'z')*swar.BytesOf - x) & (0x80 * swar.BytesOf)
}

// list returns the runs of letters in lower case, parts of lower, cut
// the first time they are asked for.
func (x *sentenceWords) list() []string {
	if x.words == nil {
		x.words = make([]string, len(x.starts))
		for k := range x.words {
			x.words[k] = x.part(int(x.starts[k]), int(x.ends[k]))
		}
	}
	return x.words
}

// lowerOf returns strings.ToLower(text[a:b]).
func (l *lowText) lowerOf(a, b int) string {
	if x := l.indexOf(a, b); x != nil {
		return x.part(a, b)
	}
	return strings.ToLower(l.text[a:b])
}

// part returns the part a to b of the text, offsets in the text, in
// lower case.
func (x *sentenceWords) part(a, b int) string {
	return x.lower[a-x.start : b-x.start]
}

// wordsOf returns lowerWords(text[a:b]). The words are shared with other
// readers: the caller must not change them.
func (l *lowText) wordsOf(a, b int) []string {
	x := l.indexOf(a, b)
	if x == nil {
		return lowerWords(l.text[a:b])
	}
	return x.clipped(x.firstEndingAfter(a), x.firstStartingFrom(b), a, b)
}

// lastWordsOf returns lastLowerWords(text[a:b], n), for n of one or more.
func (l *lowText) lastWordsOf(a, b, n int) []string {
	x := l.indexOf(a, b)
	if x == nil {
		return lastLowerWords(l.text[a:b], n)
	}
	j := x.firstStartingFrom(b)
	return x.clipped(max(x.firstEndingAfter(a), j-n), j, a, b)
}

// firstWordsOf returns firstLowerWords(text[a:b], n), for n of one or more.
func (l *lowText) firstWordsOf(a, b, n int) []string {
	x := l.indexOf(a, b)
	if x == nil {
		return firstLowerWords(l.text[a:b], n)
	}
	i := x.firstEndingAfter(a)
	return x.clipped(i, min(x.firstStartingFrom(b), i+n), a, b)
}

// exprWords returns lowerWords(t.Text), read from the text when t.Text
// is the text at t.
func (l *lowText) exprWords(t timex.Expr) []string {
	if t.Start < 0 || t.Start > t.End || t.End > len(l.text) || l.text[t.Start:t.End] != t.Text {
		return lowerWords(t.Text)
	}
	return l.wordsOf(t.Start, t.End)
}

// clipped returns the words i to j (not j) cut to the part a to b of the
// text, where they are the words of that part.
func (x *sentenceWords) clipped(i, j, a, b int) []string {
	if a >= b || i >= j {
		return x.list()[:0:0]
	}
	ws := x.list()[i:j:j]
	if int(x.starts[i]) >= a && int(x.ends[j-1]) <= b {
		return ws
	}
	// A word cut by a or b is only its part inside.
	ws = append([]string(nil), ws...)
	ws[0] = x.part(max(a, int(x.starts[i])), min(b, int(x.ends[i])))
	ws[len(ws)-1] = x.part(max(a, int(x.starts[j-1])), min(b, int(x.ends[j-1])))
	return ws
}

// firstStartingFrom returns the index of the first word that starts at
// or after offset b.
func (x *sentenceWords) firstStartingFrom(b int) int {
	lo, hi := 0, len(x.starts)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(x.starts[m]) >= b {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// firstEndingAfter returns the index of the first word that ends after
// offset a.
func (x *sentenceWords) firstEndingAfter(a int) int {
	lo, hi := 0, len(x.ends)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(x.ends[m]) > a {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// wordSpans returns wordSpans(text, st, en), read from the words of the
// sentence that holds the part when it is all ASCII. The spans are
// shared with other readers: the caller must not change them.
func (l *lowText) wordSpans(st, en int) []doc.Span {
	if st >= en {
		return wordSpans(l.text, st, en)
	}
	x := l.indexOf(st, en)
	if x == nil {
		return wordSpans(l.text, st, en)
	}
	ws := x.wordSpans(l.text)
	i := sort.Search(len(ws), func(i int) bool { return ws[i].End > st })
	j := sort.Search(len(ws), func(j int) bool { return ws[j].Start >= en })
	if i >= j {
		return []doc.Span{}
	}
	out := ws[i:j:j]
	if out[0].Start >= st && out[len(out)-1].End <= en {
		return out
	}
	// A word cut by st or en is only its part inside.
	out = append([]doc.Span(nil), out...)
	out[0].Start = max(st, out[0].Start)
	out[len(out)-1].End = min(en, out[len(out)-1].End)
	return out
}

// lastWordSpans returns lastWordSpans(text, st, en, n), for n of one or
// more, shared as wordSpans.
func (l *lowText) lastWordSpans(st, en, n int) []doc.Span {
	ws := l.wordSpans(st, en)
	return ws[max(0, len(ws)-n):]
}

// wordSpans returns the spans of the words of the sentence, all ASCII,
// as the function wordSpans splits them (runs of letters, digits and
// apostrophes), found the first time they are asked for: eight bytes at
// a time, as newSentenceWords finds its runs.
func (x *sentenceWords) wordSpans(text string) []doc.Span {
	if x.spans != nil {
		return x.spans
	}
	x.spans = make([]doc.Span, 0, len(x.lower)/6+1) // a word of six bytes or so
	st := -1
	end := x.start + len(x.lower)
	var prev uint64 // the top bit of the byte before: set when it is of a word
	i := x.start
	for ; i+8 <= end; i += 8 {
		word := asciiSpanBytes(swar.Load64(text, i))
		for edges := word ^ (word<<8 | prev); edges != 0; edges &= edges - 1 {
			k := bits.TrailingZeros64(edges)
			if word&(1<<k) != 0 {
				st = i + k/8
			} else {
				x.spans = append(x.spans, doc.Span{Start: st, End: i + k/8})
				st = -1
			}
		}
		prev = word >> 56
	}
	for ; i < end; i++ {
		switch word := spanByte[text[i]]; {
		case word && st < 0:
			st = i
		case !word && st >= 0:
			x.spans = append(x.spans, doc.Span{Start: st, End: i})
			st = -1
		}
	}
	if st >= 0 {
		x.spans = append(x.spans, doc.Span{Start: st, End: end})
	}
	return x.spans
}

// asciiSpanBytes has the top bit set in each byte of the ASCII word v
// that spanByte takes (a letter, a digit or the straight apostrophe), and
// no other bit.
func asciiSpanBytes(v uint64) uint64 {
	const top = 0x80 * swar.BytesOf
	digits := (v + (0x80-'0')*swar.BytesOf) & ((0x80+'9')*swar.BytesOf - v) & top
	// A byte of v^'\'' is zero where v has the apostrophe: adding 0x7f
	// to its low seven bits sets its top bit unless it is zero.
	a := v ^ '\''*swar.BytesOf
	apostrophes := ^((a&^top + 0x7f*swar.BytesOf) | a) & top
	return asciiLetters(v) | digits | apostrophes
}

// spanByte tells the ASCII bytes of a word as wordSpans splits an ASCII
// text: letters, digits and the straight apostrophe.
var spanByte = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '\''
	}
	return t
}()

// containsFold returns containsFold(text[a:b], sub), sub in lower-case
// ASCII: in the lower case of an ASCII sentence, where ASCII capitals
// are lowered and nothing else is, a plain search finds what the fold
// does.
func (l *lowText) containsFold(a, b int, sub string) bool {
	if x := l.indexOf(a, b); x != nil {
		return strings.Contains(x.part(a, b), sub)
	}
	return containsFold(l.text[a:b], sub)
}
