package kb

import (
	"context"
	"database/sql"
)

// QuoteHit is one attributed quote with its citation: the sentences that
// hold it, attribution included.
type QuoteHit struct {
	Speaker string
	Text    string
	Cite    Snippet
}

// Quotes lists what an entity said, newest article first.
func (s *Store) Quotes(ctx context.Context, id int64, limit int) ([]QuoteHit, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT e.name, CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.end - q.start) AS TEXT),
		`+snippetCols("(SELECT min(start) FROM sentences WHERE article = a.id AND end > q.start)",
		"(SELECT max(end) FROM sentences WHERE article = a.id AND start < q.end)")+`
		FROM entity_members m JOIN quotes q ON q.doc_entity = m.doc_entity
		JOIN entities e ON e.id = m.entity JOIN articles a ON a.id = q.article
		WHERE m.entity = ? ORDER BY a.published DESC, a.ext_id, q.start LIMIT ?`, id, limit)
	return collect(rows, err, func(r *sql.Rows) (QuoteHit, error) {
		var h QuoteHit
		sn, err := scanSnippetAfter(r, &h.Speaker, &h.Text)
		h.Cite = sn
		return h, err
	})
}
