package kb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/segment"
	"newsbot/ingest"
)

// sep joins lists stored in one column.
const sep = "\x1f"

// batchSize is how many articles one write transaction holds.
const batchSize = 500

type existingArticle struct {
	id                                int64
	hash, title, source, url, publish string
}

// writer is the build's only writer: it owns the connection, the
// transaction and the prepared statements.
type writer struct {
	db          *sql.DB
	rep         *Report
	existing    map[string]existingArticle // by ext_id, from the previous build
	byHash      map[string]string          // story (storyKeys) -> ext_id stored this build
	conn        *sql.Conn                  // held from the first write until close
	inTx        bool
	pending     int
	unindexed   bool // the tables were created without their secondary indexes (schemaTablesSQL)
	unchecked   bool // foreign keys are not enforced on the connection (uncheckKeys)
	metaChanged int  // kept articles whose title, outlet, link or date changed
	// The statements, prepared on the connection at first use and kept
	// for the whole build: by name (writerSQL), and the INSERTs of a
	// number of rows into a table.
	st      map[string]*sql.Stmt
	rowsSt  map[rowsKey]*sql.Stmt
	indexSt map[int]*sql.Stmt // by rows (indexSQL)
	args    []any             // the values of one multi-row INSERT, reused
	// The rows of the tables whose row ids the writer does not need back
	// (queuedTables), gathered across articles: most articles have a few
	// rows of each, and a statement of a few rows costs mostly its own
	// start.
	queued map[*rowTable][]any
	// In a build from scratch the articles, sentences and entities are
	// queued too, with the row ids SQLite will give them (reserve): the
	// id to give next, and the id the next row written must get.
	nextID, writtenID map[*rowTable]int64
	// The sentences of this transaction to index, written just before it
	// commits, and whether the index was written to otherwise in it (see
	// indexLater).
	toIndex    []indexedSentence
	indexTouch bool
	// What a rebuild of an earlier knowledge base changed, for the query
	// tables to be updated rather than refilled: articles removed (or
	// replaced) and added, and the plain words of the removed texts.
	track        bool
	gone, added  []int64
	touchedWords map[string]bool
	// Sentences that left and entered the full-text index, for the
	// search postings to be patched rather than read again.
	goneSentences []int64
	newSentences  []indexedSentence
	// furniture counts the lines of every article stored, as it is read.
	furniture *segment.Furniture
	// counted is the report's count each article stored went to.
	counted map[string]*int
	// undated are the articles stored without a publication date.
	undated map[string]bool
}

// indexedSentence is a sentence as the full-text index holds it.
type indexedSentence struct {
	id   int64
	text string
}

var writerSQL = map[string]string{
	"fts":         "INSERT INTO sentence_fts(rowid, body) VALUES (?,?)",
	"meta":        "UPDATE articles SET title=?, source=?, url=?, published=?, path=? WHERE id=?",
	"fts_delete":  "DELETE FROM sentence_fts WHERE rowid IN (SELECT id FROM sentences WHERE article=?)",
	"del_article": "DELETE FROM articles WHERE id=?",
}

// rowTable is a table the writer fills with the rows of one article at a
// time, in one INSERT of many rows rather than one per row.
type rowTable struct {
	name string
	cols []string
}

var (
	articleRows   = &rowTable{"articles", []string{"ext_id", "title", "source", "url", "published", "text", "hash", "path"}}
	sentenceRows  = &rowTable{"sentences", []string{"article", "start", "end", "para", "boilerplate"}}
	docEntityRows = &rowTable{"doc_entities", []string{"article", "name", "type", "surfaces", "mentions"}}
	mentionRows   = &rowTable{"mentions", []string{"doc_entity", "sentence", "start", "end"}}
	roleRows      = &rowTable{"roles", []string{"doc_entity", "text", "norm", "start", "end", "clause"}}
	quoteRows     = &rowTable{"quotes", []string{"article", "doc_entity", "speaker", "speaker_type", "start", "end", "partial"}}
	timeRows      = &rowTable{"times", []string{"article", "start", "end", "type", "value"}}
	docEventRows  = &rowTable{"doc_events", []string{"article", "date", "precision", "planned", "start", "end", "tstart", "tend", "entities", "words", "week"}}
)

