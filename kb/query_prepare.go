package kb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// preparedKey marks, in meta, a knowledge base whose query tables were
// filled by its build. A file built before they existed is still served,
// by the slower queries that read the corpus tables directly.
const preparedKey = "queries_prepared"

// prepareQueries fills the query tables (the "query indexes" block of
// schema.sql) from the corpus tables. It runs at the end of every build
// that changed anything, after the entities and events are final. With
// ch, what an incremental build changed, only the rows of the events,
// entities, articles and words it names are replaced; without, every
// table is refilled but those pre says a full aggregation filled already
// (pre may be nil).
func prepareQueries(ctx context.Context, db *sql.DB, ch *changes, pre *prefilled) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("prepare queries: %w", err)
	}
	defer tx.Rollback()
	var v string
	if err := tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", preparedKey).Scan(&v); err != nil || v != "1" {
		ch = nil // nothing to update: fill
	}
	d, err := newDelta(ch)
	if err != nil {
		return fmt.Errorf("prepare queries: %w", err)
	}
	if !d.full || pre == nil {
		pre = &prefilled{}
	}
	steps := []struct {
		name string
		run  func(context.Context, *sql.Tx, *delta) error
		done bool
	}{
		{"event names", prepareEventNames, false},
		{"event citations", prepareEventCites, pre.events},
		{"entity events", prepareEntityEvents, false}, // reads the two above
		{"sentence events", prepareSentenceEvents, pre.events},
		{"entity quotes", prepareEntityQuotes, false},
		{"entity roles", prepareEntityRoles, false},       // reads query_articles
		{"entity snippets", prepareEntitySnippets, false}, // reads query_articles
		{"search terms", prepareTerms, pre.terms},
	}
	for _, st := range steps {
		if st.done {
			continue
		}
		if err := st.run(ctx, tx, d); err != nil {
			return fmt.Errorf("prepare queries: %s: %w", st.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')", preparedKey); err != nil {
		return fmt.Errorf("prepare queries: %w", err)
	}
	return tx.Commit()
}

// delta is a build's changes as JSON arrays for json_each; full means
// every table is refilled instead.
type delta struct {
	full                                                                              bool
	freshEvents, staleEvents, freshEntities, staleEntities, goneArticles, newArticles string
	words                                                                             []string
	goneSentences                                                                     map[int64]bool
	newSentences                                                                      []indexedSentence // still indexed
}

func newDelta(ch *changes) (*delta, error) {
	if ch == nil {
		return &delta{full: true}, nil
	}
	d := &delta{}
	for _, f := range []struct {
		dst *string
		ids []int64
	}{
		{&d.freshEvents, ch.freshEvents}, {&d.staleEvents, ch.staleEvents},
		{&d.freshEntities, ch.freshEntities}, {&d.staleEntities, ch.staleEntities},
		{&d.goneArticles, ch.goneArticles}, {&d.newArticles, ch.newArticles},
	} {
		js, err := jsonString(append([]int64{}, f.ids...))
		if err != nil {
			return nil, err
		}
		*f.dst = js
	}
	d.words = slices.Sorted(maps.Keys(ch.words))
	d.goneSentences = make(map[int64]bool, len(ch.goneSentences))
	for _, id := range ch.goneSentences {
		d.goneSentences[id] = true
	}
	for _, s := range ch.newSentences {
		if !d.goneSentences[s.id] { // added and flagged as furniture in one build
			d.newSentences = append(d.newSentences, s)
		}
	}
	return d, nil
}

// rewrite brings a query table up to date. In a full refill it is emptied
// and filled by insert; otherwise its rows whose col is one of the JSON
// array stale are deleted and insert runs for the keys in fresh only
// (insert ends where "WHERE freshCol IN …" may follow).
func rewrite(ctx context.Context, tx *sql.Tx, d *delta, table, col, stale, insert, freshCol, fresh string) error {
	if d.full {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+table); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, insert)
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE "+col+inJSON, stale); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, insert+" WHERE "+freshCol+inJSON, fresh)
	return err
}

const inJSON = " IN (SELECT value FROM json_each(?))"

// prepareEntityEvents lists each entity's events with the row a timeline
// shows of each, from the events, their names and their cites.
func prepareEntityEvents(ctx context.Context, tx *sql.Tx, d *delta) error {
	ins := `INSERT OR IGNORE INTO query_entity_events(entity, date, reports, event, precision, planned, week, article, lead, summary, names)
			SELECT ee.entity, ev.date, ev.reports, ev.id, ev.precision, ev.planned, ev.week, coalesce(ld.article, 0), ` + leadOrder + `,
				coalesce((SELECT text FROM query_event_cites WHERE event = ev.id AND n = 0), ''),
				coalesce((SELECT names FROM query_event_names WHERE event = ev.id), '')
			FROM event_entities ee JOIN events ev ON ev.id = ee.event` + leadJoin
	return rewrite(ctx, tx, d, "query_entity_events", "event", d.staleEvents, ins, "ee.event", d.freshEvents)
}

