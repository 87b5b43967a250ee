package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func FuzzFind(f *testing.F) {
	f.Add("Putin met the envoys late on Tuesday, 2 December 2025, at 10 p.m.", int64(0))
	f.Add("A 30-day ceasefire\nfinal yr\x00\xff every week", int64(1764720000))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var pub time.Time
		if unix > 0 && unix < 1<<40 {
			pub = time.Unix(unix, 0).UTC()
		}
		checkWellFormed(t, text, Find(text, nil, pub))
	})
}

func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob("../../data/*.txt")
	var sb strings.Builder
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			sb.Write(data)
		}
	}
	text := sb.String()
	if text == "" {
		text = strings.Repeat("Putin met the envoys on Tuesday and will meet again next week.\n", 200)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n += len(Find(text, nil, wed))
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "exprs/s")
}
