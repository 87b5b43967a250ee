package ner

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestSeedArticlesGolden pins the mentions found in real news articles so
// that model or rule changes show up as a readable diff.
func TestSeedArticlesGolden(t *testing.T) {
	tg := mustLoad(t)
	texts := seedTexts(t)
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		text := texts[n]
		ms := tg.Tag(text, lines(text))
		checkMentions(t, text, ms)
		fmt.Fprintf(&b, "== %s\n", n)
		for _, m := range ms {
			fmt.Fprintf(&b, "%d-%d %s %s\n", m.Start, m.End, m.Type, m.Text)
		}
	}
	golden := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("mentions differ from %s; run with -update and review the diff", golden)
	}
}
