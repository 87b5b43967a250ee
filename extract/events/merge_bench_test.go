package events

import (
	"path/filepath"
	"testing"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/internal/newscorpus"
	"newsbot/extract/segment"
	"newsbot/extract/timex"
)

// reutersCorpus is the news archive Merge is measured on.
var reutersCorpus = filepath.Join("..", "..", "..", "shared", "data", "reuters21578.jsonl.gz")

// benchStories is how many stories of the archive the benchmark merges.
const benchStories = 4000

// reutersRefs returns the reports of the first n Reuters stories, each
// with its article's names as its cast and the first two as its story.
func reutersRefs(tb testing.TB, n int) []Ref {
	var refs []Ref
	for _, s := range newscorpus.Read(tb, reutersCorpus, n) {
		evs := Find(s.Text, nil, timex.Find(s.Text, nil, s.Published), trivialMentions(s.Text), s.Published)
		var cast []string
		for _, e := range evs {
			cast = append(cast, e.Entities...)
		}
		for _, e := range evs {
			refs = append(refs, Ref{Article: s.ID, Event: e, Published: s.Published.Format(time.DateOnly), Source: s.Source, Key: len(refs),
				Story: cast[:min(2, len(cast))], Cast: cast})
		}
	}
	return refs
}

func BenchmarkMergeNews(b *testing.B) {
	refs := reutersRefs(b, benchStories)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		Merge(refs)
	}
}

// BenchmarkFindNews runs Find over Reuters stories, their sentences
// (segment.Split), time expressions (timex.Find) and names
// (trivialMentions) computed once.
func BenchmarkFindNews(b *testing.B) {
	type input struct {
		text      string
		sents     []doc.Sentence
		times     []timex.Expr
		mentions  []doc.Mention
		published time.Time
	}
	var in []input
	size := 0
	for _, s := range newscorpus.Read(b, reutersCorpus, findStories) {
		sents := segment.Split(s.Text)
		in = append(in, input{s.Text, sents, timex.Find(s.Text, sents, s.Published), trivialMentions(s.Text), s.Published})
		size += len(s.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, x := range in {
			Find(x.text, x.sents, x.times, x.mentions, x.published)
		}
	}
}

// findStories is how many stories of the archive BenchmarkFindNews reads.
const findStories = 600
