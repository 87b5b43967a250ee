package ner

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/ner/internal/tok"
)

// scanTexts are texts whose line breaks and possessives sit at the
// boundary cases of the document scans: line feeds and carriage returns
// at either end, inside gaps between sentences, and possessive endings in
// both quote marks, alone and inside other words.
var scanTexts = []string{
	"",
	"one",
	"\n",
	"\nLONDON (Reuters) - Smith's firm\n\nsaid\r\nit's Hay’s Flat’s and Jones' and Jones’ 's",
	"Line one.\rLine two.\r\nLine three\n",
	"a\n\n\nb c\n d\t\ne",
	"Christie's 'safe' ’quoted’ don't ’s '",
	"ÜNÏCÖDÉ\nStraße’s\u2028next line\n’s\n's",
}

// docTagsOf returns the rules' view of text tokenised in the sentences
// sents.
func docTagsOf(text string, sents []doc.Span) *docTags {
	var toks []tok.Token
	for _, sp := range sents {
		toks = tok.Split(toks, text, sp.Start, sp.End)
	}
	return newDocTags(text, toks, make([]int, len(toks), len(toks)+1))
}

// randomSentences cuts text into sentence spans at random, leaving gaps
// between some of them, as a segmenter might.
func randomSentences(r *rand.Rand, text string) []doc.Span {
	var out []doc.Span
	for at := 0; at < len(text); {
		end := min(len(text), at+1+r.Intn(40))
		out = append(out, doc.Span{Start: at, End: end})
		at = end + r.Intn(3)
	}
	return out
}

// randomTexts returns n short texts made of the pieces that line breaks
// and possessives are made of.
func randomTexts(r *rand.Rand, n int) []string {
	pieces := []string{"a", "Ab", "s", "'", "’", "'s", "’s", " ", "  ", "\n", "\r", "\n\n", ".", "don't", "Jones'", "é"}
	var out []string
	for range n {
		var b strings.Builder
		for range r.Intn(30) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// TestDocScans checks the line starts and possessives of a document
// against a test of every token.
func TestDocScans(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	texts := slices.Clone(scanTexts)
	for _, s := range readStories(t, 300) {
		texts = append(texts, s.text)
	}
	texts = append(texts, randomTexts(r, 3000)...)
	for _, text := range texts {
		for _, sents := range [][]doc.Span{lines(text), {{Start: 0, End: len(text)}}, randomSentences(r, text)} {
			dt := docTagsOf(text, sents)
			var starts, poss []int
			for i := range dt.toks {
				if i == 0 || lineBreakBefore(text, dt.toks, i) {
					starts = append(starts, i)
				}
				if isPossessive(tokText(text, dt.toks, i)) {
					poss = append(poss, i)
				}
			}
			if got := dt.lineStarts(); !slices.Equal(got, starts) {
				t.Errorf("lineStarts(%q) = %v, want %v", text, got, starts)
			}
			if got := dt.possessives(); !slices.Equal(got, poss) {
				t.Errorf("possessives(%q) = %v, want %v", text, got, poss)
			}
			dt.release()
		}
	}
}