// queuedTables are the tables whose rows wait in writer.queued, in the
// order they are written out: those whose rows' ids the writer needs
// (idTables) only in a build from scratch (see reserve).
var queuedTables = []*rowTable{articleRows, sentenceRows, docEntityRows, mentionRows, roleRows, quoteRows, timeRows, docEventRows}

// idTables are the tables whose rows' ids the writer needs back, and
// whether each numbers its rows with AUTOINCREMENT (schema.sql).
var idTables = map[*rowTable]bool{articleRows: false, sentenceRows: true, docEntityRows: true}

type rowsKey struct {
	t *rowTable
	n int
}

// insertSQL is the INSERT of n rows into t.
func (t *rowTable) insertSQL(n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", len(t.cols)), ",") + ")"
	return fmt.Sprintf("INSERT INTO %s(%s) VALUES %s", t.name, strings.Join(t.cols, ", "),
		strings.TrimSuffix(strings.Repeat(row+",", n), ","))
}

func newWriter(ctx context.Context, db *sql.DB, rep *Report) (*writer, error) {
	w := &writer{db: db, rep: rep, existing: map[string]existingArticle{}, byHash: map[string]string{}, counted: map[string]*int{}, undated: map[string]bool{},
		st: map[string]*sql.Stmt{}, rowsSt: map[rowsKey]*sql.Stmt{}, indexSt: map[int]*sql.Stmt{}, queued: map[*rowTable][]any{},
		nextID: map[*rowTable]int64{}, writtenID: map[*rowTable]int64{}}
	rows, err := db.QueryContext(ctx, "SELECT id, ext_id, hash, title, source, url, published FROM articles")
	if err != nil {
		return nil, fmt.Errorf("read previous articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e existingArticle
		var ext string
		if err := rows.Scan(&e.id, &ext, &e.hash, &e.title, &e.source, &e.url, &e.publish); err != nil {
			return nil, fmt.Errorf("read previous articles: %w", err)
		}
		w.existing[ext] = e
	}
	w.touchedWords = map[string]bool{}
	w.furniture = segment.NewFurniture(5)
	return w, rows.Err()
}

// begin opens the batch transaction, and the connection at first.
func (w *writer) begin(ctx context.Context) error {
	if w.inTx {
		return nil
	}
	if w.conn == nil {
		conn, err := w.db.Conn(ctx)
		if err != nil {
			return err
		}
		w.conn = conn
		if err := w.uncheckKeys(ctx); err != nil {
			return err
		}
	}
	if _, err := w.conn.ExecContext(ctx, "BEGIN"); err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	w.inTx = true
	return nil
}

func (w *writer) commit() error {
	if !w.inTx {
		return nil
	}
	ctx := context.Background()
	if err := w.writeQueued(ctx); err != nil {
		return err
	}
	if err := w.writeIndex(ctx); err != nil {
		return err
	}
	_, err := w.conn.ExecContext(ctx, "COMMIT")
	w.inTx, w.pending, w.indexTouch = false, 0, false
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// The full-text index is written one sentence a statement, and after the
// multi-row INSERTs of its transaction: FTS5 writes its pending terms to
// disk whenever a statement that may change more than one row begins in
// a transaction it takes part in, which would make the index's segments
// depend on how the rows were batched. Once the index has been written
// to otherwise in a transaction (a replaced article leaving it), the
// writer goes back to one row a statement until it commits.

// indexLater queues a sentence for the index.
func (w *writer) indexLater(ctx context.Context, id int64, body string) error {
	if w.indexTouch {
		_, err := w.exec(ctx, "fts", id, body)
		return err
	}
	w.toIndex = append(w.toIndex, indexedSentence{id, body})
	return nil
}

// writeIndex writes the sentences queued for the index, in one statement
// when SQLite takes that many values: its FTS5 writes to disk what is
// pending when the statement begins, which is nothing yet, and the rows
// then go in as they would one by one.
func (w *writer) writeIndex(ctx context.Context) error {
	defer func() {
		clear(w.toIndex)
		w.toIndex = w.toIndex[:0]
	}()
	if len(w.toIndex) == 0 {
		return nil
	}
	if 2*len(w.toIndex) > maxStatementParams {
		for _, s := range w.toIndex {
			if _, err := w.exec(ctx, "fts", s.id, s.text); err != nil {
				return err
			}
		}
		return nil
	}
	rows := indexRows(len(w.toIndex))
	st, err := w.indexStmt(ctx, rows)
	if err != nil {
		return err
	}
	args := w.args[:0]
	for _, s := range w.toIndex {
		args = append(args, s.id, s.text)
	}
	for range rows - len(w.toIndex) {
		args = append(args, nil, nil)
	}
	_, err = st.ExecContext(ctx, args...)
	clear(args)
	w.args = args[:0]
	if err != nil {
		return fmt.Errorf("index sentences: %w", err)
	}
	return nil
}

// indexRowsStep is what the rows of the statement indexing more
// sentences are rounded up to: the statement is prepared once for a
// number of rows and kept, where preparing one of thousands of rows for
// every transaction cost more than binding its unused rows.
const indexRowsStep = 1024

// indexRows is the number of rows of the statement indexing n sentences
// (indexSQL): n rounded up to indexRowsStep above it, within the bound on
// a statement's values.
func indexRows(n int) int {
	if n <= indexRowsStep {
		return n
	}
	return min((n+indexRowsStep-1)/indexRowsStep*indexRowsStep, maxStatementParams/2)
}

// indexSQL is the statement indexing up to rows sentences in one
// statement: a row whose id is NULL is unused.
func indexSQL(rows int) string {
	return "INSERT INTO sentence_fts(rowid, body) SELECT column1, column2 FROM (VALUES " +
		strings.TrimSuffix(strings.Repeat("(?,?),", rows), ",") + ") WHERE column1 IS NOT NULL"
}

func (w *writer) indexStmt(ctx context.Context, rows int) (*sql.Stmt, error) {
	if st, ok := w.indexSt[rows]; ok {
		return st, nil
	}
	st, err := w.conn.PrepareContext(ctx, indexSQL(rows))
	if err != nil {
		return nil, fmt.Errorf("prepare index sentences: %w", err)
	}
	w.indexSt[rows] = st
	return st, nil
}

// uncheckKeys turns off the enforcement of foreign keys on the
// connection of a build from scratch, until createIndexes: while the
// tables lack their secondary indexes the writer only appends rows, each
// referring to a row it wrote before, and looking every parent up again
// cost more than inserting the rows did. Deleting an article, which
// deletes its rows through the keys, comes after createIndexes.
func (w *writer) uncheckKeys(ctx context.Context) error {
	if !w.unindexed {
		return nil
	}
	if _, err := w.conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return fmt.Errorf("foreign keys: %w", err)
	}
	w.unchecked = true
	return nil
}

// checkKeys enforces foreign keys again on a connection uncheckKeys
// turned them off on. The pragma does nothing inside a transaction: the
// open one is committed first, its sentences indexed as at any commit.
func (w *writer) checkKeys(ctx context.Context) error {
	if !w.unchecked {
		return nil
	}
	if err := w.commit(); err != nil {
		return err
	}
	w.forgetIDs() // no more reservations
	if _, err := w.conn.ExecContext(ctx, "PRAGMA foreign_keys = ON"); err != nil {
		return fmt.Errorf("foreign keys: %w", err)
	}
	w.unchecked = false
	return nil
}

// createIndexes creates the secondary indexes of the per-article tables,
// which they were created without, once the articles are written, and
// enforces foreign keys again (checkKeys). The corpus tables' come once
// aggregate has filled them (createCorpusIndexes).
func (w *writer) createIndexes(ctx context.Context) error {
	if !w.unindexed {
		return nil
	}
	if err := w.checkKeys(ctx); err != nil {
		return err
	}
	w.unindexed = false // and a connection opened now keeps its keys checked
	if err := w.begin(ctx); err != nil {
		return err
	}
	if err := w.writeQueued(ctx); err != nil {
		return err
	}
	if _, err := w.conn.ExecContext(ctx, articleIndexesSQL); err != nil {
		return fmt.Errorf("create indexes: %w", err)
	}
	return nil
}

// maxStatementParams is SQLite's bound on the values one statement binds
// (SQLITE_MAX_VARIABLE_NUMBER).
const maxStatementParams = 32766

// unindex takes an article's sentences out of the index.
func (w *writer) unindex(ctx context.Context, article int64) error {
	if err := w.writeIndex(ctx); err != nil {
		return err
	}
	w.indexTouch = true
	_, err := w.exec(ctx, "fts_delete", article)
	return err
}

// close releases the statements and the connection, rolling back a
// transaction left open by a failed build.
func (w *writer) close() {
	if w.conn == nil {
		return
	}
	for _, st := range w.st {
		st.Close()
	}
	for _, st := range w.rowsSt {
		st.Close()
	}
	for _, st := range w.indexSt {
		st.Close()
	}
	clear(w.st)
	clear(w.rowsSt)
	clear(w.indexSt)
	if w.inTx {
		_, _ = w.conn.ExecContext(context.Background(), "ROLLBACK")
		w.inTx = false
	}
	if w.unchecked {
		// The connection goes back to the pool as it was opened.
		_, _ = w.conn.ExecContext(context.Background(), "PRAGMA foreign_keys = ON")
		w.unchecked = false
	}
	w.conn.Close()
	w.conn = nil
}

func (w *writer) exec(ctx context.Context, name string, args ...any) (sql.Result, error) {
	st, ok := w.st[name]
	if !ok {
		var err error
		if st, err = w.conn.PrepareContext(ctx, writerSQL[name]); err != nil {
			return nil, fmt.Errorf("prepare %s: %w", name, err)
		}
		w.st[name] = st
	}
	r, err := st.ExecContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return r, nil
}

// insertRows inserts rows into t, args holding len(t.cols) values a row,
// with as few statements as the bound on a statement's parameters
// allows. With ids it returns the row id of every row: one INSERT numbers
// its rows one after the other, so the last row's id gives the others.
func (w *writer) insertRows(ctx context.Context, t *rowTable, ids bool, args []any) ([]int64, error) {
	var out []int64
	per := max(1, bulkParams/len(t.cols)) * len(t.cols)
	if w.indexTouch {
		per = len(t.cols)
	}
	for len(args) > 0 {
		chunk := args[:min(per, len(args))]
		args = args[len(chunk):]
		n := len(chunk) / len(t.cols)
		st, err := w.rowsStmt(ctx, t, n)
		if err != nil {
			return nil, err
		}
		res, err := st.ExecContext(ctx, chunk...)
		if err != nil {
			return nil, fmt.Errorf("insert into %s: %w", t.name, err)
		}
		if ids {
			last, err := res.LastInsertId()
			if err != nil {
				return nil, fmt.Errorf("insert into %s: %w", t.name, err)
			}
			for i := range n {
				out = append(out, last-int64(n-1-i))
			}
		}
	}
	return out, nil
}

// queue adds rows of t (args, len(t.cols) values a row) to those
// waiting, and inserts as many statements' worth as wait. Once the
// full-text index was written to otherwise in the transaction, rows go
// in at once, one a statement (see indexLater).
func (w *writer) queue(ctx context.Context, t *rowTable, args []any) error {
	q := append(w.queued[t], args...)
	per := max(1, bulkParams/len(t.cols)) * len(t.cols)
	n := len(q) / per * per
	if w.indexTouch {
		n = len(q)
	}
	if n > 0 {
		if err := w.flushRows(ctx, t, q[:n]); err != nil {
			return err
		}
		rest := copy(q, q[n:])
		clear(q[rest:])
		q = q[:rest]
	}
	w.queued[t] = q
	return nil
}

// writeQueued inserts every row waiting. It runs before the transaction
// commits and before an article is deleted, so that each table numbers
// its rows as if they had gone in one article at a time.
func (w *writer) writeQueued(ctx context.Context) error {
	for _, t := range queuedTables {
		q := w.queued[t]
		if len(q) == 0 {
			continue
		}
		err := w.flushRows(ctx, t, q)
		clear(q)
		w.queued[t] = q[:0]
		if err != nil {
			return err
		}
	}
	return nil
}

// flushRows inserts queued rows of t, and checks that the rows of a
// table whose ids were reserved get the ids reserved for them.
func (w *writer) flushRows(ctx context.Context, t *rowTable, args []any) error {
	next, reserved := w.writtenID[t]
	ids, err := w.insertRows(ctx, t, reserved, args)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if id != next {
			return fmt.Errorf("insert into %s: row id %d where %d was reserved", t.name, id, next)
		}
		next++
	}
	if reserved {
		w.writtenID[t] = next
	}
	return nil
}

