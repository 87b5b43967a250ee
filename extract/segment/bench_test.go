package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsbot/extract/internal/newscorpus"
)

// BenchmarkSplit measures throughput on the seed articles (web text) and on
// CoNLL documents (one sentence a line); see b.SetBytes for MB/s.
func BenchmarkSplit(b *testing.B) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	var web strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		web.Write(data)
		web.WriteString("\n")
	}
	b.Run("web articles", func(b *testing.B) {
		text := web.String()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			Split(text)
		}
	})
	b.Run("conll documents", func(b *testing.B) {
		docs := readConll(b, conllTrain)
		var texts []string
		size := 0
		for _, d := range docs[:min(len(docs), 200)] {
			text, _, _ := renderConll(d)
			texts = append(texts, text)
			size += len(text)
		}
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, text := range texts {
				Split(text)
			}
		}
	})
}

// BenchmarkSplitNews measures throughput on the shared Reuters stories, the
// text the knowledge base is built from; it is skipped when they are absent.
func BenchmarkSplitNews(b *testing.B) {
	stories := newscorpus.Read(b, filepath.Join("..", "..", "..", "shared", "data", "reuters21578.jsonl.gz"), 2000)
	size := 0
	for _, s := range stories {
		size += len(s.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range stories {
			Split(s.Text)
		}
	}
}
