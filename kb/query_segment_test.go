package kb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// segmentIndex opens a scratch database with the knowledge base's
// schema, for filling its full-text index.
func segmentIndex(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(t.TempDir(), "fts.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(schemaTablesSQL); err != nil {
		t.Fatal(err)
	}
	return db
}

// bothTerms reads the search terms from the leaf pages and through
// fts5vocab; err is the leaf pages' reading's.
func bothTerms(t *testing.T, db *sql.DB) (seg, vocab *termRows, err error) {
	t.Helper()
	ctx := context.Background()
	tx, txErr := db.BeginTx(ctx, nil)
	if txErr != nil {
		t.Fatal(txErr)
	}
	defer tx.Rollback()
	sizes, count, sErr := sentenceSizes(ctx, tx)
	if sErr != nil {
		t.Fatal(sErr)
	}
	seg, err = readSegmentTerms(ctx, tx, sizes, count)
	vocab, vErr := readVocabTerms(ctx, tx, sizes, count)
	if vErr != nil {
		t.Fatal(vErr)
	}
	return seg, vocab, err
}

// sameTerms fails the test unless the two readings agree row for row.
func sameTerms(t *testing.T, seg, vocab *termRows) {
	t.Helper()
	if len(seg.rows) != len(vocab.rows) {
		t.Fatalf("%d terms from the leaf pages, %d through fts5vocab", len(seg.rows), len(vocab.rows))
	}
	for i := range seg.rows {
		a, b := seg.rows[i], vocab.rows[i]
		if a.term != b.term || a.df != b.df || string(a.postings) != string(b.postings) ||
			string(a.bits) != string(b.bits) || string(a.repeats) != string(b.repeats) ||
			(a.bits == nil) != (b.bits == nil) || (a.repeats == nil) != (b.repeats == nil) {
			t.Fatalf("term %d: leaf pages %q df %d (%d bytes), fts5vocab %q df %d (%d bytes)",
				i, a.term, a.df, len(a.postings), b.term, b.df, len(b.postings))
		}
	}
	if !reflect.DeepEqual(seg.rows, vocab.rows) {
		t.Fatal("the readings differ")
	}
}

