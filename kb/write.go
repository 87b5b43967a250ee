package kb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
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

// writer is the build's only writer: it owns the transaction and the
// prepared statements.
type writer struct {
	db          *sql.DB
	rep         *Report
	existing    map[string]existingArticle // by ext_id, from the previous build
	byHash      map[string]string          // story (bodyKey) -> first ext_id this build
	tx          *sql.Tx
	pending     int
	metaChanged int // kept articles whose title, outlet, link or date changed
	st          map[string]*sql.Stmt
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
}

// indexedSentence is a sentence as the full-text index holds it.
type indexedSentence struct {
	id   int64
	text string
}

var writerSQL = map[string]string{
	"article":     "INSERT INTO articles(ext_id, title, source, url, published, text, hash, path) VALUES (?,?,?,?,?,?,?,?)",
	"meta":        "UPDATE articles SET title=?, source=?, url=?, published=?, path=? WHERE id=?",
	"sentence":    "INSERT INTO sentences(article, start, end, para, boilerplate) VALUES (?,?,?,?,?)",
	"fts":         "INSERT INTO sentence_fts(rowid, body) VALUES (?,?)",
	"doc_entity":  "INSERT INTO doc_entities(article, name, type, surfaces, mentions) VALUES (?,?,?,?,?)",
	"mention":     "INSERT INTO mentions(doc_entity, sentence, start, end) VALUES (?,?,?,?)",
	"role":        "INSERT INTO roles(doc_entity, text, norm, start, end, clause) VALUES (?,?,?,?,?,?)",
	"quote":       "INSERT INTO quotes(article, doc_entity, speaker, speaker_type, start, end, partial) VALUES (?,?,?,?,?,?,?)",
	"time":        "INSERT INTO times(article, start, end, type, value) VALUES (?,?,?,?,?)",
	"doc_event":   "INSERT INTO doc_events(article, date, precision, planned, start, end, tstart, tend, entities, words, week) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
	"fts_delete":  "DELETE FROM sentence_fts WHERE rowid IN (SELECT id FROM sentences WHERE article=?)",
	"del_article": "DELETE FROM articles WHERE id=?",
}

func newWriter(ctx context.Context, db *sql.DB, rep *Report) (*writer, error) {
	w := &writer{db: db, rep: rep, existing: map[string]existingArticle{}, byHash: map[string]string{}, counted: map[string]*int{}}
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
	w.track, w.touchedWords = len(w.existing) > 0, map[string]bool{}
	w.furniture = segment.NewFurniture(5)
	return w, rows.Err()
}

// begin opens the batch transaction and prepares the statements in it.
func (w *writer) begin(ctx context.Context) error {
	if w.tx != nil {
		return nil
	}
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	w.tx, w.st = tx, map[string]*sql.Stmt{}
	for k, q := range writerSQL {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare %s: %w", k, err)
		}
		w.st[k] = st
	}
	return nil
}

func (w *writer) commit() error {
	if w.tx == nil {
		return nil
	}
	err := w.tx.Commit()
	w.tx, w.pending = nil, 0
	return err
}

