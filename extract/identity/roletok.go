package identity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// tokKind tells words from punctuation and possessive markers.
type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	tPoss // 's or ’s split off the word before it
)

// rtok is one token of a sentence for role harvesting.
type rtok struct {
	text       string
	start, end int // absolute byte offsets
	kind       tokKind
	lowSet     bool   // low holds bare(text)
	mention    int    // index into the mentions slice, or -1
	low        string // bare(text) once lowSet, else meaningless
}

// bare returns bare(t.text), taken on first use and kept on the token:
// the rules read the same few words around every mention of a sentence,
// and a capitalised word would otherwise be lowered (and allocated) on
// every reading. t.text never changes once the token is made.
func (t *rtok) bare() string {
	if !t.lowSet {
		t.low, t.lowSet = bare(t.text), true
	}
	return t.low
}

// tokenizeSentence splits text[sp.Start:sp.End] into words, punctuation and
// possessive markers, appended to toks (a buffer the caller reuses from
// one sentence to the next). Apostrophes, hyphens and periods inside a
// word keep it whole (O'Brien, son-in-law, U.S.).
func tokenizeSentence(toks []rtok, text string, sp doc.Span) []rtok {
	i := sp.Start
	for i < sp.End {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:sp.End])
		}
		switch {
		case isSpaceRune(r):
			i += n
		case r < utf8.RuneSelf && isASCIIWordByte(byte(r)) || r >= utf8.RuneSelf && isWordRune(r):
			j := i + n
			for j < sp.End {
				c := text[j]
				if isASCIIWordByte(c) {
					// The common case, read without decoding: an
					// ASCII letter or digit goes on the word.
					j++
					continue
				}
				// Any other ASCII byte is no word rune (see
				// isWordRune) and is read without decoding.
				r2, n2 := rune(c), 1
				if c >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(text[j:sp.End])
					if isWordRune(r2) {
						j += n2
						continue
					}
				}
				if isJoiner(r2) && j+n2 < sp.End {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : sp.End])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				// A final period stays on an abbreviation made of
				// dotted letters (U.S.).
				if r2 == '.' && j-i <= 5 && strings.Contains(text[i:j], ".") {
					j += n2
				}
				break
			}
			toks = appendWord(toks, text, i, j)
			i = j
		default:
			kind := tPunct
			if (r == '‘' || r == '’' || r == '\'') && i+n < sp.End && (text[i+n] == 's' || text[i+n] == 'S') &&
				(i+n+1 == sp.End || !isWordRune(rune(text[i+n+1]))) {
				kind, n = tPoss, n+1
			} else if pluralPossessive(text, sp, i, n) {
				kind = tPoss
			}
			toks = appendTok(toks, text, i, i+n, kind)
			i += n
		}
	}
	return toks
}

// pluralPossessive reports whether the apostrophe of n bytes at byte i
// marks a plural possessive: right after a word ending in s and before a
// space and a word ("the General Workers' Confederation").
func pluralPossessive(text string, sp doc.Span, i, n int) bool {
	if a := text[i : i+n]; a != "'" && a != "’" || i == sp.Start || i+n+1 >= sp.End {
		return false
	}
	if c := text[i-1]; c != 's' && c != 'S' || text[i+n] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+n+1 : sp.End])
	return isWordRune(r)
}

// isSpaceRune is unicode.IsSpace, with the ASCII spaces told apart
// without a call.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // ASCII has no other letters or digits, and no marks
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isASCIIWordByte reports whether c is an ASCII byte isWordRune accepts.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' || r == '‐' || r == '‑'
}

// possessiveEndings are the endings appendWord splits off a word.
var possessiveEndings = [...]string{"'s", "’s", "'S", "’S"}

// appendWord appends the word text[i:j] to toks as one token, or two when
// it ends in 's or ’s.
func appendWord(toks []rtok, text string, i, j int) []rtok {
	w := text[i:j]
	if c := w[len(w)-1]; c != 's' && c != 'S' {
		// Every possessive ending ends in s or S.
		return appendTok(toks, text, i, j, tWord)
	}
	for _, suf := range possessiveEndings {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			k := j - len(suf)
			return appendTok(appendTok(toks, text, i, k, tWord), text, k, j, tPoss)
		}
	}
	return appendTok(toks, text, i, j, tWord)
}

// appendTok appends the token text[i:j] of the kind given, of no mention,
// to toks. Its fields are set one by one in the slot: a token built
// aside and copied in would be copied with a write barrier on each of
// its pointers while the garbage collector runs.
func appendTok(toks []rtok, text string, i, j int, kind tokKind) []rtok {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	toks = toks[:len(toks)+1]
	t := &toks[len(toks)-1]
	// low is left as a reused slot had it: it means nothing until lowSet.
	t.text, t.start, t.end, t.kind, t.lowSet, t.mention = text[i:j], i, j, kind, false, -1
	return toks
}

// markMentions sets each token's mention index (tokens inside a mention's
// span belong to it) and returns the first and last token of each mention
// of idx, in the order of idx ({-1, -1} for a mention that holds no
// token), appended to spans[:0] (a buffer the caller reuses from one
// sentence to the next). idx must be sorted by mention start; both walks
// are linear.
func markMentions(spans [][2]int, toks []rtok, mentions []doc.Mention, idx []int) [][2]int {
	spans = spans[:0]
	k := 0
	for _, mi := range idx {
		m := mentions[mi]
		for k < len(toks) && toks[k].start < m.Start {
			k++
		}
		first, last := -1, -1
		for j := k; j < len(toks) && toks[j].start < m.End; j++ {
			if toks[j].kind != tPoss && toks[j].end <= m.End {
				toks[j].mention = mi
				if first < 0 {
					first = j
				}
				last = j
			}
		}
		spans = append(spans, [2]int{first, last})
	}
	return spans
}
