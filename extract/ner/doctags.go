package ner

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"newsbot/extract/internal/swar"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// docTags is the tags of one document under the rules, with the facts
// about its tokens that several rules ask for. Each rule starts from the
// mentions of the tags, but most rules change nothing in most documents,
// so the mentions are found again only when the tags changed since they
// were last found.
type docTags struct {
	text string
	toks []tok.Token
	tags []int
	poss []int  // the tokens that are possessive endings, once asked
	seen []int  // a copy of tags when ss was found, once asked
	ss   []span // the mentions of seen
	// arena holds every ss found for the document end to end, so that
	// finding the mentions again after a change allocates only when the
	// arena of earlier documents is full.
	arena []span

	hits  setHits  // the fixed sets the document's words may be of, once asked (see words)
	slots []uint64 // the slots of the word index the document's words hit, once asked (see words)
	// hashes holds the hashes of the document's words (see words).
	hashes []uint32

	starts []int // the tokens that open a line, once asked (see lineStarts)

	// near is the room phraseKind lowers the words around a name into.
	near [5]swar.WordBuf

	// votes and nameParts are the buffers of vote, kept from one
	// document to the next.
	votes     map[string][model.NumTypes]int
	nameParts map[string]bool

	quotes []int // the tokens that open a quotation (see openQuoteTokens), once asked

	// wordToks holds the tokens of the first nWordToks words asked for
	// (see tokensOf).
	wordToks  [maxWordTokens]wordTokens
	nWordToks int

	possKnown, seenKnown, wordsKnown, startsKnown, quotesKnown bool
}

// docTagsPool keeps the buffers of docTags from one document to the next.
var docTagsPool = sync.Pool{New: func() any { return new(docTags) }}

// newDocTags returns the rules' view of the tags of the tokens toks of
// text. Call release when done with it.
func newDocTags(text string, toks []tok.Token, tags []int) *docTags {
	dt := docTagsPool.Get().(*docTags)
	*dt = dt.emptied()
	dt.text, dt.toks, dt.tags = text, toks, tags
	return dt
}

// release gives dt back for another document; neither dt nor the
// mentions it returned may be used afterwards.
func (dt *docTags) release() {
	*dt = dt.emptied()
	docTagsPool.Put(dt)
}

// emptied returns a docTags of no document that keeps dt's buffers.
func (dt *docTags) emptied() docTags {
	clear(dt.votes)
	clear(dt.nameParts)
	e := docTags{poss: dt.poss[:0], seen: dt.seen[:0], starts: dt.starts[:0], arena: dt.arena[:0], slots: dt.slots[:0], hashes: dt.hashes[:0], quotes: dt.quotes[:0],
		votes: dt.votes, nameParts: dt.nameParts}
	for k := range dt.wordToks {
		e.wordToks[k].at = dt.wordToks[k].at[:0]
	}
	return e
}

// lineStarts returns the tokens that open a line, in text order: the
// first token and every token with a line break before it (see
// lineBreakBefore). The rules that read datelines test every token for
// that, so the tokens are tested once for all of them. The slice must not
// be changed.
func (dt *docTags) lineStarts() []int {
	if !dt.startsKnown {
		dt.starts = appendLineStarts(dt.starts, dt.text, dt.toks)
		dt.startsKnown = true
	}
	return dt.starts
}

// appendLineStarts appends to out the tokens of text that open a line
// (see lineStarts). It jumps from one line feed to the next rather than
// testing the gap before every token, which relies on the tokens being in
// text order without overlaps; a text with a carriage return has every
// gap tested.
func appendLineStarts(out []int, text string, toks []tok.Token) []int {
	if len(toks) == 0 {
		return out
	}
	out = append(out, 0)
	if strings.IndexByte(text, '\r') >= 0 {
		for i := 1; i < len(toks); i++ {
			if lineBreakBefore(text, toks, i) {
				out = append(out, i)
			}
		}
		return out
	}
	nl := -1 // the first line feed at or after the end of token i-1
	for i := 1; i < len(toks); i++ {
		if from := toks[i-1].End; nl < from {
			k := strings.IndexByte(text[from:], '\n')
			if k < 0 {
				break // no line feed after it
			}
			nl = from + k
		}
		if nl < toks[i].Start {
			out = append(out, i)
		}
	}
	return out
}