func (w *writer) exec(ctx context.Context, name string, args ...any) (sql.Result, error) {
	r, err := w.st[name].ExecContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return r, nil
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

// dropVersion takes out an article stored (or kept) before a later version
// of it was read: what the previous build stored of it, as for a deleted
// article, or what this build wrote, as if it had never been.
func (w *writer) dropVersion(ctx context.Context, extID string) error {
	if c, ok := w.counted[extID]; ok {
		*c--
		delete(w.counted, extID)
	}
	if err := w.begin(ctx); err != nil {
		return err
	}
	var id int64
	switch err := w.tx.QueryRowContext(ctx, "SELECT id FROM articles WHERE ext_id = ?", extID).Scan(&id); {
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
	if _, err := w.exec(ctx, "fts_delete", id); err != nil {
		return err
	}
	_, err := w.exec(ctx, "del_article", id)
	return err
}

// forgetNew takes an article written by this build out of what the build
// tells the query tables it added.
func (w *writer) forgetNew(ctx context.Context, id int64) error {
	w.added = slices.DeleteFunc(w.added, func(a int64) bool { return a == id })
	rows, err := w.tx.QueryContext(ctx, "SELECT id FROM sentences WHERE article = ?", id)
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
	if w.track {
		var text string
		if err := w.tx.QueryRowContext(ctx, "SELECT text FROM articles WHERE id = ?", id).Scan(&text); err != nil {
			return fmt.Errorf("read replaced article: %w", err)
		}
		plainWords(text, w.touch)
		w.gone = append(w.gone, id)
		rows, err := w.tx.QueryContext(ctx, "SELECT id FROM sentences WHERE article = ? AND boilerplate = 0", id)
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
	if _, err := w.exec(ctx, "fts_delete", id); err != nil {
		return err
	}
	_, err := w.exec(ctx, "del_article", id)
	return err
}

// insert writes an article and everything extracted from it.
func (w *writer) insert(ctx context.Context, j job) error {
	a, r := j.art, j.result
	res, err := w.exec(ctx, "article", a.ID, a.Title, a.Source, a.URL, a.Published, a.Text, a.Hash, a.Path)
	if err != nil {
		return err
	}
	art, _ := res.LastInsertId()
	if w.track {
		// Its words need no noting: its sentences' postings are made from
		// the sentences themselves (newPostings).
		w.added = append(w.added, art)
	}
	sentIDs := make([]int64, len(r.Sentences))
	for i, s := range r.Sentences {
		res, err := w.exec(ctx, "sentence", art, s.Start, s.End, s.Para, s.Boilerplate)
		if err != nil {
			return err
		}
		sentIDs[i], _ = res.LastInsertId()
		if !s.Boilerplate {
			if _, err := w.exec(ctx, "fts", sentIDs[i], foldLetters(a.Text[s.Start:s.End])); err != nil {
				return err
			}
			if w.track {
				w.newSentences = append(w.newSentences, indexedSentence{sentIDs[i], a.Text[s.Start:s.End]})
			}
		}
	}
	ents := groupMentions(r.Mentions)
	entIDs := map[string]int64{}
	for _, e := range ents {
		res, err := w.exec(ctx, "doc_entity", art, e.name, string(e.typ), strings.Join(e.surfaces, sep), len(e.mentions))
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		entIDs[e.name] = id
		for _, m := range e.mentions {
			if _, err := w.exec(ctx, "mention", id, sentenceOf(r.Sentences, sentIDs, m.Span), m.Start, m.End); err != nil {
				return err
			}
		}
	}
	for _, ro := range r.Roles {
		id, ok := entIDs[ro.Name]
		if !ok {
			continue
		}
		if _, err := w.exec(ctx, "role", id, ro.Text, ro.Norm, ro.Evidence.Start, ro.Evidence.End, ro.Clause); err != nil {
			return err
		}
	}
	for _, q := range r.Quotes {
		var ent any
		if id, ok := entIDs[q.Speaker]; ok {
			ent = id
		}
		if _, err := w.exec(ctx, "quote", art, ent, q.Speaker, string(q.SpeakerType), q.Start, q.End, q.Partial); err != nil {
			return err
		}
	}
	for _, t := range r.Times {
		if _, err := w.exec(ctx, "time", art, t.Start, t.End, t.Type, t.Value); err != nil {
			return err
		}
	}
	for _, ev := range r.Events {
		if _, err := w.exec(ctx, "doc_event", art, ev.Date, ev.Precision, ev.Planned, ev.Summary.Start, ev.Summary.End,
			ev.Time.Start, ev.Time.End, strings.Join(ev.Entities, sep), strings.Join(ev.Words, " "), ev.Week); err != nil {
			return err
		}
	}
	return nil
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
		if !contains(e.surfaces, m.Text) {
			e.surfaces = append(e.surfaces, m.Text)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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
