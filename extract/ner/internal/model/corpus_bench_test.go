package model

import (
	"os"
	"path/filepath"
	"testing"

	"newsbot/extract/internal/newscorpus"
	"newsbot/extract/ner/internal/tok"
)

// The shipped model and the shared news corpus, relative to this package
// inside the working tree.
var (
	shippedModel = filepath.Join("..", "..", "model.bin.gz")
	newsCorpus   = filepath.Join("..", "..", "..", "..", "..", "shared", "data", "reuters21578.jsonl.gz")
)

// newsDoc is a story split into tokens and rough sentences.
type newsDoc struct {
	text      string
	toks      []tok.Token
	sentStart []int
}

// loadShipped returns the model the tagger ships with.
func loadShipped(tb testing.TB) *Model {
	tb.Helper()
	f, err := os.Open(shippedModel)
	if err != nil {
		tb.Skipf("shipped model not available: %v", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// newsDocs returns the first n stories of the news corpus, tokenised, with
// sentences cut after '.', '!' or '?' before an upper-case letter and at
// paragraph breaks, close enough to the segmenter for measuring speed.
func newsDocs(tb testing.TB, n int) []newsDoc {
	tb.Helper()
	var out []newsDoc
	for _, st := range newscorpus.Read(tb, newsCorpus, n) {
		d := newsDoc{text: st.Text}
		for _, sp := range newscorpus.RoughSentences(st.Text) {
			k := len(d.toks)
			d.toks = tok.Split(d.toks, st.Text, sp.Start, sp.End)
			if len(d.toks) > k {
				d.sentStart = append(d.sentStart, k)
			}
		}
		out = append(out, d)
	}
	return out
}

// BenchmarkPrepareDecode prepares and decodes 300 wire stories with the
// shipped model, as the tagger does before its rules.
func BenchmarkPrepareDecode(b *testing.B) {
	m := loadShipped(b)
	docs := newsDocs(b, 300)
	size := 0
	for _, d := range docs {
		size += len(d.text)
	}
	b.SetBytes(int64(size))
	var s Scratch
	var dst []int
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			m.PrepareDoc(&s, d.text, d.toks, d.sentStart)
			for k := 0; k < s.Sentences(); k++ {
				dst = m.Decode(&s, k, dst)
			}
		}
	}
}
