package kb

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
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
