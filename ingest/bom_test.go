package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWalkStoresATextFileWithAByteOrderMarkByteForByte(t *testing.T) {
	const content = "\xef\xbb\xbfLisbon port reopens\n\nThe port reopened on Monday.\n"
	dir := writeTree(t, map[string]string{"bom.txt": content})
	arts, probs := walkAll(t, dir, Limits{})
	if len(arts) != 1 || len(probs) != 0 {
		t.Fatalf("got %d articles, problems %+v", len(arts), probs)
	}
	a := arts[0]
	raw, err := os.ReadFile(filepath.Join(dir, "bom.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != string(raw) {
		t.Errorf("text %q, want the file's bytes %q", a.Text, raw)
	}
	if a.Title != "Lisbon port reopens" {
		t.Errorf("title %q, want it without the byte order mark", a.Title)
	}
}
