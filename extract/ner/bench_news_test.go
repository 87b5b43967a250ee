package ner

import (
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"

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
		out = append(out, story{st.Text, roughSentences(st.Text)})
	}
	return out
}

// roughSentences splits text after '.', '!' or '?' followed by white
// space and an upper-case letter, and at blank or indented lines (the
// paragraph breaks of wire copy), which is close enough to the segmenter
// for measuring speed.
func roughSentences(text string) []doc.Span {
	var out []doc.Span
	start := 0
	cut := func(end int) {
		if end > start {
			out = append(out, doc.Span{Start: start, End: end})
		}
	}
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n' && i+1 < len(text) && (text[i+1] == '\n' || text[i+1] == ' '):
			cut(i)
			start = i + 1
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\n') {
				j++
			}
			if j > i+1 && j < len(text) {
				if r, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsUpper(r) {
					cut(i + 1)
					start = j
					i = j - 1
				}
			}
		}
	}
	cut(len(text))
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
