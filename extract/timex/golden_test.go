package timex

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestSeedGolden pins the expressions found in the seed articles, so that
// a rule change shows up as a readable diff of testdata/seeds.golden.
func TestSeedGolden(t *testing.T) {
	dir := "../../data"
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var seeds []struct{ File, Published string }
	if err := json.Unmarshal(raw, &seeds); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, s := range seeds {
		text, err := os.ReadFile(filepath.Join(dir, s.File))
		if err != nil {
			t.Fatal(err)
		}
		pub, _ := time.Parse("2006-01-02", s.Published)
		fmt.Fprintf(&b, "# %s published %s\n", s.File, s.Published)
		for _, e := range Find(string(text), nil, pub) {
			fmt.Fprintf(&b, "%d-%d\t%q\t%s\t%s\t%s\tfuture=%v\n", e.Start, e.End, e.Text, e.Type, e.Value, e.Precision, e.Future)
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
	if got := b.String(); got != string(want) {
		t.Errorf("seed expressions differ from %s (run with -update to accept):\n%s", golden, got)
	}
}