// reserving reports whether the rows of idTables are queued with
// reserved ids: in a build from scratch, while it only appends rows
// (uncheckKeys) and nothing but the writer's queue writes to those
// tables. SQLite then gives each row of such a table the id after the
// last it gave, which reserve predicts and flushRows checks.
func (w *writer) reserving() bool { return w.unchecked && !w.indexTouch }

// reserve returns the id SQLite will give the first of the next n rows
// of t (one of idTables) written, the others' following it: one more
// than the largest id in the table, or than the largest it ever gave
// when it numbers with AUTOINCREMENT. The ids are read from the table
// before its first reservation, when nothing of it is queued yet.
func (w *writer) reserve(ctx context.Context, t *rowTable, n int) (int64, error) {
	next, ok := w.nextID[t]
	if !ok {
		q := "SELECT coalesce(max(rowid), 0) FROM " + t.name
		if idTables[t] {
			q = "SELECT max(coalesce((SELECT max(rowid) FROM " + t.name + "), 0), " +
				"coalesce((SELECT seq FROM sqlite_sequence WHERE name = '" + t.name + "'), 0))"
		}
		var last int64
		if err := w.conn.QueryRowContext(ctx, q).Scan(&last); err != nil {
			return 0, fmt.Errorf("reserve ids of %s: %w", t.name, err)
		}
		next = last + 1
		w.writtenID[t] = next
	}
	w.nextID[t] = next + int64(n)
	return next, nil
}

