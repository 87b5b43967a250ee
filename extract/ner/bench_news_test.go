package ner

import (
	"path/filepath"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/internal/newscorpus"
)

// newsCorpus is the shared Reuters collection, relative to this package
// inside the working tree; benchmarks that need it skip when it is absent.
var newsCorpus = filepath.Join("..", "..", "..", "shared", "data", "reuters21578.jsonl.gz")

type story struct {
	text  string
	sents []doc.Span
}

// readStories returns the first n stories of the news corpus with rough
// sentence spans.
func readStories(tb testing.TB, n int) []story {
	tb.Helper()
	var out []story
	for _, st := range newscorpus.Read(tb, newsCorpus, n) {
		out = append(out, story{st.Text, newscorpus.RoughSentences(st.Text)})
	}
	return out
}

// BenchmarkTagNews tags 300 wire stories one by one, as a knowledge-base
// build does.
func BenchmarkTagNews(b *testing.B) {
	tg := mustLoad(b)
	stories := readStories(b, 300)
	size := 0
	for _, s := range stories {
		size += len(s.text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range stories {
			tg.Tag(s.text, s.sents)
		}
	}
}
