package extract

import (
	"path/filepath"
	"testing"

	"newsbot/extract/events"
	"newsbot/extract/identity"
	"newsbot/extract/internal/newscorpus"
	"newsbot/extract/quotes"
	"newsbot/extract/segment"
	"newsbot/extract/timex"
)

// newsCorpus is the shared Reuters collection, relative to this package
// inside the working tree; benchmarks that need it skip when it is absent.
var newsCorpus = filepath.Join("..", "..", "shared", "data", "reuters21578.jsonl.gz")

// readStories returns the first n stories of the news corpus.
func readStories(tb testing.TB, n int) []newscorpus.Story {
	tb.Helper()
	return newscorpus.Read(tb, newsCorpus, n)
}

// BenchmarkStages runs each extraction stage after the tagger over news
// stories, on the tagger's output computed once; see b.SetBytes for MB/s.
func BenchmarkStages(b *testing.B) {
	stories := readStories(b, 2000)
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	results := make([]*Result, len(stories))
	size := 0
	for i, s := range stories {
		results[i] = p.Run(s.Text, s.Published)
		size += len(s.Text)
	}
	stages := []struct {
		name string
		run  func(s newscorpus.Story, r *Result)
	}{
		{"segment", func(s newscorpus.Story, _ *Result) { segment.Split(s.Text) }},
		{"identity", func(s newscorpus.Story, r *Result) { identity.Resolve(s.Text, append(r.tagged[:0:0], r.tagged...)) }},
		{"timex", func(s newscorpus.Story, r *Result) { timex.Find(s.Text, r.Sentences, s.Published) }},
		{"quotes", func(s newscorpus.Story, r *Result) { quotes.Find(s.Text, r.Sentences, r.Mentions) }},
		{"roles", func(s newscorpus.Story, r *Result) { identity.Roles(s.Text, r.Sentences, r.Mentions) }},
		{"events", func(s newscorpus.Story, r *Result) {
			events.Find(s.Text, r.Sentences, r.Times, r.Mentions, s.Published)
		}},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for i, s := range stories {
					st.run(s, results[i])
				}
			}
		})
	}
}