// forgetIDs drops what reserve read of the tables, once the queue is
// written: a deletion changes the id SQLite gives next in a table
// without AUTOINCREMENT when it deletes the row of the largest.
func (w *writer) forgetIDs() {
	clear(w.nextID)
	clear(w.writtenID)
}

// insertWithIDs inserts rows of t (one of idTables) and returns their
// ids: queued with reserved ids while reserving, else at once.
func (w *writer) insertWithIDs(ctx context.Context, t *rowTable, args []any) ([]int64, error) {
	if !w.reserving() {
		return w.insertRows(ctx, t, true, args)
	}
	n := len(args) / len(t.cols)
	first, err := w.reserve(ctx, t, n)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = first + int64(i)
	}
	return ids, w.queue(ctx, t, args)
}

func (w *writer) rowsStmt(ctx context.Context, t *rowTable, n int) (*sql.Stmt, error) {
	k := rowsKey{t, n}
	if st, ok := w.rowsSt[k]; ok {
		return st, nil
	}
	st, err := w.conn.PrepareContext(ctx, t.insertSQL(n))
	if err != nil {
		return nil, fmt.Errorf("prepare insert into %s: %w", t.name, err)
	}
	w.rowsSt[k] = st
	return st, nil
}

func (w *writer) touch(word string) { w.touchedWords[word] = true }

