package kb

import (
	"context"
	"database/sql"
	"strconv"

	"newsbot/extract/quotes"
)

// QuoteHit is one attributed quote with its citation: the sentences that
// hold it, attribution included.
type QuoteHit struct {
	Speaker string
	Text    string
	Cite    Snippet

	start, end int    // the quote's bytes in its article
	after      string // up to quoteTail bytes of the article after the quote
}

// Quotes lists what an entity said, newest article first. The quotes are
// chosen and ordered first; only the chosen ones have their text and
// sentences cut out of the articles (a busy speaker has thousands).
func (s *Store) Quotes(ctx context.Context, id int64, limit int) ([]QuoteHit, error) {
	// The build lists each entity's quotes in this order; without that
	// list they are found through every article naming the entity.
	sel := `SELECT quote AS id, published, ext_id, start FROM query_entity_quotes
		WHERE entity = ? ORDER BY published DESC, ext_id, start LIMIT ?`
	if !s.prepared(ctx) {
		sel = `SELECT q.id, a.published, a.ext_id, q.start
			FROM entity_members m JOIN quotes q ON q.doc_entity = m.doc_entity JOIN articles a ON a.id = q.article
			WHERE m.entity = ? ORDER BY a.published DESC, a.ext_id, q.start LIMIT ?`
	}
	rows, err := s.query(ctx, `WITH sel AS (`+sel+`)
		SELECT e.name, CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.end - q.start) AS TEXT),
		q.start, q.end, CAST(substr(CAST(a.text AS BLOB), q.end + 1, `+strconv.Itoa(quoteTail)+`) AS TEXT),
		`+snippetCols("(SELECT min(start) FROM sentences WHERE article = a.id AND end > q.start)",
		"(SELECT max(end) FROM sentences WHERE article = a.id AND start < q.end)")+`
		FROM sel JOIN quotes q ON q.id = sel.id JOIN articles a ON a.id = q.article JOIN entities e ON e.id = ?
		ORDER BY sel.published DESC, sel.ext_id, sel.start`, id, limit, id)
	hits, err := collect(rows, err, func(r *sql.Rows) (QuoteHit, error) {
		var h QuoteHit
		sn, err := scanSnippetAfter(r, &h.Speaker, &h.Text, &h.start, &h.end, &h.after)
		h.Text = quotes.Flatten(h.Text) // a quote over paragraphs reads as one
		h.Cite = sn
		return h, err
	})
	return joinShortOpenings(hits), err
}
