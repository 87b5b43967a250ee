package bench

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// reutersPath is the shared Reuters-21578 corpus, relative to this
// package.
const reutersPath = "../../shared/data/reuters21578.jsonl.gz"

// largeSize is the article count of the generated large corpus.
const largeSize = 100_000

// article is one JSONL article, as ingest reads it.
type article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// needReuters skips the benchmark when the corpus is not available.
func needReuters(tb testing.TB) string {
	tb.Helper()
	p, err := filepath.Abs(reutersPath)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("corpus not available: %v", err)
	}
	return p
}

// readCorpus decodes a JSONL file, gzipped when its name says so.
func readCorpus(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if filepath.Ext(path) == ".gz" {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	var out []article
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	for {
		var rec article
		if err := dec.Decode(&rec); err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, rec)
	}
}

// writeCorpus writes records as one plain JSONL file.
func writeCorpus(path string, recs []article) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

var yearRE = regexp.MustCompile(`\b19[0-9]{2}\b`)

// enlarge makes n articles out of the Reuters stories: copy k of a story
// gets a new id, its publication date and every year in its text shifted
// by k years, and a wire sign-off naming the copy, so that no two texts
// are the same (identical texts would be stored once).
func enlarge(base []article, n int) []article {
	out := make([]article, 0, n)
	for k := 0; len(out) < n; k++ {
		for _, r := range base {
			if len(out) == n {
				break
			}
			if k > 0 {
				r.ID = fmt.Sprintf("%s-copy%d", r.ID, k)
				r.Published = shiftYear(r.Published, k)
				r.Text = yearRE.ReplaceAllStringFunc(r.Text, func(y string) string { return shiftYear(y, k) }) +
					fmt.Sprintf("\nReuters archive, copy %d\n", k)
			}
			out = append(out, r)
		}
	}
	return out
}

// shiftYear adds k to the four-digit year s starts with.
func shiftYear(s string, k int) string {
	if len(s) < 4 {
		return s
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil {
		return s
	}
	return strconv.Itoa(y+k) + s[4:]
}

// largeCorpusFiles is how many JSONL files the large corpus is split
// into: each stays under the ingest limit on one file's size, as a real
// archive of daily or monthly files would.
const largeCorpusFiles = 10

// largeCorpus returns the folder of the generated large corpus, writing
// it once into a cache folder that outlives the run.
func largeCorpus(tb testing.TB, reuters string) string {
	tb.Helper()
	dir := filepath.Join(os.TempDir(), "newsbot-bench", fmt.Sprintf("data%d-%d", largeSize, largeCorpusFiles))
	done := filepath.Join(os.TempDir(), "newsbot-bench", fmt.Sprintf("data%d-%d.complete", largeSize, largeCorpusFiles))
	if _, err := os.Stat(done); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	base, err := readCorpus(reuters)
	if err != nil {
		tb.Fatal(err)
	}
	all := enlarge(base, largeSize)
	per := (len(all) + largeCorpusFiles - 1) / largeCorpusFiles
	for i := 0; i < largeCorpusFiles; i++ {
		part := all[min(i*per, len(all)):min((i+1)*per, len(all))]
		if err := writeCorpus(filepath.Join(dir, fmt.Sprintf("part-%02d.jsonl", i)), part); err != nil {
			tb.Fatal(err)
		}
	}
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		tb.Fatal(err)
	}
	return dir
}