// put stores one article: kept as it was, replaced, or added.
func (w *writer) put(ctx context.Context, j job) error {
	// A cancelled build stops between articles. The statements themselves
	// run without the context: the driver watches a cancellable context
	// from a goroutine of its own, started for every statement, which
	// costs more than most of these single-row inserts.
	if err := ctx.Err(); err != nil {
		return err
	}
	ctx = context.WithoutCancel(ctx)
	if err := w.begin(ctx); err != nil {
		return err
	}
	a := j.art
	if j.note != "" {
		w.rep.Problems = append(w.rep.Problems, ingest.Problem{Path: a.Path, Reason: j.note})
	}
	if a.Published == "" {
		w.undated[a.ID] = true
	}
	switch {
	case j.keep != 0:
		w.rep.Unchanged++
		w.counted[a.ID] = &w.rep.Unchanged
		old := w.existing[a.ID]
		if old.title != a.Title || old.source != a.Source || old.url != a.URL || old.publish != a.Published {
			if _, err := w.exec(ctx, "meta", a.Title, a.Source, a.URL, a.Published, a.Path, j.keep); err != nil {
				return err
			}
			w.metaChanged++
		}
	case j.update:
		w.rep.Changed++
		w.counted[a.ID] = &w.rep.Changed
		if err := w.removeTx(ctx, w.existing[a.ID].id); err != nil {
			return err
		}
		if err := w.insert(ctx, j); err != nil {
			return err
		}
	default:
		w.rep.Added++
		w.counted[a.ID] = &w.rep.Added
		if err := w.insert(ctx, j); err != nil {
			return err
		}
	}
	w.pending++
	if w.pending >= batchSize {
		return w.commit()
	}
	return nil
}

