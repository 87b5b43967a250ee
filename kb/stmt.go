package kb

import (
	"context"
	"database/sql"
	"sync"
)

// maxCachedStmts bounds the statements a Store keeps prepared. The
// queries are a few dozen fixed texts; texts built per request (an IN
// list as long as a search's words) beyond the bound are prepared and
// dropped each time, as they would be without the cache.
const maxCachedStmts = 256

// stmtCache keeps the store's queries prepared: SQLite compiles a query
// on every prepare, and for the larger ones (a profile's roles, a
// timeline's rows) compiling costs as much as running them.
type stmtCache struct {
	mu     sync.Mutex
	stmts  map[string]*sql.Stmt
	closed bool
}

// stmt returns the prepared statement for query, preparing it on first
// use; ok is false when the cache is full or closed and the caller should
// run the query unprepared.
func (c *stmtCache) stmt(ctx context.Context, db *sql.DB, query string) (st *sql.Stmt, ok bool, err error) {
	c.mu.Lock()
	st, hit := c.stmts[query]
	full := c.closed || len(c.stmts) >= maxCachedStmts
	c.mu.Unlock()
	if hit {
		return st, true, nil
	}
	if full {
		return nil, false, nil
	}
	st, err = db.PrepareContext(ctx, query)
	if err != nil {
		return nil, false, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if prev, hit := c.stmts[query]; hit { // prepared meanwhile by another request
		st.Close()
		return prev, true, nil
	}
	if c.closed || len(c.stmts) >= maxCachedStmts {
		st.Close()
		return nil, false, nil
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	c.stmts[query] = st
	return st, true, nil
}

// close closes every cached statement; later queries run unprepared.
func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.stmts {
		st.Close()
	}
	c.stmts, c.closed = nil, true
}

// query runs a read query through the statement cache.
func (s *Store) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, ok, err := s.stmts.stmt(ctx, s.db, query)
	if err != nil {
		return nil, err
	}
	if !ok {
		return s.query(ctx, query, args...)
	}
	return st.QueryContext(ctx, args...)
}

// queryRow runs a one-row read query through the statement cache.
func (s *Store) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, ok, err := s.stmts.stmt(ctx, s.db, query)
	if err != nil || !ok {
		// A failed prepare fails again here, and the row carries its error.
		return s.queryRow(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}
