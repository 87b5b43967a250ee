package kb

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzMatchExpr runs queries built from arbitrary user text against a real
// FTS5 table: none may be a syntax error.
func FuzzMatchExpr(f *testing.F) {
	for _, s := range []string{"ceasefire", `"`, `a AND b`, `NEAR(a b, 2)`, `*`, `^x`, `body:x`, `-x`, "\x00", "\xff", `a"b`, "Zelenskyy’s", "(", "{a b}"} {
		f.Add(s)
	}
	db, err := sql.Open("sqlite3", filepath.Join(f.TempDir(), "fts.sqlite"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2');
		INSERT INTO t(body) VALUES ('Russia says talks are serious'), ('a ceasefire in Ukraine');`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		terms := Terms(q)
		if len(terms) > MaxSearchTerms {
			t.Fatalf("%d terms, over the limit", len(terms))
		}
		if len(terms) == 0 {
			return
		}
		for _, op := range []string{" ", " OR "} {
			expr := MatchExpr(terms, op)
			rows, err := db.QueryContext(context.Background(), "SELECT rowid FROM t WHERE t MATCH ?", expr)
			if err != nil {
				t.Fatalf("query %q (from %q) failed: %v", expr, q, err)
			}
			for rows.Next() {
			}
			if err := rows.Err(); err != nil && !strings.Contains(err.Error(), "interrupt") {
				t.Fatalf("query %q (from %q) failed: %v", expr, q, err)
			}
			rows.Close()
		}
	})
}
