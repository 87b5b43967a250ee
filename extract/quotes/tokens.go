package quotes

import (
	"newsbot/extract/internal/swar"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// window is one sentence of a paragraph, counting a quote that spans
// several sentences as one piece, so that the words around a quote are all
// in the window that holds it.
type window struct {
	start, end int
	para       int
	toks       []token
	segs       []int  // segments opening in the window, in order
	lastEv     *event // the last act of saying reported in the window
	firstWord  int    // index of the first token that is not punctuation
}

type tokKind uint8

const (
	tkWord tokKind = iota
	tkPunct
	tkQuote // a whole quoted stretch, marks included
)

// token is a word, a punctuation mark or a quote of a window.
type token struct {
	start, end int
	low        string // lower-cased text; "" for a quote
	ment       int    // index of the mention the token is part of, or -1
	seg        int    // segment index of a quote token
	kind       tokKind
	upper      bool   // starts with a capital letter
	verb       uint16 // speechLemmaID of a word's verb of saying; 0 for none
}

// lemma returns speechVerbs[t.low], read once when the token was made.
func (t token) lemma() string { return speechLemmaNames[t.verb] }

func (t token) is(words ...string) bool {
	for _, w := range words {
		if t.low == w {
			return true
		}
	}
	return false
}

// buildWindows cuts every paragraph into windows and tokenizes them. The
// windows' tokens share one backing array, grown as the text is read,
// rather than each growing its own.
func (a *analysis) buildWindows() {
	si := 0
	a.tokBuf = tokenPool.Get().(*[]token)
	buf := (*a.tokBuf)[:0]
	if want := len(a.text) / 5; cap(buf) < want { // about a token in five bytes of news text
		buf = make([]token, 0, want)
	}
	defer func() { *a.tokBuf = buf }()
	// A paragraph makes at most a window per sentence cut and one more:
	// the windows are allocated once, not grown.
	most := 0
	for _, p := range a.paras {
		most += len(p.cuts) + 1
	}
	a.wins = make([]window, 0, most)
	for pi, p := range a.paras {
		lo := p.Start
		for ci := 0; ci <= len(p.cuts); ci++ {
			c := p.End // after the cuts, the paragraph's end
			if ci < len(p.cuts) {
				c = p.cuts[ci]
			}
			if c < p.End && (a.insideQuote(c) || a.afterQuestion(c) || a.afterNameTitle(lo, c)) {
				continue
			}
			w := window{start: lo, end: c, para: pi}
			for si < len(a.segs) && a.segs[si].open < c {
				if a.segs[si].open >= lo {
					a.segs[si].win = len(a.wins)
					w.segs = append(w.segs, si)
				}
				si++
			}
			n := len(buf)
			buf = a.tokenize(buf, lo, c)
			w.toks = buf[n:len(buf):len(buf)]
			w.firstWord = len(w.toks)
			for ti, t := range w.toks {
				if t.kind != tkPunct {
					w.firstWord = ti
					break
				}
			}
			for ti, t := range w.toks {
				if t.kind == tkQuote {
					a.segs[t.seg].tok = ti
				}
			}
			a.wins = append(a.wins, w)
			lo = c
		}
	}
}

// tokenPool keeps the token buffers of buildWindows between Find calls:
// an article's tokens are most of what attributing its quotes allocates.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// maxPooledTokens bounds the buffers kept in tokenPool, so that one huge
// text does not pin its buffer.
const maxPooledTokens = 1 << 16

// releaseTokens returns the token buffer of buildWindows, if any, to
// tokenPool, cleared so that it keeps no text alive. No window may be
// read after.
func (a *analysis) releaseTokens() {
	if a.tokBuf == nil {
		return
	}
	bp := a.tokBuf
	buf := *bp
	a.tokBuf, a.wins = nil, nil
	if cap(buf) > maxPooledTokens {
		return
	}
	clear(buf) // past len(buf) the buffer is still clear
	*bp = buf[:0]
	tokenPool.Put(bp)
}

// insideQuote reports whether a sentence cut at i falls inside a quote.
func (a *analysis) insideQuote(i int) bool {
	k := sort.Search(len(a.segs), func(k int) bool { return a.segs[k].closeEnd >= i })
	return k < len(a.segs) && a.segs[k].open < i && i < a.segs[k].closeEnd
}

// afterNameTitle reports whether a sentence cut at i follows an
// abbreviated title ("Msgr. Thomas Walsh said"): the name goes on.
func (a *analysis) afterNameTitle(lo, i int) bool {
	j := trimRightSpace(a.text, lo, i)
	if j == lo || a.text[j-1] != '.' {
		return false
	}
	k := j - 1
	for k > lo && isWordRune(prevRune(a.text, k, lo)) {
		_, w := utf8.DecodeLastRuneInString(a.text[lo:k])
		k -= w
	}
	return k < j-1 && (k == lo || !isWordRune(prevRune(a.text, k, lo)) && prevRune(a.text, k, lo) != '.') &&
		nameTitles[strings.ToLower(a.text[k:j-1])]
}

// afterQuestion reports whether a sentence cut at i falls right after a
// quote that ends in a question mark, an exclamation mark or a comma: in
// `“Can you pull it off?” Markey asked` the sentence goes on.
func (a *analysis) afterQuestion(i int) bool {
	k := sort.Search(len(a.segs), func(k int) bool { return a.segs[k].closeEnd >= i })
	if k >= len(a.segs) || a.segs[k].closeEnd != i || a.segs[k].close == a.segs[k].closeEnd {
		return false
	}
	s := a.segs[k]
	j := s.close
	for j > s.openEnd {
		r, w := utf8.DecodeLastRuneInString(a.text[s.openEnd:j])
		if r != '\'' && r != '’' && r != ' ' {
			return r == '?' || r == '!' || r == ','
		}
		j -= w
	}
	return false
}

// tokenize splits text[lo:hi] into tokens, each quote one token, and
// appends them to out.
func (a *analysis) tokenize(out []token, lo, hi int) []token {
	text := a.text
	k := sort.Search(len(a.segs), func(k int) bool { return a.segs[k].open >= lo })
	// mc is the first mention that ends after i: the mentions are
	// ordered and apart (see cleanMentions), so their ends rise too.
	mc := sort.Search(len(a.ments), func(m int) bool { return a.ments[m].End > lo })
	for i := lo; i < hi; {
		if k < len(a.segs) && a.segs[k].open == i {
			s := a.segs[k]
			end := s.closeEnd
			if end > hi {
				end = hi
			}
			out = append(out, token{start: i, end: end, kind: tkQuote, seg: k, ment: -1})
			k++
			if end <= i {
				end = i + 1
			}
			i = end
			continue
		}
		for k < len(a.segs) && a.segs[k].open < i {
			k++
		}
		r, w := rune(text[i]), 1 // an ASCII byte is its own rune
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		} else if asciiSpace(text[i]) {
			i++ // the white space case below, without its test of any rune
			continue
		}
		switch {
		case r == '<':
			// Newswire marks company names as <Spar Aerospace Ltd> and
			// follows them with tickers, <FBT>: a ticker is dropped, and
			// the brackets of a name would only split the phrase.
			i += tickerLen(text, i, hi)
		case unicode.IsSpace(r) || r == '>':
			i += w
		case isWordRune(r):
			j := wordEnd(text, i, hi)
			if k < len(a.segs) && a.segs[k].open < j {
				j = a.segs[k].open
			}
			for mc < len(a.ments) && a.ments[mc].End <= i {
				mc++
			}
			out = a.appendWordToken(out, i, j, mc)
			i = j
		default:
			if r != utf8.RuneError || w > 0 {
				out = append(out, token{start: i, end: i + w, kind: tkPunct, low: text[i : i+w], ment: -1})
			}
			i += w
		}
	}
	return out
}

