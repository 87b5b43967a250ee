package kb

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// preparedKey marks, in meta, a knowledge base whose query tables were
// filled by its build. A file built before they existed is still served,
// by the slower queries that read the corpus tables directly.
const preparedKey = "queries_prepared"

// prepareQueries fills the query tables (the "query indexes" block of
// schema.sql) from the corpus tables. It runs at the end of every build,
// full or incremental, once the entities and events are final and the
// sentence index is optimized (the search postings are read from it),
// and replaces what an earlier build left.
func prepareQueries(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("prepare queries: %w", err)
	}
	defer tx.Rollback()
	steps := []struct {
		name string
		run  func(context.Context, *sql.Tx) error
	}{
		{"entity events", prepareEntityEvents},
		{"event names", prepareEventNames},
		{"event citations", prepareEventCites},
		{"sentence events", prepareSentenceEvents},
		{"entity quotes", prepareEntityQuotes},
		{"search terms", prepareTerms},
	}
	for _, st := range steps {
		if err := st.run(ctx, tx); err != nil {
			return fmt.Errorf("prepare queries: %s: %w", st.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')", preparedKey); err != nil {
		return fmt.Errorf("prepare queries: %w", err)
	}
	return tx.Commit()
}

func prepareEntityEvents(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		"DELETE FROM query_entity_events",
		`INSERT OR IGNORE INTO query_entity_events(entity, date, reports, event)
			SELECT ee.entity, ev.date, ev.reports, ev.id FROM event_entities ee JOIN events ev ON ev.id = ee.event`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

func prepareSentenceEvents(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		"DELETE FROM query_sentence_events",
		`INSERT OR IGNORE INTO query_sentence_events(sentence, event)
			SELECT st.id, em.event FROM sentences st
			JOIN doc_events d ON d.article = st.article AND d.start >= st.start AND d.start < st.end
			JOIN event_members em ON em.doc_event = d.id`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

func prepareEntityQuotes(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		"DELETE FROM query_entity_quotes",
		`INSERT INTO query_entity_quotes(entity, published, ext_id, start, quote)
			SELECT m.entity, a.published, a.ext_id, q.start, q.id FROM quotes q
			JOIN entity_members m ON m.doc_entity = q.doc_entity JOIN articles a ON a.id = q.article`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// prepareEventNames joins each event's entity names in the order the
// timeline lists them.
func prepareEventNames(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM query_event_names"); err != nil {
		return err
	}
	ins, err := tx.PrepareContext(ctx, "INSERT INTO query_event_names(event, names) VALUES (?, ?)")
	if err != nil {
		return err
	}
	defer ins.Close()
	rows, err := tx.QueryContext(ctx, `SELECT ee.event, e.name FROM event_entities ee JOIN entities e ON e.id = ee.entity
		ORDER BY ee.event, e.articles DESC, e.name`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var (
		cur   int64
		names []string
	)
	flush := func() error {
		if len(names) == 0 {
			return nil
		}
		_, err := ins.ExecContext(ctx, cur, strings.Join(names, sep))
		names = names[:0]
		return err
	}
	for rows.Next() {
		var ev int64
		var name string
		if err := rows.Scan(&ev, &name); err != nil {
			return err
		}
		if ev != cur {
			if err := flush(); err != nil {
				return err
			}
			cur = ev
		}
		names = append(names, name)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return flush()
}

// prepareEventCites keeps, of each event's first 2*MaxEventSources
// reports, the first of every article: the timeline cites an outlet's
// article once however often it reports the event.
func prepareEventCites(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{"DELETE FROM query_event_cites", "DELETE FROM query_articles",
		"INSERT INTO query_articles(id, ext_id, title, source, url, published) SELECT id, ext_id, title, source, url, published FROM articles",
		`INSERT INTO query_event_cites(event, n, rank, doc_event, article, start, end, text)
		SELECT x.event, row_number() OVER (PARTITION BY x.event ORDER BY x.rank) - 1, x.rank, x.doc_event, x.article, x.start, x.end,
			CAST(substr(CAST(a.text AS BLOB), x.start + 1, x.end - x.start) AS TEXT)
		FROM (SELECT em.event, em.rank, em.doc_event, d.article, d.start, d.end,
				row_number() OVER (PARTITION BY em.event, d.article ORDER BY em.rank) AS nth
			FROM event_members em JOIN doc_events d ON d.id = em.doc_event WHERE em.rank < ` + fmt.Sprint(2*MaxEventSources) + `) x
		JOIN articles a ON a.id = x.article WHERE x.nth = 1`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// prepared reports whether the build filled the query tables.
func (s *Store) prepared(ctx context.Context) bool {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", preparedKey).Scan(&v)
	return err == nil && v == "1"
}
