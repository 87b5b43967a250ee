package ner

import (
	"slices"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

// decodedStory is a story's tokens and its tags as the decoder leaves
// them, before the rules.
type decodedStory struct {
	text string
	toks []tok.Token
	tags []int
}

// decodeStories tokenises and decodes stories as Tag does, leaving out
// the rules; stories longer than one chunk are left out.
func decodeStories(tb testing.TB, tg *Tagger, stories []story) []decodedStory {
	tb.Helper()
	var out []decodedStory
	w := new(work)
	for _, st := range stories {
		var toks []tok.Token
		var start []int
		for _, sp := range st.sents {
			n := len(toks)
			toks = tok.Split(toks, st.text, sp.Start, sp.End)
			for i := n; i < len(toks); i += maxSentenceTokens {
				start = append(start, i)
			}
		}
		if len(toks) == 0 || len(toks) >= maxChunkTokens {
			continue
		}
		tg.m.PrepareDoc(&w.s, st.text, toks, start)
		var all []int
		for k := range start {
			w.tags = tg.m.Decode(&w.s, k, w.tags)
			all = append(all, w.tags...)
		}
		out = append(out, decodedStory{st.text, toks, all})
	}
	return out
}

// BenchmarkRefineNews runs the rules alone over the decoded tags of 2,000
// wire stories.
func BenchmarkRefineNews(b *testing.B) {
	tg := mustLoad(b)
	docs := decodeStories(b, tg, readStories(b, 2000))
	size := 0
	for _, d := range docs {
		size += len(d.text)
	}
	var buf []int
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			buf = append(slices.Grow(buf[:0], len(d.tags)+1), d.tags...)
			refine(d.text, d.toks, buf, tg.m.KnownWord)
		}
	}
}
