package extract

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"newsbot/extract/events"
	"newsbot/extract/identity"
	"newsbot/extract/quotes"
	"newsbot/extract/segment"
	"newsbot/extract/timex"
)

// newsCorpus is the shared Reuters collection, relative to this package
// inside the working tree; benchmarks that need it skip when it is absent.
var newsCorpus = filepath.Join("..", "..", "shared", "data", "reuters21578.jsonl.gz")

type story struct {
	text      string
	published time.Time
}

// readStories returns the first n stories of the news corpus.
func readStories(tb testing.TB, n int) []story {
	tb.Helper()
	f, err := os.Open(newsCorpus)
	if err != nil {
		tb.Skipf("news corpus not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	var out []story
	for len(out) < n && sc.Scan() {
		var rec struct{ Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		day, _ := time.Parse(time.DateOnly, rec.Published)
		out = append(out, story{rec.Text, day})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
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
		results[i] = p.Run(s.text, s.published)
		size += len(s.text)
	}
	stages := []struct {
		name string
		run  func(s story, r *Result)
	}{
		{"segment", func(s story, _ *Result) { segment.Split(s.text) }},
		{"identity", func(s story, r *Result) { identity.Resolve(s.text, append(r.tagged[:0:0], r.tagged...)) }},
		{"timex", func(s story, r *Result) { timex.Find(s.text, r.Sentences, s.published) }},
		{"quotes", func(s story, r *Result) { quotes.Find(s.text, r.Sentences, r.Mentions) }},
		{"roles", func(s story, r *Result) { identity.Roles(s.text, r.Sentences, r.Mentions) }},
		{"events", func(s story, r *Result) { events.Find(s.text, r.Sentences, r.Times, r.Mentions, s.published) }},
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