// tickerLen returns the length of a stock ticker such as <FBT> or
// <GUIN.L> at i, or 1 to skip a lone bracket.
func tickerLen(text string, i, hi int) int {
	for j := i + 1; j < hi && j-i <= 12; j++ {
		c := text[j]
		switch {
		case c == '>':
			if j > i+1 {
				return j + 1 - i
			}
			return 1
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.':
		default:
			return 1
		}
	}
	return 1
}

// nameTitles are the abbreviated titles written before a name ("Dr.
// Amara Okonkwo", "Prof. Lena Hoffmann"), whose dot ends no sentence.
var nameTitles = wordSet(`mr mrs ms mme dr prof gen gov sen rep lt col sgt capt rev fr
maj brig adm cmdr cdr insp supt det atty pres hon msgr st mt ft`)

// wordEnd returns the end of the word starting at i. A word runs through
// inner apostrophes, hyphens, ampersands and dots (don’t, Russia’s,
// U.S.-brokered, AT&T) and keeps the final dot of an initialism (U.S.).
func wordEnd(text string, i, hi int) int {
	j := i
	dots := false
	for j < hi {
		if c := text[j]; c < utf8.RuneSelf {
			if asciiWordByte[c] {
				j++ // an ASCII letter or digit: isWordRune without decoding
				continue
			}
			if c != '\'' && c != '-' && c != '&' && c != '.' {
				break // an ASCII byte that neither is a word's nor joins one (see below)
			}
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += w
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '&' || r == '.' {
			nr := nextRune(text, j+w, hi)
			if isWordRune(nr) {
				if r == '.' {
					dots = true
				}
				j += w
				continue
			}
			if r == '.' && dots {
				j += w // the closing dot of U.S.
				if nr == '-' && isWordRune(nextRune(text, j+1, hi)) {
					continue // U.S.-backed
				}
			} else if r == '.' && nameTitles[strings.ToLower(text[i:j])] {
				j += w // "Dr." before a name is one word with its dot
			}
		}
		break
	}
	if j == i {
		_, w := utf8.DecodeRuneInString(text[i:])
		j = i + w
	}
	return j
}

// appendWordToken appends the token of the word text[i:j] to out; m is
// the first mention that ends after i. The token is filled where it
// stands in out, not copied there: a text has thousands.
func (a *analysis) appendWordToken(out []token, i, j, m int) []token {
	out = append(out, token{})
	t := &out[len(out)-1]
	t.start, t.end, t.kind, t.low, t.ment, t.upper = i, j, tkWord, a.lowerWord(i, j), -1, opensUpper(a.text[i:j])
	t.verb = speechLemmaID(t.low)
	if m < len(a.ments) && a.ments[m].Start < j && !(pronounsFilter.MayHold(t.low) && pronouns[t.low]) {
		t.ment = m // a pronoun tagged as a name is still a pronoun
	}
	return out
}

// opensUpper reports whether s opens with an upper-case letter
// (unicode.IsUpper of its first rune), an ASCII one read without decoding.
func opensUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// lowerWord returns strings.ToLower(a.text[i:j]). An ASCII word is cut
// from a copy of the text lowered once, so that a capitalised word costs
// no string of its own.
func (a *analysis) lowerWord(i, j int) string {
	s := a.text[i:j]
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	if len(a.low) != len(a.text) {
		a.low = lowerASCII(a.text)
	}
	return a.low[i:j]
}

// lowerASCII lower-cases the ASCII letters of s, leaving every other byte
// where it is, in one allocation (none when s has no capital).
func lowerASCII(s string) string { return swar.LowerASCII(s) }

func isLowerRune(r rune) bool { return unicode.IsLower(r) }

// possessive reports whether a word ends in ’s or 's.
func possessive(low string) bool {
	return strings.HasSuffix(low, "’s") || strings.HasSuffix(low, "'s")
}
