package kb

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVersionKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.example.com/news/flood-2026/", "example.com/news/flood-2026"},
		{"http://Example.com/news/flood-2026?utm_source=x&fbclid=y#top", "example.com/news/flood-2026"},
		{"https://example.com/news/flood-2026/amp", "example.com/news/flood-2026"},
		{"https://example.com/article.php?id=12&utm_medium=rss", "example.com/article.php?id=12"},
		{"https://example.com/news/flood-evacuation?updated=1", "example.com/news/flood-evacuation"},
		{"https://example.com/news/flood-evacuation-corrected", "example.com/news/flood-evacuation"},
		{"https://example.com/news/flood-evacuation-updated/", "example.com/news/flood-evacuation"},
		{"https://example.com/", ""},
		{"https://example.com", ""},
		{"", ""},
		{"not a link", ""},
		{"/news/flood-2026", ""},
	}
	for _, tt := range tests {
		if got := versionKey(tt.in); got != tt.want {
			t.Errorf("versionKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSameStory(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Dozens rescued as river bursts its banks", "Dozens rescued as river bursts its banks", true},
		{"Dozens rescued as river bursts its banks", "UPDATED: Dozens rescued as river bursts its banks", true},
		{"42 rescued as River Calder floods", "24 rescued as River Calder floods", true},
		{"Council approves new bus lanes", "Striker signs four-year deal with Valmont", false},
		{"", "", true},
		{"", "Council approves new bus lanes", false},
	}
	for _, tt := range tests {
		if got := sameStory(tt.a, tt.b); got != tt.want {
			t.Errorf("sameStory(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// versionsManifest lists the first version of a story, its correction a
// day later at the same link, and an unrelated story that a feed gave the
// same section link.
const versionsManifest = `[
 {"file": "flood.txt", "title": "Dozens rescued as river floods town", "source": "Valley Post", "url": "https://valleypost.example/news/flood-rescue", "published": "2026-03-10"},
 {"file": "flood-corrected.txt", "title": "Dozens rescued as river floods town", "source": "Valley Post", "url": "https://www.valleypost.example/news/flood-rescue/?utm_source=rss", "published": "2026-03-11"},
 {"file": "council.txt", "title": "Council approves new bus lanes", "source": "Valley Post", "url": "https://valleypost.example/news", "published": "2026-03-11"},
 {"file": "market.txt", "title": "Farmers market moves to the square", "source": "Valley Post", "url": "https://valleypost.example/news", "published": "2026-03-12"}
]`

const (
	floodFirst     = "Firefighters rescued 42 people from flooded homes in Hebden Bridge on Monday, the fire service said.\nThe river rose two metres overnight.\n"
	floodCorrected = "Firefighters rescued 24 people from flooded homes in Hebden Bridge on Monday, the fire service said.\nThe river rose two metres overnight.\nCorrection: an earlier version of this story gave the number rescued as 42.\n"
	councilStory   = "The town council approved new bus lanes on Tuesday after a two-hour debate.\n"
	marketStory    = "The weekly farmers market will move to the market square from April, organisers said.\n"
)

func versionFolder(t *testing.T) (data, db string) {
	t.Helper()
	dir := t.TempDir()
	data, db = filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "manifest.json"), versionsManifest)
	writeFile(t, filepath.Join(data, "flood.txt"), floodFirst)
	writeFile(t, filepath.Join(data, "flood-corrected.txt"), floodCorrected)
	writeFile(t, filepath.Join(data, "council.txt"), councilStory)
	writeFile(t, filepath.Join(data, "market.txt"), marketStory)
	return data, db
}

// storedArticles returns the ids of the articles in a knowledge base.
func storedArticles(t *testing.T, db string) string {
	t.Helper()
	s := mustOpen(t, db)
	rows, err := s.db.QueryContext(context.Background(), "SELECT ext_id FROM articles ORDER BY ext_id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	s.Close()
	return strings.Join(ids, " ")
}

func TestLaterVersionReplacesEarlier(t *testing.T) {
	data, db := versionFolder(t)
	rep := mustBuild(t, data, db)
	if rep.Replaced != 1 || rep.Articles != 3 || rep.Added != 3 {
		t.Fatalf("first build: %+v", rep)
	}
	if got, want := storedArticles(t, db), "council.txt flood-corrected.txt market.txt"; got != want {
		t.Fatalf("stored %q, want %q", got, want)
	}
	s := mustOpen(t, db)
	for q, want := range map[string]int{"rescued 24": 1, "rescued 42": 0} {
		hits, err := s.Search(context.Background(), `"`+q+`"`, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != want {
			t.Errorf("search %q: %d hits, want %d", q, len(hits), want)
		}
	}
	s.Close()

	// Nothing changed: the earlier version is held back, not extracted.
	rep = mustBuild(t, data, db)
	if rep.Replaced != 1 || rep.Unchanged != 3 || rep.Added+rep.Changed+rep.Removed != 0 {
		t.Fatalf("rebuild without change: %+v", rep)
	}

	// The correction deleted: the first version is the story again.
	if err := os.Remove(filepath.Join(data, "flood-corrected.txt")); err != nil {
		t.Fatal(err)
	}
	rep = mustBuild(t, data, db)
	if rep.Replaced != 0 || rep.Added != 1 || rep.Removed != 1 || rep.Articles != 3 {
		t.Fatalf("rebuild without the correction: %+v", rep)
	}
	if got, want := storedArticles(t, db), "council.txt flood.txt market.txt"; got != want {
		t.Fatalf("stored %q, want %q", got, want)
	}

	// The correction back: it replaces the stored first version.
	writeFile(t, filepath.Join(data, "flood-corrected.txt"), floodCorrected)
	rep = mustBuild(t, data, db)
	if rep.Replaced != 1 || rep.Added != 1 || rep.Unchanged != 2 || rep.Removed != 0 || rep.Articles != 3 {
		t.Fatalf("rebuild with the correction again: %+v", rep)
	}
	if got, want := storedArticles(t, db), "council.txt flood-corrected.txt market.txt"; got != want {
		t.Fatalf("stored %q, want %q", got, want)
	}
}

// Versions in one JSON Lines file, the later one read first.
func TestLaterVersionReadFirst(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "feed.jsonl"),
		`{"id":"v2","title":"Dozens rescued as river floods town","source":"Valley Post","url":"https://valleypost.example/news/flood-rescue","published":"2026-03-11","text":"Firefighters rescued 24 people from flooded homes on Monday."}`+"\n"+
			`{"id":"v1","title":"Dozens rescued as river floods town","source":"Valley Post","url":"https://valleypost.example/news/flood-rescue","published":"2026-03-10","text":"Firefighters rescued 42 people from flooded homes on Monday."}`+"\n")
	rep := mustBuild(t, data, db)
	if rep.Replaced != 1 || rep.Articles != 1 || rep.Added != 1 {
		t.Fatalf("build: %+v", rep)
	}
	if got := storedArticles(t, db); got != "v2" {
		t.Fatalf("stored %q, want v2", got)
	}
}

func TestHasUpdateNote(t *testing.T) {
	for text, want := range map[string]bool{
		"Firefighters rescued 24 people.\nCorrection: an earlier version gave 42.\n": true,
		"Rates rose.\nThis story has been updated with the minister's comments.":     true,
		"The agency updated its forecast on Monday.\n":                               false,
	} {
		if got := hasUpdateNote(text); got != want {
			t.Errorf("hasUpdateNote(%q) = %v, want %v", text, got, want)
		}
	}
}
