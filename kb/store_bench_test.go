package kb

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"

	"newsbot/extract"
	"newsbot/ingest"
)

// reutersJSONL is the shared corpus of 19,042 Reuters stories.
const reutersJSONL = "../../shared/data/reuters21578.jsonl.gz"

// BenchmarkStore measures what a full build does besides reading and
// extracting: writing the articles with what was extracted from them,
// the corpus-wide steps and the query tables. The Reuters stories are
// extracted once, before the timer starts.
func BenchmarkStore(b *testing.B) {
	defer buildGC()()
	jobs := extractedReuters(b)
	ctx := context.Background()
	var write, agg, fin, writeCPU, aggCPU, finCPU time.Duration
	for i := 0; i < b.N; i++ {
		path := filepath.Join(b.TempDir(), "kb.sqlite")
		start, cpu := time.Now(), cpuTime()
		db, err := openWrite(path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, schemaTablesSQL); err != nil {
			b.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, pauseMerging); err != nil {
			b.Fatal(err)
		}
		rep := &Report{}
		w, err := newWriter(ctx, db, rep)
		if err != nil {
			b.Fatal(err)
		}
		w.unindexed = true
		for _, j := range jobs {
			w.furniture.Add(j.art.Text)
		}
		for _, j := range jobs {
			if err := w.put(ctx, j); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.createIndexes(ctx); err != nil {
			b.Fatal(err)
		}
		if err := w.commit(); err != nil {
			b.Fatal(err)
		}
		w.close()
		if _, err := db.ExecContext(ctx, resumeMerging); err != nil {
			b.Fatal(err)
		}
		t, c := time.Now(), cpuTime()
		write += t.Sub(start)
		writeCPU += c - cpu
		_, terms, err := aggregate(ctx, db, rep, false, w.furniture)
		if err != nil {
			b.Fatal(err)
		}
		agg += time.Since(t)
		aggCPU += cpuTime() - c
		t, c = time.Now(), cpuTime()
		if err := finish(ctx, db, rep, true, nil, terms); err != nil {
			b.Fatal(err)
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		fin += time.Since(t)
		finCPU += cpuTime() - c
	}
	n := float64(b.N)
	b.ReportMetric(write.Seconds()/n, "write_s")
	b.ReportMetric(agg.Seconds()/n, "aggregate_s")
	b.ReportMetric(fin.Seconds()/n, "finish_s")
	b.ReportMetric(writeCPU.Seconds()/n, "write_cpu_s")
	b.ReportMetric(aggCPU.Seconds()/n, "aggregate_cpu_s")
	b.ReportMetric(finCPU.Seconds()/n, "finish_cpu_s")
}

// cpuTime is the CPU time the process has used, in user and system mode.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// extractedReuters reads the Reuters stories and extracts from each, on
// every core, in reading order.
func extractedReuters(b *testing.B) []job {
	b.Helper()
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
	if _, err := io.Copy(dst, src); err != nil {
		b.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		b.Fatal(err)
	}
	var jobs []job
	if _, err := ingest.Walk(context.Background(), dir, ingest.Limits{}, func(a ingest.Article) error {
		jobs = append(jobs, job{art: a, seq: len(jobs)})
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	pipe, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				jobs[i].result = pipe.Run(jobs[i].art.Text, parseDate(jobs[i].art.Published))
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	b.ResetTimer()
	return jobs
}
