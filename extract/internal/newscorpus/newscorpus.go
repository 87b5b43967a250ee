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
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
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

// RoughSentences splits text after '.', '!' or '?' followed by white
// space and an upper-case letter, and at blank or indented lines (the
// paragraph breaks of wire copy), which is close enough to the segmenter
// for measuring speed.
func RoughSentences(text string) []doc.Span {
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
