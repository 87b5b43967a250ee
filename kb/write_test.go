package kb

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsbot/extract"
	"newsbot/extract/doc"
	"newsbot/ingest"
)

// TestLongArticleRowsPointAtTheirOwnRows builds articles with more
// sentences, entities and mentions than one INSERT takes, and checks that
// every mention lies inside the sentence it names and belongs to an
// entity of its own article, and that every sentence is indexed.
func TestLongArticleRowsPointAtTheirOwnRows(t *testing.T) {
	var long strings.Builder
	for i := range 600 {
		fmt.Fprintf(&long, "Minister Anna Berg%02d met Governor Lars Holm%02d in Oslo on Monday.\n", i%90, i%70)
	}
	s := storeOf(t, map[string]string{"short.txt": storyA, "long.txt": long.String(), "other.txt": storyB})
	ctx := context.Background()
	var sentences, indexed int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*), (SELECT count(*) FROM sentence_fts_docsize) FROM sentences WHERE boilerplate = 0").Scan(&sentences, &indexed); err != nil {
		t.Fatal(err)
	}
	if sentences < 600 || indexed != sentences {
		t.Errorf("%d sentences, %d indexed", sentences, indexed)
	}
	checks := []struct{ name, query string }{
		{"mention outside its sentence", `SELECT count(*) FROM mentions m JOIN sentences s ON s.id = m.sentence
			WHERE m.start < s.start OR m.end > s.end`},
		{"mention in another article's sentence", `SELECT count(*) FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity
			JOIN sentences s ON s.id = m.sentence WHERE s.article != d.article`},
		{"mention without a sentence", `SELECT count(*) FROM mentions WHERE sentence NOT IN (SELECT id FROM sentences)`},
		{"entity counting other mentions than its own", `SELECT count(*) FROM doc_entities d
			WHERE d.mentions != (SELECT count(*) FROM mentions m WHERE m.doc_entity = d.id)`},
	}
	for _, c := range checks {
		var n int
		if err := s.db.QueryRowContext(ctx, c.query).Scan(&n); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if n != 0 {
			t.Errorf("%s: %d rows", c.name, n)
		}
	}
	var mentions int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM mentions").Scan(&mentions); err != nil {
		t.Fatal(err)
	}
	if mentions < 1000 {
		t.Errorf("only %d mentions: the long article should give more than one INSERT holds", mentions)
	}
}

// TestABuildFromScratchHasTheWholeSchema checks that a build that creates
// its indexes after writing the articles ends up with the schema, every
// index included, that schema.sql creates at once (the statistics
// table that PRAGMA optimize adds aside).
func TestABuildFromScratchHasTheWholeSchema(t *testing.T) {
	ctx := context.Background()
	schemaOf := func(db *sql.DB) []string {
		t.Helper()
		rows, err := db.QueryContext(ctx, "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	fresh, err := openWrite(filepath.Join(t.TempDir(), "fresh.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if _, err := fresh.ExecContext(ctx, schemaSQL); err != nil {
		t.Fatal(err)
	}
	want := schemaOf(fresh)
	if strings.Contains(schemaTablesSQL, "CREATE INDEX") {
		t.Fatal("the schema without indexes holds an index")
	}
	s := storeOf(t, map[string]string{"a.txt": storyA, "b.txt": storyB})
	if got := schemaOf(s.db); !slices.Equal(got, want) {
		t.Errorf("schema of a build:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAFreshBuildChecksKeysOnceIndexed checks that a build from scratch
// writes its articles with foreign keys unchecked and checks them again
// once it creates the indexes, whether it wrote an article or none, so
// that deleting an article deletes its rows.
func TestAFreshBuildChecksKeysOnceIndexed(t *testing.T) {
	ctx := context.Background()
	keys := func(w *writer) int {
		t.Helper()
		var on int
		if err := w.conn.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&on); err != nil {
			t.Fatal(err)
		}
		return on
	}
	for _, tc := range []struct {
		name     string
		articles []string
	}{
		{"one article", []string{storyA}},
		{"two articles", []string{storyA, storyB}},
		{"no article", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, err := openWrite(filepath.Join(t.TempDir(), "kb.sqlite"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.ExecContext(ctx, schemaTablesSQL); err != nil {
				t.Fatal(err)
			}
			w, err := newWriter(ctx, db, &Report{})
			if err != nil {
				t.Fatal(err)
			}
			defer w.close()
			w.unindexed = true
			for i, text := range tc.articles {
				a := ingest.Article{ID: fmt.Sprintf("a%d.txt", i), Text: text, Hash: fmt.Sprint(i)}
				if err := w.put(ctx, job{art: a, seq: i, result: &extract.Result{Sentences: doc.Lines(text)}}); err != nil {
					t.Fatal(err)
				}
				if on := keys(w); on != 0 {
					t.Errorf("foreign_keys = %d while writing", on)
				}
			}
			if err := w.createIndexes(ctx); err != nil {
				t.Fatal(err)
			}
			if on := keys(w); on != 1 {
				t.Errorf("foreign_keys = %d once indexed", on)
			}
			if len(tc.articles) == 0 {
				return
			}
			if err := w.dropVersion(ctx, "a0.txt"); err != nil {
				t.Fatal(err)
			}
			if err := w.commit(); err != nil {
				t.Fatal(err)
			}
			var left int
			if err := w.conn.QueryRowContext(ctx, "SELECT count(*) FROM sentences s LEFT JOIN articles a ON a.id = s.article WHERE a.id IS NULL").Scan(&left); err != nil {
				t.Fatal(err)
			}
			if left != 0 {
				t.Errorf("%d sentences of a deleted article left", left)
			}
		})
	}
}
