package ingest

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// reutersJSONL is the shared corpus of 19,042 Reuters stories.
const reutersJSONL = "../../shared/data/reuters21578.jsonl.gz"

// BenchmarkWalkReuters streams the Reuters corpus through Walk; MB/s is of
// the compressed file.
func BenchmarkWalkReuters(b *testing.B) {
	src, err := os.Open(reutersJSONL)
	if err != nil {
		b.Skipf("Reuters corpus not available: %v", err)
	}
	defer src.Close()
	dir := b.TempDir()
	dst, err := os.Create(filepath.Join(dir, "reuters.jsonl.gz"))
	if err != nil {
		b.Fatal(err)
	}
	size, err := io.Copy(dst, src)
	if err != nil {
		b.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	for b.Loop() {
		n := 0
		probs, err := Walk(context.Background(), dir, Limits{}, func(Article) error {
			n++
			return nil
		})
		if err != nil || len(probs) != 0 {
			b.Fatalf("walk: %v, problems %v", err, probs)
		}
		b.ReportMetric(float64(n), "articles/op")
	}
}