// listArticles names in the report the articles the build added and
// changed, and those it stored undated (Report.Details).
func (w *writer) listArticles() {
	for id, c := range w.counted {
		switch c {
		case &w.rep.Added:
			w.rep.AddedIDs = append(w.rep.AddedIDs, id)
		case &w.rep.Changed:
			w.rep.ChangedIDs = append(w.rep.ChangedIDs, id)
		}
	}
	for id := range w.undated {
		w.rep.Undated = append(w.rep.Undated, id)
	}
	for _, ids := range []*[]string{&w.rep.AddedIDs, &w.rep.ChangedIDs, &w.rep.RemovedIDs, &w.rep.Undated} {
		slices.Sort(*ids)
	}
}

// dropVersion takes out an article stored (or kept) before a later version
// of it was read: what the previous build stored of it, as for a deleted
// article, or what this build wrote, as if it had never been.
func (w *writer) dropVersion(ctx context.Context, extID string) error {
	if c, ok := w.counted[extID]; ok {
		*c--
		delete(w.counted, extID)
	}
	delete(w.undated, extID)
	if err := w.begin(ctx); err != nil {
		return err
	}
	if err := w.writeQueued(ctx); err != nil {
		return err
	}
	w.forgetIDs()
	var id int64
	switch err := w.conn.QueryRowContext(ctx, "SELECT id FROM articles WHERE ext_id = ?", extID).Scan(&id); {
	case errors.Is(err, sql.ErrNoRows):
		return nil // never written
	case err != nil:
		return fmt.Errorf("find article: %w", err)
	}
	if old, ok := w.existing[extID]; ok && old.id == id {
		return w.removeTx(ctx, id)
	}
	if w.track {
		if err := w.forgetNew(ctx, id); err != nil {
			return err
		}
	}
	if err := w.unindex(ctx, id); err != nil {
		return err
	}
	_, err := w.exec(ctx, "del_article", id)
	return err
}

// forgetNew takes an article written by this build out of what the build
// tells the query tables it added.
func (w *writer) forgetNew(ctx context.Context, id int64) error {
	w.added = slices.DeleteFunc(w.added, func(a int64) bool { return a == id })
	rows, err := w.conn.QueryContext(ctx, "SELECT id FROM sentences WHERE article = ?", id)
	if err != nil {
		return fmt.Errorf("read sentences: %w", err)
	}
	defer rows.Close()
	sents := map[int64]bool{}
	for rows.Next() {
		var sid int64
		if err := rows.Scan(&sid); err != nil {
			return err
		}
		sents[sid] = true
	}
	if err := rows.Err(); err != nil {
		return err
	}
	w.newSentences = slices.DeleteFunc(w.newSentences, func(s indexedSentence) bool { return sents[s.id] })
	return nil
}

func (w *writer) remove(ctx context.Context, id int64) error {
	if err := w.begin(ctx); err != nil {
		return err
	}
	return w.removeTx(ctx, id)
}