func prepareSentenceEvents(ctx context.Context, tx *sql.Tx, d *delta) error {
	// One row per sentence and event: a report spanning the sentence
	// makes the whole sentence the event's, else the first report's
	// clause is read. A sentence holding a report's start starts less
	// than the longest sentence's length before it: that lower bound
	// changes no row, and keeps the index search to the sentences
	// around the report rather than all those before it in the article,
	// which in a long article made the join quadratic.
	ins := `INSERT INTO query_sentence_events(sentence, event, clause)
			SELECT st.id, em.event, CASE WHEN max(d.start <= st.start AND d.end >= st.end) THEN NULL ELSE min(d.id) END
			FROM event_members em JOIN doc_events d ON d.id = em.doc_event
			JOIN sentences st ON st.article = d.article AND d.start >= st.start AND d.start < st.end
				AND st.start > d.start - (SELECT coalesce(max(end - start), 0) FROM sentences)`
	const group = " GROUP BY st.id, em.event"
	if d.full {
		if _, err := tx.ExecContext(ctx, "DELETE FROM query_sentence_events"); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, ins+group)
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM query_sentence_events WHERE event"+inJSON, d.staleEvents); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, ins+" WHERE em.event"+inJSON+group, d.freshEvents)
	return err
}

func prepareEntityQuotes(ctx context.Context, tx *sql.Tx, d *delta) error {
	ins := `INSERT INTO query_entity_quotes(entity, published, ext_id, start, quote)
			SELECT m.entity, a.published, a.ext_id, q.start, q.id FROM quotes q
			JOIN entity_members m ON m.doc_entity = q.doc_entity JOIN articles a ON a.id = q.article`
	return rewrite(ctx, tx, d, "query_entity_quotes", "entity", d.staleEntities, ins, "m.entity", d.freshEntities)
}

// prepareEventNames joins each event's entity names in the order the
// timeline lists them.
func prepareEventNames(ctx context.Context, tx *sql.Tx, d *delta) error {
	where, args := "", []any{}
	if d.full {
		if _, err := tx.ExecContext(ctx, "DELETE FROM query_event_names"); err != nil {
			return err
		}
	} else {
		if _, err := tx.ExecContext(ctx, "DELETE FROM query_event_names WHERE event"+inJSON, d.staleEvents); err != nil {
			return err
		}
		where, args = " WHERE ee.event"+inJSON, []any{d.freshEvents}
	}
	ins := newBulk(tx, "query_event_names", "event", "names")
	rows, err := tx.QueryContext(ctx, `SELECT ee.event, e.name FROM event_entities ee JOIN entities e ON e.id = ee.entity`+where+`
		ORDER BY ee.event, e.articles DESC, e.name`, args...)
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
		err := ins.add(ctx, cur, strings.Join(names, sep))
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
	if err := flush(); err != nil {
		return err
	}
	return ins.flush(ctx)
}

// prepareEventCites keeps, of each event's first 2*MaxEventSources
// reports, the first of every article: the timeline cites an outlet's
// article once however often it reports the event.
func prepareEventCites(ctx context.Context, tx *sql.Tx, d *delta) error {
	arts := "INSERT INTO query_articles(id, ext_id, title, source, url, published) SELECT id, ext_id, title, source, url, published FROM articles"
	// Only fresh events' cites are written in an update; the condition goes
	// inside the ranking subquery, as ranks count within an event.
	cond, args := "", []any{}
	if !d.full {
		cond, args = " AND em.event"+inJSON, []any{d.freshEvents}
	}
	// The summaries' text is cut from the articles once the cites are
	// numbered, so that it is not carried through the numbering's sort:
	// from the article's text for a short article, from the cuts of a long
	// one (cutLongArticles), whose whole text SQLite would read for each cut.
	text := "CAST(substr(CAST(a.text AS BLOB), y.start + 1, y.end - y.start) AS TEXT)"
	cut, err := cutLongArticles(ctx, tx, d)
	if cut {
		defer tx.ExecContext(context.WithoutCancel(ctx), "DROP TABLE temp.cite_cuts")
		text = "coalesce((SELECT c.text FROM temp.cite_cuts c WHERE c.doc_event = y.doc_event), " + text + ")"
	}
	if err != nil {
		return err
	}
	// An article's first report is the row of its least rank (min() gives
	// a group's other columns from that row; an event's ranks differ),
	// which a grouping finds with one sort where numbering each article's
	// reports took one more.
	cites := `INSERT INTO query_event_cites(event, n, rank, doc_event, article, start, end, text)
		SELECT y.event, y.n, y.rank, y.doc_event, y.article, y.start, y.end, ` + text + `
		FROM (SELECT x.*, row_number() OVER (PARTITION BY x.event ORDER BY x.rank) - 1 AS n
			FROM (SELECT em.event, min(em.rank) AS rank, em.doc_event, d.article, d.start, d.end
				FROM event_members em JOIN doc_events d ON d.id = em.doc_event WHERE em.rank < ` + fmt.Sprint(2*MaxEventSources) + cond + `
				GROUP BY em.event, d.article) x) y
		JOIN articles a ON a.id = y.article`
	if err := rewrite(ctx, tx, d, "query_articles", "id", d.goneArticles, arts, "id", d.newArticles); err != nil {
		return err
	}
	del, delArgs := "DELETE FROM query_event_cites", []any{}
	if !d.full {
		del, delArgs = del+" WHERE event"+inJSON, []any{d.staleEvents}
	}
	if _, err := tx.ExecContext(ctx, del, delArgs...); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, cites, args...)
	return err
}

