package kb

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// rebuildStories are the articles every case of
// TestARebuildKeepsEveryArticleSearchable starts from, in reading order:
// the last holds the highest sentence ids.
var rebuildStories = map[string]string{
	"a.txt": "Harbour officials reopened the lighthouse on Monday after repairs, the port authority said.\n",
	"b.txt": "The city orchestra cancelled its winter season on Tuesday, its director Maria Lund said.\n",
	"c.txt": "Farmers said on Wednesday that frost had damaged most of the vineyard harvest.\n",
	"d.txt": "The navy said on Thursday that a submarine had returned to port after a fault.\n",
}

// rebuildStep is one change to the folder, followed by a build: files
// written (an empty text deletes the file), the words a search must find
// in each article, and the words no search may find any more.
type rebuildStep struct {
	files map[string]string
	find  map[string][]string
	gone  []string
}

func TestARebuildKeepsEveryArticleSearchable(t *testing.T) {
	const (
		ferry   = "A new ferry to the islands began service on Friday, the operator said.\n"
		stadium = "The football club opened its stadium on Saturday before a crowd of 30,000.\n"
		// Two dated articles, each with a row on Monday 2 March 2026.
		councilDay = "Title: Council passes budget\nPublished: 2026-03-04\n\n" +
			"The city council approved the new budget on Monday, Mayor Karin Holm said.\n"
		strikeDay = "Title: Port strike\nPublished: 2026-03-04\n\n" +
			"Dockworkers walked out at the northern port on Monday, their union said.\n"
	)
	tests := []struct {
		name  string
		steps []rebuildStep
	}{
		{"the last article edited and another deleted", []rebuildStep{{
			files: map[string]string{"d.txt": rebuildStories["d.txt"] + "Its crew of 40 was unharmed, a spokesman said.\n", "b.txt": ""},
			find:  map[string][]string{"d.txt": {"submarine", "unharmed"}, "c.txt": {"vineyard"}},
			gone:  []string{"orchestra"},
		}}},
		{"an article edited and the last one deleted", []rebuildStep{{
			files: map[string]string{"a.txt": rebuildStories["a.txt"] + "The lamp had been dark for two years.\n", "d.txt": ""},
			find:  map[string][]string{"a.txt": {"lighthouse", "lamp"}, "c.txt": {"vineyard"}},
			gone:  []string{"submarine"},
		}}},
		{"an article added and another deleted", []rebuildStep{{
			files: map[string]string{"e.txt": ferry, "a.txt": ""},
			find:  map[string][]string{"e.txt": {"ferry"}, "d.txt": {"submarine"}},
			gone:  []string{"lighthouse"},
		}}},
		{"the last article edited and another added", []rebuildStep{{
			files: map[string]string{"d.txt": rebuildStories["d.txt"] + "Its crew of 40 was unharmed, a spokesman said.\n", "e.txt": ferry},
			find:  map[string][]string{"d.txt": {"submarine", "unharmed"}, "e.txt": {"ferry"}, "a.txt": {"lighthouse"}},
		}}},
		{"two articles edited and another deleted", []rebuildStep{{
			files: map[string]string{
				"c.txt": rebuildStories["c.txt"] + "Growers asked the government for help.\n",
				"d.txt": rebuildStories["d.txt"] + "Its crew of 40 was unharmed, a spokesman said.\n",
				"a.txt": "",
			},
			find: map[string][]string{"c.txt": {"vineyard", "growers"}, "d.txt": {"submarine", "unharmed"}, "b.txt": {"orchestra"}},
			gone: []string{"lighthouse"},
		}}},
		{"every article deleted, then others added", []rebuildStep{
			{
				files: map[string]string{"a.txt": "", "b.txt": "", "c.txt": "", "d.txt": ""},
				gone:  []string{"lighthouse", "orchestra", "vineyard", "submarine"},
			},
			{
				files: map[string]string{"e.txt": ferry, "f.txt": stadium},
				find:  map[string][]string{"e.txt": {"ferry"}, "f.txt": {"stadium"}},
				gone:  []string{"lighthouse", "submarine"},
			},
		}},
		{"an edit stores anew one of two rows of a day", []rebuildStep{
			{
				files: map[string]string{"m.txt": councilDay, "n.txt": strikeDay},
				find:  map[string][]string{"m.txt": {"budget"}, "n.txt": {"dockworkers"}},
			},
			{
				// The edit gives m.txt's row a new event id, above n.txt's:
				// the day must still list m.txt's row first.
				files: map[string]string{"m.txt": councilDay + "The vote was 31 to 12.\n"},
				find:  map[string][]string{"m.txt": {"budget", "vote"}, "n.txt": {"dockworkers"}},
			},
		}},
		{"every article deleted and others added at once", []rebuildStep{{
			files: map[string]string{"a.txt": "", "b.txt": "", "c.txt": "", "d.txt": "", "e.txt": ferry, "f.txt": stadium},
			find:  map[string][]string{"e.txt": {"ferry"}, "f.txt": {"stadium"}},
			gone:  []string{"lighthouse", "orchestra", "vineyard", "submarine"},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
			if err := os.MkdirAll(data, 0o755); err != nil {
				t.Fatal(err)
			}
			for name, text := range rebuildStories {
				writeFile(t, filepath.Join(data, name), text)
			}
			mustBuild(t, data, db)
			for i, st := range tt.steps {
				for name, text := range st.files {
					path := filepath.Join(data, name)
					if text == "" {
						if err := os.Remove(path); err != nil {
							t.Fatal(err)
						}
						continue
					}
					writeFile(t, path, text)
				}
				mustBuild(t, data, db)
				checkRebuild(t, i, data, db, st)
			}
		})
	}
}

// checkRebuild checks the knowledge base a rebuild left: its full-text
// index is sound, searches find what the step says, and every corpus and
// query table holds what a build from scratch of the same folder holds.
func checkRebuild(t *testing.T, step int, data, db string, st rebuildStep) {
	t.Helper()
	raw, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("INSERT INTO sentence_fts(sentence_fts) VALUES ('integrity-check')"); err != nil {
		t.Errorf("step %d: the search index fails its integrity check: %v", step, err)
	}
	raw.Close()
	s, err := Open(context.Background(), db)
	if err != nil {
		t.Fatalf("step %d: open: %v", step, err)
	}
	defer s.Close()
	for article, words := range st.find {
		for _, w := range words {
			hits, err := s.Search(context.Background(), w, 10)
			if err != nil || !slices.ContainsFunc(hits, func(h SearchHit) bool { return h.Article.ID == article }) {
				t.Errorf("step %d: a search for %q does not find %s: %+v %v", step, w, article, hits, err)
			}
		}
	}
	for _, w := range st.gone {
		if hits, err := s.Search(context.Background(), w, 10); err != nil || len(hits) != 0 {
			t.Errorf("step %d: a search for %q still finds %+v %v", step, w, hits, err)
		}
	}
	full := filepath.Join(filepath.Dir(db), "full.sqlite")
	os.Remove(full)
	if _, err := Build(context.Background(), BuildOptions{DataDir: data, DBPath: full, Full: true}); err != nil {
		t.Fatal(err)
	}
	for _, l := range diffLines(corpusDump(t, db), corpusDump(t, full)) {
		t.Errorf("step %d: %s", step, l)
	}
	got, want := timelineDump(t, db), timelineDump(t, full)
	if !slices.Equal(got, want) {
		t.Errorf("step %d: the timelines differ from a build from scratch's:\nincremental %q\nfull        %q", step, got, want)
	}
}

// timelineDump lists, in the order a reader sees them, the rows of the
// whole timeline and of every entity's, with the articles each cites:
// the order must not depend on which build stored a row.
func timelineDump(t *testing.T, db string) []string {
	t.Helper()
	s, err := Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	raw, err := sql.Open("sqlite3", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	rows, err := raw.Query("SELECT id, name || '/' || type FROM entities ORDER BY name, type")
	if err != nil {
		t.Fatal(err)
	}
	queries := map[string]TimelineQuery{"": {}}
	names := []string{""}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			t.Fatal(err)
		}
		queries[name] = TimelineQuery{Entity: id}
		names = append(names, name)
	}
	rows.Close()
	var out []string
	for _, name := range names {
		tl, err := s.Timeline(context.Background(), queries[name])
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range tl {
			line := name + " | " + r.Date + " | " + r.Summary
			for _, src := range r.Sources {
				line += " | " + src.Article.ID
			}
			out = append(out, line)
		}
	}
	return out
}
