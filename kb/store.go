// Package kb is the knowledge base: the SQLite schema, the build that turns
// an article folder into a knowledge-base file, and the queries the chat
// commands answer from.
package kb

import (
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/mattn/go-sqlite3" // the SQLite driver, built with FTS5
)

//go:embed schema.sql
var schemaSQL string

// schemaTablesSQL is the schema without its secondary indexes (each one
// statement of one line in schema.sql). A build from scratch creates the
// tables with it and the indexes once their tables are filled
// (writer.createIndexes, createCorpusIndexes): building an index from a
// full table costs less than keeping it up to date through a million
// inserts, and leaves it packed.
var (
	schemaIndex     = regexp.MustCompile(`(?m)^CREATE INDEX [^;\n]*;$`)
	schemaTablesSQL = schemaIndex.ReplaceAllString(schemaSQL, "")
	// The secondary indexes split by the tables they index: those of the
	// per-article tables, created once the articles are written, and
	// those of the corpus tables (corpusTables), once aggregate has
	// filled them.
	articleIndexesSQL, corpusIndexesSQL = splitIndexes(schemaIndex.FindAllString(schemaSQL, -1))
)

// indexedTable finds the table a CREATE INDEX statement indexes.
var indexedTable = regexp.MustCompile(` ON (\w+)\(`)

// splitIndexes joins the CREATE INDEX statements of the per-article
// tables and those of the corpus tables, each set in schema order.
func splitIndexes(stmts []string) (article, corpus string) {
	var arts, corp []string
	for _, s := range stmts {
		m := indexedTable.FindStringSubmatch(s)
		if m != nil && slices.Contains(corpusTables, m[1]) {
			corp = append(corp, s)
		} else {
			arts = append(arts, s)
		}
	}
	return strings.Join(arts, "\n"), strings.Join(corp, "\n")
}

// indexesOf joins the CREATE INDEX statements of the schema that index
// table, in schema order.
func indexesOf(table string) string {
	var out []string
	for _, s := range schemaIndex.FindAllString(schemaSQL, -1) {
		if m := indexedTable.FindStringSubmatch(s); m != nil && m[1] == table {
			out = append(out, s)
		}
	}
	return strings.Join(out, "\n")
}

// schemaVersion is stored in PRAGMA user_version. Bump it whenever
// schema.sql or the meaning of a column changes.
const schemaVersion = 19

// Errors callers turn into user-facing text.
var (
	ErrNotFound   = errors.New("not found")
	ErrNoKB       = errors.New("no knowledge base")
	ErrOldVersion = errors.New("knowledge base from another version: rebuild it with `bot build`")
	ErrCorrupt    = errors.New("knowledge base file is damaged: rebuild it with `bot build`")
)

// Store is an open knowledge base, read-only. It is safe for concurrent
// use.
type Store struct {
	db        *sql.DB
	path      string
	built     time.Time
	extractor string
	count     int
	names     *nameIndex

	titleOnce sync.Once // headlines, read on the first topic timeline
	titleIdx  *headlineIndex
	titleErr  error

	stmts   stmtCache // the queries, prepared on first use
	roleIdx roleIndex // people's roles, read on the first role lookup

	unsourcedOnce sync.Once // whether any article names no outlet, read on the first profile
	unsourced     bool
	unsourcedErr  error

	preparedState atomic.Int32 // whether the build filled the query tables (prepared)

	notesOnce sync.Once // the articles with a correction note, read on the first search
	notes     map[string]bool
	notesErr  error
}

// Open opens the knowledge base at path for reading. The file is treated
// as immutable: builds write a new file and rename it into place, so an
// open Store keeps reading the file it opened.
func Open(ctx context.Context, path string) (*Store, error) {
	return open(ctx, path, true)
}

// open opens the store; without names it cannot suggest or complete
// names, and opens faster (a build only checks the previous file).
func open(ctx context.Context, path string, names bool) (*Store, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("open %s: %w (create it with `bot build`)", path, ErrNoKB)
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if fi.IsDir() || fi.Size() < 512 {
		return nil, fmt.Errorf("open %s: %w", path, ErrCorrupt)
	}
	if err := checkHeader(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?mode=ro&immutable=1&_query_only=1&_cache_size=-16384"
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.check(ctx, names); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// checkHeader rejects a file that is not an SQLite database before the
// driver sees it.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 16)
	if _, err := f.ReadAt(head, 0); err != nil || string(head) != "SQLite format 3\x00" {
		return ErrCorrupt
	}
	return nil
}

func (s *Store) check(ctx context.Context, withNames bool) error {
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if v != schemaVersion {
		return ErrOldVersion
	}
	var built string
	if err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key='built_at'").Scan(&built); err != nil {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	s.built, _ = time.Parse(time.RFC3339, built)
	_ = s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key='extractor'").Scan(&s.extractor)
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM articles").Scan(&s.count); err != nil {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	// A truncated file fails here: the last page of the biggest table.
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT id FROM sentences ORDER BY id DESC LIMIT 1)").Scan(&n); err != nil {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if !withNames {
		return nil
	}
	names, err := loadNames(ctx, s.db)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	s.names = names
	return nil
}

// Close closes the database.
func (s *Store) Close() error {
	s.stmts.close()
	return s.db.Close()
}

// Path returns the file the store reads.
func (s *Store) Path() string { return s.path }

// Stats returns the number of articles and when the knowledge base was
// built.
func (s *Store) Stats(ctx context.Context) (int, time.Time, error) {
	return s.count, s.built, nil
}
