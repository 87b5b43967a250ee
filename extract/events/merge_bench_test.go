package events

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"newsbot/extract/timex"
)

// reutersCorpus is the news archive Merge is measured on.
var reutersCorpus = filepath.Join("..", "..", "..", "shared", "data", "reuters21578.jsonl.gz")

// benchStories is how many stories of the archive the benchmark merges.
const benchStories = 4000

// reutersRefs returns the reports of the first n Reuters stories, each
// with its article's names as its cast and the first two as its story;
// nil when the archive is absent.
func reutersRefs(tb testing.TB, n int) []Ref {
	fh, err := os.Open(reutersCorpus)
	if err != nil {
		return nil
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var refs []Ref
	for k := 0; k < n && sc.Scan(); k++ {
		var s struct{ ID, Source, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			tb.Fatal(err)
		}
		pub, _ := time.Parse("2006-01-02", s.Published)
		evs := Find(s.Text, nil, timex.Find(s.Text, nil, pub), trivialMentions(s.Text), pub)
		var cast []string
		for _, e := range evs {
			cast = append(cast, e.Entities...)
		}
		for _, e := range evs {
			refs = append(refs, Ref{Article: s.ID, Event: e, Published: s.Published, Source: s.Source, Key: len(refs),
				Story: cast[:min(2, len(cast))], Cast: cast})
		}
	}
	return refs
}

func BenchmarkMergeNews(b *testing.B) {
	refs := reutersRefs(b, benchStories)
	if refs == nil {
		b.Skip("no Reuters archive at " + reutersCorpus)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		Merge(refs)
	}
}
