package segment

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// renderSentences writes one sentence a line: "B" for boilerplate, the
// paragraph, the byte span and the text.
func renderSentences(b *strings.Builder, text string) {
	for _, s := range Split(text) {
		mark := " "
		if s.Boilerplate {
			mark = "B"
		}
		fmt.Fprintf(b, "%s %2d %5d-%-5d %s\n", mark, s.Para, s.Start, s.End, strings.ReplaceAll(text[s.Start:s.End], "\n", `\n`))
	}
}

// TestSeedArticles checks the sentences of real web articles against a
// golden file, and that the furniture flagged in them is exactly the site
// furniture they carry: no sentence of reporting.
func TestSeedArticles(t *testing.T) {
	files, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in testdata/seeds: %v", err)
	}
	var b strings.Builder
	var flagged []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		fmt.Fprintf(&b, "== %s\n", filepath.Base(f))
		renderSentences(&b, text)
		for _, s := range Split(text) {
			if s.Boilerplate {
				flagged = append(flagged, text[s.Start:s.End])
			}
		}
	}
	want := []string{
		"Recommended stories", "list of 4 itemsend of list",
		"World", "Published", "on", "Trending", "Exit mobile version",
		"Picture: Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP",
		// the caption the credit closes
		"The Russian president, right, was holding talks with US special envoy Steve Witkoff, back to camera, in the Kremlin.",
	}
	slices.Sort(flagged)
	slices.Sort(want)
	if !slices.Equal(flagged, want) {
		t.Errorf("flagged %q\nwant    %q", flagged, want)
	}
	compareGolden(t, "testdata/seeds.golden", b.String())
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("%s differs at line %d:\n got %s\nwant %s\n(run go test -update if the change is intended)", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s differs in length: got %d lines, want %d", path, len(gl), len(wl))
	}
}
