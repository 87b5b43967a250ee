package timex

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/segment"
)

// Find's output over whole corpora, written on demand so that a change
// meant only to make Find faster can be checked to change nothing:
//
//	go test ./extract/timex -run TestDumpCorpus -dump /tmp/before.json
//
// and the same again after the change, then compare the two files. The
// sentence spans are cached in the file given by -dumpsents so that a
// change to the segmenter does not show up as a difference here.
var (
	dumpPath  = flag.String("dump", "", "write Find's output over the corpora to this file")
	dumpSents = flag.String("dumpsents", "", "cache of segmenter sentences for -dump")
	dumpN     = flag.Int("dumpn", 1<<30, "Reuters stories to include in -dump (default all)")
)

const reutersPath = "../../../shared/data/reuters21578.jsonl.gz"

type story struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// readReuters returns the first n Reuters stories, nil when absent.
func readReuters(tb testing.TB, n int) []story {
	fh, err := os.Open(reutersPath)
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
	var out []story
	for len(out) < n && sc.Scan() {
		var s story
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			tb.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

type dumpDoc struct {
	Name  string
	Sents string // "lines", "segment" or "undated" (lines, no publication date)
	Exprs []Expr
}

func TestDumpCorpus(t *testing.T) {
	if *dumpPath == "" {
		t.Skip("no -dump file given")
	}
	type input struct {
		name, text string
		pub        time.Time
	}
	var in []input
	files, _ := filepath.Glob("../../../shared/data/tempeval3/train/*/*.tml")
	sort.Strings(files)
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseTML(string(raw))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		in = append(in, input{p, d.text, d.dct})
	}
	var seeds []struct{ File, Published string }
	if raw, err := os.ReadFile("../../data/manifest.json"); err == nil {
		if err := json.Unmarshal(raw, &seeds); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range seeds {
		raw, err := os.ReadFile(filepath.Join("../../data", s.File))
		if err != nil {
			t.Fatal(err)
		}
		pub, _ := time.Parse("2006-01-02", s.Published)
		in = append(in, input{s.File, string(raw), pub})
	}
	for _, s := range readReuters(t, *dumpN) {
		pub, _ := time.Parse("2006-01-02", s.Published)
		in = append(in, input{s.ID, s.Text, pub})
	}
	cache := map[string][]doc.Sentence{}
	if *dumpSents != "" {
		if raw, err := os.ReadFile(*dumpSents); err == nil {
			if err := json.Unmarshal(raw, &cache); err != nil {
				t.Fatal(err)
			}
		}
	}
	var out []dumpDoc
	for _, d := range in {
		sents, ok := cache[d.name]
		if !ok {
			sents = segment.Split(d.text)
			cache[d.name] = sents
		}
		out = append(out, dumpDoc{d.name, "lines", Find(d.text, nil, d.pub)})
		out = append(out, dumpDoc{d.name, "segment", Find(d.text, sents, d.pub)})
		out = append(out, dumpDoc{d.name, "undated", Find(d.text, nil, time.Time{})})
	}
	if *dumpSents != "" {
		raw, _ := json.Marshal(cache)
		if err := os.WriteFile(*dumpSents, raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(*dumpPath, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range out {
		n += len(d.Exprs)
	}
	t.Logf("%d documents, %d expressions", len(in), n)
}

// BenchmarkFindReuters runs Find over the first 500 Reuters stories with
// their publication dates, one sentence per line as without a segmenter.
func BenchmarkFindReuters(b *testing.B) {
	stories := readReuters(b, 500)
	if stories == nil {
		b.Skip("Reuters stories not present")
	}
	pubs := make([]time.Time, len(stories))
	size := 0
	for i, s := range stories {
		pubs[i], _ = time.Parse("2006-01-02", s.Published)
		size += len(s.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, s := range stories {
			Find(s.Text, nil, pubs[k])
		}
	}
}

// BenchmarkFindReutersSentences is BenchmarkFindReuters with the
// segmenter's sentences, as a knowledge-base build calls Find; the
// sentences are split before the timer starts.
func BenchmarkFindReutersSentences(b *testing.B) {
	stories := readReuters(b, 500)
	if stories == nil {
		b.Skip("Reuters stories not present")
	}
	pubs := make([]time.Time, len(stories))
	sents := make([][]doc.Sentence, len(stories))
	size := 0
	for i, s := range stories {
		pubs[i], _ = time.Parse("2006-01-02", s.Published)
		sents[i] = segment.Split(s.Text)
		size += len(s.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, s := range stories {
			Find(s.Text, sents[k], pubs[k])
		}
	}
}
