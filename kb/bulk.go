package kb

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// bulkParams bounds the values one bulk statement binds, well under
// SQLite's limit on a statement's parameters.
const bulkParams = 960

// bulk collects rows for one table and inserts them many at a time, with
// one multi-row INSERT prepared once: one statement per hundred rows or
// more rather than one per row, which is what the corpus-wide step of a
// rebuild spends its time on. Bound values go in as they are, where a
// JSON array read back by json_each would cost a third more.
type bulk struct {
	tx    *sql.Tx
	table string
	cols  []string
	per   int       // rows in one statement
	full  *sql.Stmt // the statement for per rows, prepared at first use
	args  []any
}

func newBulk(tx *sql.Tx, table string, cols ...string) *bulk {
	per := max(1, bulkParams/len(cols))
	return &bulk{tx: tx, table: table, cols: cols, per: per, args: make([]any, 0, per*len(cols))}
}

// insertSQL is the INSERT of n rows.
func (b *bulk) insertSQL(n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", len(b.cols)), ",") + ")"
	return fmt.Sprintf("INSERT INTO %s(%s) VALUES %s", b.table, strings.Join(b.cols, ", "),
		strings.TrimSuffix(strings.Repeat(row+",", n), ","))
}

func (b *bulk) add(ctx context.Context, vals ...any) error {
	b.args = append(b.args, vals...)
	if len(b.args) < b.per*len(b.cols) {
		return nil
	}
	if b.full == nil {
		st, err := b.tx.PrepareContext(ctx, b.insertSQL(b.per))
		if err != nil {
			return fmt.Errorf("insert into %s: %w", b.table, err)
		}
		b.full = st
	}
	_, err := b.full.ExecContext(ctx, b.args...)
	b.args = b.args[:0]
	if err != nil {
		return fmt.Errorf("insert into %s: %w", b.table, err)
	}
	return nil
}

// flush inserts the rows left and releases the statement.
func (b *bulk) flush(ctx context.Context) error {
	if b.full != nil {
		defer b.full.Close()
		b.full = nil
	}
	if len(b.args) == 0 {
		return nil
	}
	_, err := b.tx.ExecContext(ctx, b.insertSQL(len(b.args)/len(b.cols)), b.args...)
	b.args = b.args[:0]
	if err != nil {
		return fmt.Errorf("insert into %s: %w", b.table, err)
	}
	return nil
}
