package kb

import (
	"context"
	"database/sql"
	"fmt"

	"newsbot/extract/segment"
)

// maxFurnitureLine is the longest sentence that can be site furniture; a
// longer repeated line is syndicated prose.
const maxFurnitureLine = 100

// markFurniture flags short lines that recur across many articles (a
// site's "Most Read", a wire's sign-off) as boilerplate: they leave the
// search index and their mentions are dropped. It returns the sentences
// it flagged and their lines. No single article shows
// them to be furniture, so this runs over the whole corpus: f has counted
// the lines of every article the build stores.
func markFurniture(ctx context.Context, tx *sql.Tx, f *segment.Furniture) (ids []int64, lines []string, err error) {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM articles").Scan(&n); err != nil {
		return nil, nil, err
	}
	// The build counted every stored article's lines as it read them.
	f.MinArticles = max(5, n/500)
	p, err := readPacked(ctx, tx, packQuery(`FROM sentences s JOIN articles a ON a.id = s.article
		WHERE s.boilerplate = 0 AND s.end - s.start <= ?`, "s.id", "CAST(substr(CAST(a.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT)"),
		maxFurnitureLine)
	if err != nil {
		return nil, nil, err
	}
	var flagged []int64
	for p.more() {
		id, line := p.int(), p.text()
		if p.err == nil && f.Is(line) {
			flagged = append(flagged, id)
			lines = append(lines, line)
		}
	}
	if p.err != nil {
		return nil, nil, fmt.Errorf("read short lines: %w", p.err)
	}
	for _, q := range []string{
		"UPDATE sentences SET boilerplate = 1 WHERE id = ?",
		"DELETE FROM sentence_fts WHERE rowid = ?",
		"DELETE FROM mentions WHERE sentence = ?",
	} {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, nil, err
		}
		for _, id := range flagged {
			if _, err := st.ExecContext(ctx, id); err != nil {
				st.Close()
				return nil, nil, fmt.Errorf("%s: %w", q, err)
			}
		}
		st.Close()
	}
	if len(flagged) > 0 {
		// An entity named only in furniture ("REUTER") is no entity.
		if _, err := tx.ExecContext(ctx, `DELETE FROM doc_entities WHERE NOT EXISTS
			(SELECT 1 FROM mentions m WHERE m.doc_entity = doc_entities.id)`); err != nil {
			return nil, nil, fmt.Errorf("drop entities named only in furniture: %w", err)
		}
	}
	return flagged, lines, nil
}
