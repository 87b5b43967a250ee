// Package newscorpus reads the shared Reuters stories that the extraction
// benchmarks run on.
package newscorpus

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"
	"time"
)

// Story is one story of the corpus.
type Story struct {
	ID, Source string
	Text       string
	Published  time.Time
}

// Read returns the first n stories of the gzipped JSONL corpus at path; a
// benchmark is skipped when the corpus is absent.
func Read(tb testing.TB, path string, n int) []Story {
	tb.Helper()
	f, err := os.Open(path)
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
	var out []Story
	for len(out) < n && sc.Scan() {
		var rec struct{ ID, Source, Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		day, _ := time.Parse(time.DateOnly, rec.Published)
		out = append(out, Story{ID: rec.ID, Source: rec.Source, Text: rec.Text, Published: day})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}