func (w *writer) removeTx(ctx context.Context, id int64) error {
	if err := w.writeQueued(ctx); err != nil {
		return err
	}
	w.forgetIDs()
	if w.track {
		var text string
		if err := w.conn.QueryRowContext(ctx, "SELECT text FROM articles WHERE id = ?", id).Scan(&text); err != nil {
			return fmt.Errorf("read replaced article: %w", err)
		}
		plainWords(text, w.touch)
		w.gone = append(w.gone, id)
		rows, err := w.conn.QueryContext(ctx, "SELECT id FROM sentences WHERE article = ? AND boilerplate = 0", id)
		if err != nil {
			return fmt.Errorf("read replaced sentences: %w", err)
		}
		for rows.Next() {
			var sid int64
			if err := rows.Scan(&sid); err != nil {
				rows.Close()
				return err
			}
			w.goneSentences = append(w.goneSentences, sid)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	if err := w.unindex(ctx, id); err != nil {
		return err
	}
	_, err := w.exec(ctx, "del_article", id)
	return err
}

// insert writes an article and everything extracted from it, a table
// at a time.
func (w *writer) insert(ctx context.Context, j job) error {
	a, r := j.art, j.result
	ids, err := w.insertWithIDs(ctx, articleRows, append(w.args[:0], a.ID, a.Title, a.Source, a.URL, a.Published, a.Text, a.Hash, a.Path))
	if err != nil {
		return err
	}
	art := ids[0]
	if w.track {
		// Its words need no noting: its sentences' postings are made from
		// the sentences themselves (newPostings).
		w.added = append(w.added, art)
	}
	sentIDs, err := w.insertSentences(ctx, art, a.Text, r.Sentences)
	if err != nil {
		return err
	}
	ents := groupMentions(r.Named())
	entIDs, err := w.insertEntities(ctx, art, a.Text, ents, r.Sentences, sentIDs)
	if err != nil {
		return err
	}
	args := w.args[:0]
	for _, ro := range r.Roles {
		if id, ok := entIDs[ro.Name]; ok {
			args = append(args, id, ro.Text, ro.Norm, ro.Evidence.Start, ro.Evidence.End, ro.Clause)
		}
	}
	if err := w.queue(ctx, roleRows, args); err != nil {
		return err
	}
	args = args[:0]
	for _, q := range r.Quotes {
		var ent any
		if id, ok := entIDs[q.Speaker]; ok {
			ent = id
		}
		args = append(args, art, ent, q.Speaker, string(q.SpeakerType), q.Start, q.End, q.Partial)
	}
	if err := w.queue(ctx, quoteRows, args); err != nil {
		return err
	}
	args = args[:0]
	for _, t := range r.Times {
		args = append(args, art, t.Start, t.End, t.Type, t.Value)
	}
	if err := w.queue(ctx, timeRows, args); err != nil {
		return err
	}
	args = args[:0]
	for _, ev := range r.Events {
		args = append(args, art, ev.Date, ev.Precision, ev.Planned, ev.Summary.Start, ev.Summary.End,
			ev.Time.Start, ev.Time.End, strings.Join(ev.Entities, sep), strings.Join(ev.Words, " "), ev.Week)
	}
	err = w.queue(ctx, docEventRows, args)
	w.args = args[:0]
	return err
}

// insertSentences writes an article's sentences and indexes those that
// are not boilerplate, and returns their row ids.
func (w *writer) insertSentences(ctx context.Context, art int64, text string, sents []doc.Sentence) ([]int64, error) {
	args := w.args[:0]
	for _, s := range sents {
		args = append(args, art, s.Start, s.End, s.Para, s.Boilerplate)
	}
	ids, err := w.insertWithIDs(ctx, sentenceRows, args)
	if err != nil {
		return nil, err
	}
	w.args = args[:0]
	for i, s := range sents {
		if s.Boilerplate {
			continue
		}
		if err := w.indexLater(ctx, ids[i], foldLetters(text[s.Start:s.End])); err != nil {
			return nil, err
		}
		if w.track {
			w.newSentences = append(w.newSentences, indexedSentence{ids[i], text[s.Start:s.End]})
		}
	}
	return ids, nil
}

// insertEntities writes an article's entities and their mentions, and
// returns the entities' row ids by name.
func (w *writer) insertEntities(ctx context.Context, art int64, text string, ents []*docEntity, sents []doc.Sentence, sentIDs []int64) (map[string]int64, error) {
	args := w.args[:0]
	for _, e := range ents {
		args = append(args, art, e.name, string(e.typ), strings.Join(e.surfaces, sep), countedMentions(text, e.mentions))
	}
	ids, err := w.insertWithIDs(ctx, docEntityRows, args)
	if err != nil {
		return nil, err
	}
	entIDs := make(map[string]int64, len(ents))
	args = args[:0]
	for i, e := range ents {
		entIDs[e.name] = ids[i]
		for _, m := range e.mentions {
			args = append(args, ids[i], sentenceOf(sents, sentIDs, m.Span), m.Start, m.End)
		}
	}
	err = w.queue(ctx, mentionRows, args)
	w.args = args[:0]
	return entIDs, err
}

type docEntity struct {
	name     string
	typ      doc.EntityType
	surfaces []string
	mentions []doc.Mention
}

// groupMentions gathers an article's mentions by the entity they name.
func groupMentions(ms []doc.Mention) []*docEntity {
	var out []*docEntity
	idx := map[string]*docEntity{}
	for _, m := range ms {
		name := m.Name()
		e, ok := idx[name]
		if !ok {
			e = &docEntity{name: name, typ: m.Type}
			idx[name] = e
			out = append(out, e)
		}
		e.mentions = append(e.mentions, m)
		// Every mention's spelling, repeats kept: which spelling most
		// mentions use decides the name a person is shown by ("MacLeod"
		// four times beside one "Duncan McLeod").
		e.surfaces = append(e.surfaces, m.Text)
	}
	return out
}

// sentenceOf returns the row id of the sentence holding span.
func sentenceOf(sents []doc.Sentence, ids []int64, sp doc.Span) int64 {
	lo, hi := 0, len(sents)
	for lo < hi {
		mid := (lo + hi) / 2
		if sents[mid].End <= sp.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(sents) {
		return ids[lo]
	}
	return 0
}

// articleCopy is an article the folder holds word for word under another
// name (a syndicated story): stored once, as the article first read.
type articleCopy struct {
	of  string // the ext_id of the article stored
	art ingest.Article
}

// setCopies writes the copies of stored articles afresh, and counts a
// change of them as a change of metadata: the outlets entities are
// reported by include the copies'.
func (w *writer) setCopies(ctx context.Context, copies []articleCopy) error {
	if err := w.begin(ctx); err != nil {
		return err
	}
	key := func(ext, of, title, source, url, pub string) string {
		return strings.Join([]string{ext, of, title, source, url, pub}, sep)
	}
	rows, err := w.conn.QueryContext(ctx, `SELECT c.ext_id, a.ext_id, c.title, c.source, c.url, c.published
		FROM copies c JOIN articles a ON a.id = c.article`)
	if err != nil {
		return err
	}
	old := map[string]bool{}
	for rows.Next() {
		var f [6]string
		if err := rows.Scan(&f[0], &f[1], &f[2], &f[3], &f[4], &f[5]); err != nil {
			rows.Close()
			return err
		}
		old[key(f[0], f[1], f[2], f[3], f[4], f[5])] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := w.conn.ExecContext(ctx, "DELETE FROM copies"); err != nil {
		return err
	}
	fresh := map[string]bool{}
	for _, c := range copies {
		a := c.art
		res, err := w.conn.ExecContext(ctx, `INSERT INTO copies(article, ext_id, title, source, url, published)
			SELECT id, ?, ?, ?, ?, ? FROM articles WHERE ext_id = ?`, a.ID, a.Title, a.Source, a.URL, a.Published, c.of)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			fresh[key(a.ID, c.of, a.Title, a.Source, a.URL, a.Published)] = true
		}
	}
	if !maps.Equal(old, fresh) {
		w.metaChanged++
	}
	return nil
}
