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
			w := newTableWriter(t)
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

// TestReservedIDsAreTheIDsSQLiteGives writes the same articles from
// scratch (their rows queued with reserved ids) and into a table whose
// rows are written at once, and checks that both give every row the same
// id and point at the same rows; that a row written behind the queue's
// back, which shifts the ids SQLite gives, fails the write; and that an
// article written after the last one was deleted gets its id again.
func TestReservedIDsAreTheIDsSQLiteGives(t *testing.T) {
	ctx := context.Background()
	var long strings.Builder
	for i := range 300 {
		fmt.Fprintf(&long, "Minister Anna Berg%02d met Governor Lars Holm%02d in Oslo.\n", i%90, i%70)
	}
	texts := []string{storyA, long.String(), storyB}
	write := func(reserve, intrude, drop bool) (string, error) {
		w := newTableWriter(t)
		w.unindexed = reserve
		for i, text := range texts {
			a := ingest.Article{ID: fmt.Sprintf("a%d.txt", i), Text: text, Hash: fmt.Sprint(i)}
			res := &extract.Result{Sentences: doc.Lines(text)}
			for _, s := range res.Sentences {
				if k := strings.Index(text[s.Start:s.End], "Anna Berg"); k >= 0 {
					sp := doc.Span{Start: s.Start + k, End: s.Start + k + len("Anna Berg00")}
					res.Mentions = append(res.Mentions, doc.Mention{Span: sp, Text: text[sp.Start:sp.End], Type: doc.Person})
				}
			}
			if err := w.put(ctx, job{art: a, seq: i, result: res}); err != nil {
				return "", err
			}
			if intrude && i == 0 {
				if _, err := w.conn.ExecContext(ctx, "INSERT INTO sentences(article, start, end, para) VALUES (1, 0, 0, 0)"); err != nil {
					t.Fatal(err)
				}
			}
		}
		if drop {
			// The last article leaves, and its id is given again.
			if err := w.dropVersion(ctx, fmt.Sprintf("a%d.txt", len(texts)-1)); err != nil {
				return "", err
			}
			if err := w.commit(); err != nil {
				return "", err
			}
			a := ingest.Article{ID: "again.txt", Text: storyA, Hash: "again"}
			if err := w.put(ctx, job{art: a, seq: len(texts), result: &extract.Result{Sentences: doc.Lines(storyA)}}); err != nil {
				return "", err
			}
			if err := w.commit(); err != nil {
				return "", err
			}
			var id int64
			err := w.conn.QueryRowContext(ctx, "SELECT id FROM articles WHERE ext_id = 'again.txt'").Scan(&id)
			return fmt.Sprint(id), err
		}
		if err := w.commit(); err != nil {
			return "", err
		}
		var dump string
		err := w.conn.QueryRowContext(ctx, `SELECT
			(SELECT group_concat(id || ':' || ext_id, ' ') FROM articles) || ' | ' ||
			(SELECT group_concat(id || ':' || article || ':' || start, ' ') FROM sentences) || ' | ' ||
			(SELECT group_concat(id || ':' || article || ':' || name, ' ') FROM doc_entities) || ' | ' ||
			(SELECT group_concat(doc_entity || ':' || sentence || ':' || start, ' ') FROM mentions) || ' | ' ||
			(SELECT count(*) FROM sentence_fts_docsize)`).Scan(&dump)
		return dump, err
	}
	at, err := write(false, false, false)
	if err != nil {
		t.Fatal(err)
	}
	reserved, err := write(true, false, false)
	if err != nil {
		t.Fatal(err)
	}
	if reserved != at {
		t.Errorf("rows with reserved ids:\n%s\nwritten at once:\n%s", reserved, at)
	}
	if parts := strings.Split(at, " | "); len(parts) != 5 || strings.Count(parts[2], ":") < 2*90 || strings.Count(parts[3], ":") < 2*300 {
		t.Fatalf("too few entities or mentions written: %.300q", at)
	}
	if _, err := write(true, true, false); err == nil || !strings.Contains(err.Error(), "reserved") {
		t.Errorf("a row written behind the queue: error %v", err)
	}
	if id, err := write(true, false, true); err != nil || id != fmt.Sprint(len(texts)) {
		t.Errorf("an article written after the last was dropped: id %s, error %v; want id %d", id, err, len(texts))
	}
}

// newTableWriter opens a writer on a new knowledge base of the schema's
// tables, closed with the test.
func newTableWriter(t *testing.T) *writer {
	t.Helper()
	ctx := context.Background()
	db, err := openWrite(filepath.Join(t.TempDir(), "kb.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.ExecContext(ctx, schemaTablesSQL); err != nil {
		t.Fatal(err)
	}
	w, err := newWriter(ctx, db, &Report{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.close)
	return w
}
