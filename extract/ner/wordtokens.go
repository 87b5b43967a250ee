package ner

import (
	"strings"

	"newsbot/extract/ner/internal/tok"
)

// Several rules act only at one fixed word ("by", "with") and would test
// every token of a document for it. The tokens written exactly as such a
// word are therefore found once per document, for all the rules that ask
// for them, which then visit only these.

// wordTokens is the tokens of a document written exactly as word.
type wordTokens struct {
	word string
	at   []int
}

// maxWordTokens bounds the words whose tokens a document keeps: more
// than the rules ask for.
const maxWordTokens = 4

// tokensOf returns the tokens written exactly as w, in text order, found
// on the first call for w. The slice must not be changed.
func (dt *docTags) tokensOf(w string) []int {
	for k := range dt.nWordToks {
		if dt.wordToks[k].word == w {
			return dt.wordToks[k].at
		}
	}
	if dt.nWordToks == maxWordTokens {
		return appendTokensOf(nil, dt.text, dt.toks, w)
	}
	e := &dt.wordToks[dt.nWordToks]
	e.word, e.at = w, appendTokensOf(e.at[:0], dt.text, dt.toks, w)
	dt.nWordToks++
	return e.at
}

// appendTokensOf appends to out the tokens of text written exactly as w,
// in text order. Most tokens are not w, so the places of w in the text
// are found first and then the tokens that span them (tokensAt).
func appendTokensOf(out []int, text string, toks []tok.Token, w string) []int {
	if w == "" {
		return out
	}
	return tokensAt(out, text, toks, w, 1, func(k, p int) bool { return toks[k].End == p+len(w) })
}

// tokensAt appends to out, in text order, the tokens that start where lit
// stands in text and that keep(k, p) accepts (k the token, p where it
// and lit start), rather than testing every token: it finds lit in the
// text, then the tokens that start there, and looks for lit again skip
// bytes on. It relies on the tokens being in text order without
// overlaps.
func tokensAt(out []int, text string, toks []tok.Token, lit string, skip int, keep func(k, p int) bool) []int {
	if len(toks) == 0 {
		return out
	}
	last := toks[len(toks)-1].Start // no token starts after it
	end := min(len(text), last+len(lit))
	k := 0
	for at := toks[0].Start; at <= last; {
		j := strings.Index(text[at:end], lit)
		if j < 0 {
			break
		}
		p := at + j
		k = firstStartAfter(toks, k, p-1)
		for ; k < len(toks) && toks[k].Start == p; k++ {
			if keep(k, p) {
				out = append(out, k)
			}
		}
		at = p + skip
	}
	return out
}
