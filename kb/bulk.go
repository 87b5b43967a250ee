package kb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
)

// bulkChunk is how many rows one bulk statement inserts.
const bulkChunk = 5000

// bulk collects rows for one table and inserts them a few thousand at a
// time through json_each: one statement per chunk rather than one per
// row, which is what the corpus-wide step of a rebuild spends its time on.
type bulk struct {
	tx    *sql.Tx
	query string
	rows  [][]any
}

func newBulk(tx *sql.Tx, table string, cols ...string) *bulk {
	sel := make([]string, len(cols))
	for i := range cols {
		sel[i] = fmt.Sprintf("json_extract(value, '$[%d]')", i)
	}
	return &bulk{tx: tx, query: fmt.Sprintf("INSERT INTO %s(%s) SELECT %s FROM json_each(?)",
		table, strings.Join(cols, ", "), strings.Join(sel, ", "))}
}

func (b *bulk) add(ctx context.Context, vals ...any) error {
	b.rows = append(b.rows, vals)
	if len(b.rows) >= bulkChunk {
		return b.flush(ctx)
	}
	return nil
}

func (b *bulk) flush(ctx context.Context) error {
	if len(b.rows) == 0 {
		return nil
	}
	js, err := json.Marshal(b.rows)
	if err != nil {
		return err
	}
	b.rows = b.rows[:0]
	_, err = b.tx.ExecContext(ctx, b.query, string(js))
	return err
}
