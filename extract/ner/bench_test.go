package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

func seedTexts(tb testing.TB) map[string]string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seed texts: %v", err)
	}
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(p)] = string(b)
	}
	return out
}

func BenchmarkTag(b *testing.B) {
	tg := mustLoad(b)
	var all []string
	for _, t := range seedTexts(b) {
		all = append(all, t)
	}
	text := strings.Join(all, "\n")
	sents := lines(text)
	ntok := 0
	for _, s := range sents {
		ntok += len(tok.Split(nil, text, s.Start, s.End))
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		tg.Tag(text, sents)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Read(strings.NewReader(string(modelData))); err != nil {
			b.Fatal(err)
		}
	}
}
