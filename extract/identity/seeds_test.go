package identity

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
	"newsbot/extract/segment"
)

var (
	update         = flag.Bool("update", false, "rewrite golden files in testdata")
	updateSnapshot = flag.Bool("update-snapshot", false, "re-run the segmenter and tagger on the seeds and rewrite testdata/seed_snapshot.json")
)

// seedArticle is one seed article run through the upstream pipeline.
type seedArticle struct {
	name     string
	text     string
	sents    []doc.Sentence
	mentions []doc.Mention
}

// seedDir holds the articles the bot ships with.
const seedDir = "../../data"

// loadSeeds reads the seed articles and tags them with the real segmenter
// and tagger.
func loadSeeds(tb testing.TB) []seedArticle {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		tb.Fatalf("no seed articles in %s", seedDir)
	}
	tagger, err := ner.Load()
	if err != nil {
		tb.Fatal(err)
	}
	var out []seedArticle
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		text := string(b)
		sents := segment.Split(text)
		var spans []doc.Span
		for _, s := range sents {
			if !s.Boilerplate {
				spans = append(spans, s.Span)
			}
		}
		out = append(out, seedArticle{filepath.Base(f), text, sents, tagger.Tag(text, spans)})
	}
	return out
}

// snapshotPath holds the segmenter's and tagger's output on the seed articles, frozen so
// that the golden rendering changes only when this package does.
var snapshotPath = filepath.Join("testdata", "seed_snapshot.json")

// snapshot is the upstream output on one seed article.
type snapshot struct {
	Sentences []doc.Sentence
	Mentions  []doc.Mention
}

// snapshotSeeds returns the seed articles with the segmenter's and tagger's
// output as frozen in testdata; with -update-snapshot it re-runs them and
// rewrites the file.
func snapshotSeeds(t testing.TB) []seedArticle {
	t.Helper()
	if *updateSnapshot {
		seeds := loadSeeds(t)
		m := map[string]snapshot{}
		for _, a := range seeds {
			m[a.name] = snapshot{a.sents, a.mentions}
		}
		b, err := json.MarshalIndent(m, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(snapshotPath, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return seeds
	}
	b, err := os.ReadFile(snapshotPath)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	var m map[string]snapshot
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var out []seedArticle
	for _, name := range sortedKeys(m) {
		text, err := os.ReadFile(filepath.Join(seedDir, name))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, seedArticle{name, string(text), m[name].Sentences, m[name].Mentions})
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// TestSeedsGolden runs Resolve, Roles and Cluster on the seed articles
// (with frozen upstream output) and compares a readable rendering with
// testdata/seeds.golden (go test -update rewrites it).
func TestSeedsGolden(t *testing.T) {
	seeds := snapshotSeeds(t)
	var b strings.Builder
	var ents []DocEntity
	for _, a := range seeds {
		ms := Resolve(a.text, a.mentions)
		fmt.Fprintf(&b, "== %s\n", a.name)
		for _, e := range docEntities(a.name, ms) {
			fmt.Fprintf(&b, "entity %s %q surfaces=%q\n", e.Type, e.Name, e.Surfaces)
			ents = append(ents, e)
		}
		for _, r := range Roles(a.text, a.sents, ms) {
			fmt.Fprintf(&b, "role %q: %q norm=%q head=%q evidence=%q\n", r.Name, r.Text, r.Norm, r.Head, a.text[r.Evidence.Start:r.Evidence.End])
		}
	}
	fmt.Fprintf(&b, "== corpus\n")
	for _, e := range Cluster(ents) {
		if len(e.Members) > 1 || len(e.Aliases) > 0 {
			fmt.Fprintf(&b, "cluster %s %q aliases=%q members=%d\n", e.Type, e.Name, e.Aliases, len(e.Members))
		}
	}
	golden := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != b.String() {
		t.Errorf("output differs from %s; run go test -update and review the diff", golden)
	}
}

// docEntities groups resolved mentions into the per-article entities the
// knowledge base builds for Cluster.
func docEntities(article string, ms []doc.Mention) []DocEntity {
	byName := map[string]*DocEntity{}
	var order []string
	for _, m := range ms {
		e := byName[m.Canonical]
		if e == nil {
			e = &DocEntity{Article: article, Name: m.Canonical, Type: m.Type}
			byName[m.Canonical] = e
			order = append(order, m.Canonical)
		}
		e.Mentions++
		if !contains(e.Surfaces, m.Text) {
			e.Surfaces = append(e.Surfaces, m.Text)
		}
	}
	sort.Strings(order)
	out := make([]DocEntity, 0, len(order))
	for _, n := range order {
		out = append(out, *byName[n])
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// BenchmarkResolveAndRoles measures the per-article work on the seed
// articles (frozen upstream output).
func BenchmarkResolveAndRoles(b *testing.B) {
	seeds := snapshotSeeds(b)
	b.ResetTimer()
	for b.Loop() {
		for _, a := range seeds {
			ms := Resolve(a.text, a.mentions)
			Roles(a.text, a.sents, ms)
		}
	}
}