// TestSegmentTermsMatchTheVocabulary fills an index with what stretches
// FTS5's leaf format (doclists and position lists over many pages,
// positions of several bytes, long and non-ASCII terms, deleted rows,
// several segments) and checks that the leaf pages read after an
// optimize give exactly the rows fts5vocab gives, and that an index of
// several segments is left to fts5vocab.
func TestSegmentTermsMatchTheVocabulary(t *testing.T) {
	for _, tc := range []struct {
		name  string
		pause bool // merging paused, large in-memory segments, as a full build writes
		batch int  // rows a transaction
		rows  int
	}{
		{"build settings", true, 400, 1500},
		{"FTS5 defaults", false, 150, 1500},
		{"one row a transaction", false, 1, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := segmentIndex(t)
			if tc.pause {
				if _, err := db.Exec(pauseMerging); err != nil {
					t.Fatal(err)
				}
			}
			rng := rand.New(rand.NewSource(int64(len(tc.name))))
			words := []string{"oil", "the", "Bundesbank", "rates", "1987", "café", "naïve", "Zürich", "x9",
				"dlrs", "mln", "a", "of", "to", "said", "ÉTÉ", "strike", "opec", "yen", "pct", "u.s",
				strings.Repeat("long", 80), "über", "résumé", "42", "trade", "deficit", "and"}
			var ids []int64
			id := int64(0)
			tx, err := db.Begin()
			if err != nil {
				t.Fatal(err)
			}
			for n := 0; n < tc.rows; n++ {
				id += 1 + rng.Int63n(3)
				if n%97 == 5 {
					id += 1 << 20 // rowid deltas of several bytes
				}
				var b strings.Builder
				size := 1 + rng.Intn(40)
				switch {
				case n%250 == 7:
					size = 3000 // a position list over pages
				case n%333 == 8:
					size = 20000 // positions of several bytes
				}
				for i := 0; i < size; i++ {
					w := words[rng.Intn(len(words))]
					if rng.Intn(400) == 0 {
						w = "rare" // positions hundreds apart
					}
					fmt.Fprintf(&b, "%s ", w)
				}
				if n == tc.rows/2 {
					// The one sentence of a word, its position list over
					// whole pages, then the next word's.
					b.WriteString(strings.Repeat("mono ", 9000))
				}
				if _, err := tx.Exec("INSERT INTO sentence_fts(rowid, body) VALUES (?, ?)", id, b.String()); err != nil {
					t.Fatal(err)
				}
				ids = append(ids, id)
				if n%tc.batch == tc.batch-1 {
					if err := tx.Commit(); err != nil {
						t.Fatal(err)
					}
					if tx, err = db.Begin(); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			for i := 0; i < len(ids); i += 7 {
				if _, err := db.Exec("DELETE FROM sentence_fts WHERE rowid = ?", ids[i]); err != nil {
					t.Fatal(err)
				}
			}
			if _, _, err := bothTerms(t, db); !errors.Is(err, errSegmentLayout) {
				t.Fatalf("an index of several segments or with tombstones: got %v, want errSegmentLayout", err)
			}
			if tc.pause {
				if _, err := db.Exec(resumeMerging); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := db.Exec(optimizeIndex); err != nil {
				t.Fatal(err)
			}
			seg, vocab, err := bothTerms(t, db)
			if err != nil {
				t.Fatalf("leaf pages of the optimised index: %v", err)
			}
			if len(vocab.rows) < 20 {
				t.Fatalf("only %d terms", len(vocab.rows))
			}
			sameTerms(t, seg, vocab)
		})
	}
}

// TestSegmentTermsOfABuild checks the leaf pages of a built knowledge
// base against fts5vocab.
func TestSegmentTermsOfABuild(t *testing.T) {
	_, prepared := preparedPair(t)
	path := prepared.path
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seg, vocab, err := bothTerms(t, db)
	if err != nil {
		t.Fatalf("leaf pages of a built index: %v", err)
	}
	sameTerms(t, seg, vocab)
}

// TestSoleSegment checks the structure records the decoder accepts.
func TestSoleSegment(t *testing.T) {
	v2 := func(vals ...byte) []byte { return append([]byte{0, 0, 0, 1, 0xff, 0, 0, 1}, vals...) }
	for _, tc := range []struct {
		name string
		rec  []byte
		want fts5Segment
		ok   bool
	}{
		{"one segment", v2(1, 1, 9, 0, 1, 3, 1, 40, 1, 1, 0, 0, 100), fts5Segment{3, 1, 40}, true},
		{"one segment on the second level", v2(2, 1, 9, 0, 0, 0, 1, 3, 1, 40, 1, 1, 0, 0, 100), fts5Segment{3, 1, 40}, true},
		{"tombstones", v2(1, 1, 9, 0, 1, 3, 1, 40, 1, 1, 2, 5, 100), fts5Segment{}, false},
		{"two segments", v2(1, 2, 9, 0, 2, 3, 1, 40, 1, 1, 0, 0, 100, 4, 1, 2, 2, 2, 0, 0, 1), fts5Segment{}, false},
		{"a merge under way", v2(1, 1, 9, 1, 1, 3, 1, 40, 1, 1, 0, 0, 100), fts5Segment{}, false},
		{"no segment", v2(0, 0, 0), fts5Segment{}, false},
		{"cut short", v2(1, 1, 9, 0, 1, 3, 1), fts5Segment{}, false},
		{"version 1", []byte{0, 0, 0, 1, 1, 1, 9, 0, 1, 3, 1, 40}, fts5Segment{3, 1, 40}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := soleSegment(tc.rec)
			if tc.ok != (err == nil) || tc.ok && got != tc.want {
				t.Fatalf("soleSegment = %+v, %v; want %+v, ok %v", got, err, tc.want, tc.ok)
			}
		})
	}
}

// TestQueryTablesFilledDuringAggregationAreARefillsRows checks that the
// query tables a full build fills while the clustering runs (finalIndex,
// prefillEvents) hold what prepareQueries writes when it fills every
// table itself.
func TestQueryTablesFilledDuringAggregationAreARefillsRows(t *testing.T) {
	for _, first := range []bool{true, false} {
		t.Run(fmt.Sprintf("events first %v", first), func(t *testing.T) {
			was := eventsFirst
			defer func() { eventsFirst = was }()
			eventsFirst = func(merged, clustered <-chan struct{}) bool {
				if first {
					<-merged
				}
				return first
			}
			checkQueryTablesFilled(t)
		})
	}
}

// checkQueryTablesFilled builds a knowledge base and compares its query
// tables with those prepareQueries fills from scratch.
func checkQueryTablesFilled(t *testing.T) {
	_, prepared := preparedPair(t)
	built := strings.TrimSuffix(prepared.path, "prepared.sqlite") + "kb.sqlite"
	dir := t.TempDir()
	copyFile(t, built, filepath.Join(dir, "built.sqlite"))
	copyFile(t, built, filepath.Join(dir, "refilled.sqlite"))
	ctx := context.Background()
	rw, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, "refilled.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	if err := prepareQueries(ctx, rw, nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := rw.Exec("ATTACH DATABASE ? AS built", filepath.Join(dir, "built.sqlite")); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"query_terms", "query_articles", "query_event_cites", "query_sentence_events",
		"event_members", "query_entity_events"} {
		var n, m, differ int
		if err := rw.QueryRow(fmt.Sprintf(`SELECT (SELECT count(*) FROM main.%[1]s), (SELECT count(*) FROM built.%[1]s),
			(SELECT count(*) FROM (SELECT * FROM main.%[1]s EXCEPT SELECT * FROM built.%[1]s))`, table)).Scan(&n, &m, &differ); err != nil {
			t.Fatal(err)
		}
		if n == 0 || n != m || differ != 0 {
			t.Errorf("%s: %d rows refilled, %d built, %d differ", table, n, m, differ)
		}
	}
}

// TestEventMembersIndexes checks that the indexes prefillEvents creates
// are event_members' and skip an index that exists.
func TestEventMembersIndexes(t *testing.T) {
	stmts := strings.Split(eventMembersIndexesSQL, "\n")
	if len(stmts) < 2 {
		t.Fatalf("event_members indexes: %q", eventMembersIndexesSQL)
	}
	for _, s := range stmts {
		if !strings.HasPrefix(s, "CREATE INDEX IF NOT EXISTS ") || !strings.Contains(s, " ON event_members(") ||
			!strings.Contains(corpusIndexesSQL, s) {
			t.Errorf("not an index of event_members among the corpus indexes: %q", s)
		}
	}
}