// firstStartAfter returns the first token from k on that starts after
// byte pos, or len(toks), for tokens in text order: it strides forward in
// growing steps, then halves the last stride, so that a token near k is
// found in a few tests.
func firstStartAfter(toks []tok.Token, k, pos int) int {
	lo, hi := k, k // the tokens before lo start at or before pos
	for step := 1; hi < len(toks) && toks[hi].Start <= pos; step *= 2 {
		lo, hi = hi+1, hi+step
	}
	hi = min(hi, len(toks))
	return lo + sort.Search(hi-lo, func(j int) bool { return toks[lo+j].Start > pos })
}

// possessives returns the tokens that are possessive endings (see
// isPossessive), in text order. The rules that look for possessives would
// test every token of the document, and most documents hold few of them,
// so the tokens are tested once for all the rules, which then visit only
// these. The slice must not be changed.
func (dt *docTags) possessives() []int {
	if !dt.possKnown {
		dt.poss = appendPossessives(dt.poss, dt.text, dt.toks, "'")
		n := len(dt.poss)
		dt.poss = appendPossessives(dt.poss, dt.text, dt.toks, "’")
		if n > 0 && len(dt.poss) > n {
			slices.Sort(dt.poss) // merge the endings of both marks
		}
		dt.possKnown = true
	}
	return dt.poss
}

// appendPossessives appends to out, in text order, the possessive endings
// among the tokens that open with mark. Every possessive ending opens
// with "'" or "’", which few other tokens hold, so the marks in the text
// are found first and then the tokens that start at them (tokensAt).
func appendPossessives(out []int, text string, toks []tok.Token, mark string) []int {
	return tokensAt(out, text, toks, mark, len(mark), func(k, _ int) bool { return isPossessive(tokText(text, toks, k)) })
}

// spans returns the mentions of the tags, as spans(dt.tags) does. The
// slice is shared with earlier callers and must not be changed; a call
// after the tags changed returns a new one, so that a rule that still
// ranges over the old mentions keeps them.
//
// Tags with no mark of a change (see setTag) are the tags last seen, and
// are not compared.
func (dt *docTags) spans() []span {
	if dt.seenKnown && !mayHaveChanged(dt.tags) {
		if checkMarks && !sameTags(dt.seen, dt.tags) {
			panic("ner: tags changed without a mark")
		}
		return dt.ss
	}
	unmark(dt.tags)
	if dt.seenKnown && sameTags(dt.seen, dt.tags) {
		return dt.ss
	}
	dt.seen = append(dt.seen[:0], dt.tags...)
	dt.seenKnown = true
	dt.ss = appendSpans(dt.spanBuffer(countSpans(dt.tags)), dt.tags)
	return dt.ss
}

// spanBuffer returns an empty slice with room for n mentions, taken from
// the arena: it shares no memory with any slice spans returned for the
// document, and its capacity is n, so that appending to it never writes
// past it. A full arena is replaced by a larger one, which leaves the
// mentions already returned where they are.
func (dt *docTags) spanBuffer(n int) []span {
	if cap(dt.arena)-len(dt.arena) < n {
		dt.arena = make([]span, 0, max(2*cap(dt.arena), n, minSpanArena))
	}
	k := len(dt.arena)
	dt.arena = dt.arena[:k+n]
	return dt.arena[k : k : k+n]
}

// minSpanArena is the least room of a new arena: the mentions of a few
// versions of a story's tags.
const minSpanArena = 256

// sameTags reports whether a and b hold the same tags, comparing their
// memory in one block, which is several times faster than an element loop.
func sameTags(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 {
		return true
	}
	n := len(a) * int(unsafe.Sizeof(a[0]))
	return bytes.Equal(unsafe.Slice((*byte)(unsafe.Pointer(&a[0])), n), unsafe.Slice((*byte)(unsafe.Pointer(&b[0])), n))
}