// longText is the length in bytes above which an article's reports'
// summaries are cut in Go rather than by SQL, which reads the whole text
// for every cut: a long article with thousands of events would cost its
// length thousands of times.
const longText = 64 << 10

// cutLongArticles writes temp.cite_cuts, the summary text of every report
// of each article over longText bytes that the cites may come from (every
// article in a full build, the fresh events' reports' in an update),
// reading each text once. It reports whether it wrote the table (not
// without such articles).
func cutLongArticles(ctx context.Context, tx *sql.Tx, d *delta) (bool, error) {
	// octet_length reads a text's length, not the text.
	q, args := "SELECT id FROM articles WHERE octet_length(text) > ?", []any{longText}
	if !d.full {
		q = `SELECT a.id FROM articles a WHERE a.id IN (SELECT d.article FROM event_members em
			JOIN doc_events d ON d.id = em.doc_event WHERE em.event` + inJSON + `) AND octet_length(a.text) > ?`
		args = []any{d.freshEvents, longText}
	}
	ids, err := articleIDs(ctx, tx, q, args...)
	if err != nil || len(ids) == 0 {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, "CREATE TEMP TABLE cite_cuts (doc_event INTEGER PRIMARY KEY, text TEXT NOT NULL)"); err != nil {
		return false, err
	}
	ins := newBulk(tx, "temp.cite_cuts", "doc_event", "text")
	for _, id := range ids {
		if err := cutArticle(ctx, tx, ins, id); err != nil {
			return true, err
		}
	}
	return true, ins.flush(ctx)
}

// articleIDs reads the ids a query selects.
func articleIDs(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// cutArticle adds to ins the summary text of each of an article's reports.
func cutArticle(ctx context.Context, tx *sql.Tx, ins *bulk, article int64) error {
	var text string
	if err := tx.QueryRowContext(ctx, "SELECT text FROM articles WHERE id = ?", article).Scan(&text); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, start, end FROM doc_events WHERE article = ?", article)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, start, end int64
		if err := rows.Scan(&id, &start, &end); err != nil {
			return err
		}
		if err := ins.add(ctx, id, substrBytes(text, start+1, end-start)); err != nil {
			return err
		}
	}
	return rows.Err()
}

// substrBytes is SQLite's substr(CAST(s AS BLOB), p1, p2) read as text:
// p2 bytes from the p1-th (counted from 1; from the end when negative),
// or the -p2 bytes before it when p2 is negative, clipped to s.
func substrBytes(s string, p1, p2 int64) string {
	n := int64(len(s))
	switch {
	case p1 < 0:
		p1 += n
		if p1 < 0 {
			if p2 < 0 {
				p2 = 0
			} else {
				p2 += p1
			}
			p1 = 0
		}
	case p1 > 0:
		p1--
	case p2 > 0:
		p2--
	}
	if p2 < 0 {
		p2 = min(-p2, p1)
		p1 -= p2
	}
	if p1 >= n {
		return ""
	}
	return s[p1 : p1+min(p2, n-p1)]
}

// prepared reports whether the build filled the query tables. The file
// is opened immutable, so the answer is read once (a failed read, such as
// a cancelled ask's, is asked again next time).
func (s *Store) prepared(ctx context.Context) bool {
	switch s.preparedState.Load() {
	case preparedYes:
		return true
	case preparedNo:
		return false
	}
	var v string
	err := s.queryRow(ctx, "SELECT value FROM meta WHERE key = ?", preparedKey).Scan(&v)
	switch {
	case err == nil && v == "1":
		s.preparedState.Store(preparedYes)
		return true
	case err == nil || errors.Is(err, sql.ErrNoRows):
		s.preparedState.Store(preparedNo)
	}
	return false
}

// The states of Store.preparedState: not read yet, query tables filled,
// not filled.
const (
	preparedUnknown int32 = iota
	preparedYes
	preparedNo
)
