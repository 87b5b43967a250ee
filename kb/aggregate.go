package kb

import (
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"hash/fnv"
	"strconv"

	"newsbot/extract/events"
	"newsbot/extract/segment"
)

// aggregate recomputes the corpus tables from the per-article ones: one
// entity per real person, organisation or place across articles, and one
// timeline event per real event across outlets.
//
// With keep, the previous build's corpus tables are kept and only rows
// that differ are written. Every corpus entity and event carries a digest
// (sig) of everything stored for it; an entity or event whose digest is
// unchanged keeps its rows and its id, the others are deleted and
// inserted. The tables end up as a full recomputation would leave them,
// but for the ids of new rows, and a rebuild after a few changed articles
// writes a few hundred rows instead of the whole corpus: the clustering
// itself is cheap, writing every row again was not.
//
// A full aggregation also makes the full-text index final (one b-tree
// segment) and writes the query tables that need neither the clustering
// nor anything written after it (finalIndex, prefillEvents), on the
// connection that would otherwise wait for the clustering running on
// another core; it says which for prepareQueries (nil when it did not).
func aggregate(ctx context.Context, db *sql.DB, rep *Report, keep bool, furniture *segment.Furniture) (*changes, *prefilled, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	if !keep {
		for _, t := range corpusTables {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
				return nil, nil, fmt.Errorf("clear %s: %w", t, err)
			}
		}
	}
	// Merging and clustering need nothing more from the database once
	// their input is read: they run on goroutines of their own while the
	// connection reads the names of the articles' leads (for the timeline
	// rows only), then the search terms, then writes the entities
	// (merging needs the entities' names only, not the clusters). Merging
	// after the clustering, with the clusters' names, would join two
	// outlets' spellings of one person ("Delaney", "Delany"), but at 19k
	// articles it puts half a second on every rebuild.
	arts, err := loadArticles(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	// The entities are read once, for what merging weighs of them (their
	// story and cast names, as they are before the furniture is marked)
	// and for the clustering (without those marking drops). They are
	// parsed on another core while the connection reads the events.
	p, n, err := queryDocEntities(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	parsed := make(chan docEntitiesNamed, 1)
	go func() { parsed <- parseNamed(p, n) }()
	read, err := readEvents(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	named := <-parsed
	if named.err != nil {
		return nil, nil, named.err
	}
	rows, names := named.rows, named.names
	// The events are parsed on the merging's goroutine, before it merges
	// them, while the connection reads on.
	var evs *docEvents
	var evErr error
	var groups [][]events.Ref
	evsReady, mergeDone := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(mergeDone)
		evs, evErr = read.parse(arts, names.stories, names.casts)
		close(evsReady)
		if evErr != nil {
			return
		}
		groups = events.Merge(evs.refs)
	}()
	ch := &changes{words: map[string]bool{}}
	flagged, lines, marked, err := findFurniture(ctx, tx, furniture)
	if err != nil {
		<-mergeDone
		return nil, nil, fmt.Errorf("find site furniture: %w", err)
	}
	ch.goneSentences = flagged
	for _, l := range lines {
		plainWords(l, func(w string) { ch.words[w] = true })
	}
	// Marking changes neither the articles nor their events.
	leadsBefore, rows, err := markFurnitureOf(ctx, tx, flagged, marked, rows, names)
	if err != nil {
		<-mergeDone
		return nil, nil, err
	}
	evidence, err := readEntityEvidence(ctx, tx)
	if err != nil {
		<-mergeDone
		return nil, nil, err
	}
	// The entities are built from their rows on the clustering's
	// goroutine: the connection reads on meanwhile.
	var ents *clustered
	var entRep Report
	var entErr error
	clusterDone := make(chan struct{})
	go func() {
		defer close(clusterDone)
		des, err := evidence.docEntities(arts, rows)
		if err != nil {
			entErr = err
			return
		}
		ents = clusterEntities(des, &entRep)
	}()
	wait := func() { <-clusterDone; <-mergeDone }
	leads, err := leadNames(ctx, tx, rows)
	if err != nil {
		wait()
		return nil, nil, err
	}
	// The articles marked have the leads they had before.
	for _, art := range marked {
		if l, ok := leadsBefore[art]; ok {
			leads[art] = l
		} else {
			delete(leads, art)
		}
	}
	<-evsReady
	if evErr != nil {
		wait()
		return nil, nil, evErr
	}
	// evs.refs are read by the merging meanwhile, never written.
	if evs.called, err = calledNames(ctx, tx, evs, leads, names.subjects); err != nil {
		wait()
		return nil, nil, err
	}
	var pre *prefilled
	var bases []eventRec // the events' rows as far as prefillEvents wrote them
	if !keep {
		if err = finalIndex(ctx, tx); err != nil {
			wait()
			return nil, nil, err
		}
		pre = &prefilled{terms: true}
		// The events' part of the query tables is written now when the
		// merging ends before the clustering, else with the rest.
		if pre.events = eventsFirst(mergeDone, clusterDone); pre.events {
			if bases, err = prefillEvents(ctx, tx, evs, groups); err != nil {
				wait()
				return nil, nil, err
			}
		}
	}
	// What the previous build stored is read while the clustering and
	// merging finish: nothing writes these tables before they are matched.
	prevEnts, err := readPrevious(ctx, tx, "entities")
	if err != nil {
		wait()
		return nil, nil, fmt.Errorf("previous entities: %w", err)
	}
	prevEvents, err := readPrevious(ctx, tx, "events")
	if err != nil {
		wait()
		return nil, nil, fmt.Errorf("previous events: %w", err)
	}
	eventsDone := pre != nil && pre.events // event_members written by prefillEvents
	<-clusterDone
	if entErr != nil {
		<-mergeDone
		return nil, nil, entErr
	}
	rep.People, rep.Orgs, rep.Places, rep.Quotes = entRep.People, entRep.Orgs, entRep.Places, entRep.Quotes
	plan, err := planEntities(ctx, tx, ents, prevEnts)
	if err != nil {
		<-mergeDone
		return nil, nil, err
	}
	// The timeline rows are prepared on another core while the entities
	// are written, once the events are merged; the entities' ids by name
	// meanwhile.
	recs := make(chan []eventRec, 1)
	go func() {
		byName := ents.entityByName(plan.ids)
		if eventsDone {
			recs <- withEntities(evs, bases, byName, ents.venueTowns(plan.ids))
			return
		}
		<-mergeDone
		recs <- eventRecs(evs, groups, byName, ents.venueTowns(plan.ids))
	}()
	if err := storeEntities(ctx, tx, ents, plan, ch); err != nil {
		<-recs
		return nil, nil, err
	}
	if err := storeEvents(ctx, tx, <-recs, prevEvents, rep, ch, eventsDone); err != nil {
		return nil, nil, err
	}
	if err := createCorpusIndexes(ctx, tx); err != nil {
		return nil, nil, err
	}
	if !keep {
		ch = nil
	}
	return ch, pre, tx.Commit()
}

// createCorpusIndexes creates the secondary indexes of the corpus tables
// that a build from scratch created them without (corpusIndexesSQL),
// once they are filled: building an index from a full table costs less
// than keeping it up to date through every insert. A copy of an earlier
// knowledge base has them already.
func createCorpusIndexes(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, corpusIndexesSQL); err != nil {
		return fmt.Errorf("create corpus indexes: %w", err)
	}
	return nil
}

// markFurnitureOf marks the sentences flagged as furniture (see
// markFurniture), of the articles marked, and returns the entity rows
// without those it drops, the subjects of names updated. An article's
// lead is its first sentence as extracted: the leads of the articles
// marked are read before their sentences are, and returned; marking
// changes no other article's.
func markFurnitureOf(ctx context.Context, tx *sql.Tx, flagged, marked []int64, rows []docEntityRaw,
	names articleNameSets) (map[int64][]string, []docEntityRaw, error) {
	if len(flagged) == 0 {
		return nil, rows, nil
	}
	leads, err := leadNamesOf(ctx, tx, marked)
	if err != nil {
		return nil, nil, err
	}
	dropped, err := markFurniture(ctx, tx, flagged)
	if err != nil {
		return nil, nil, fmt.Errorf("mark site furniture: %w", err)
	}
	return leads, dropRows(rows, dropped, names), nil
}

// finalIndex merges the full-text index into one b-tree segment, as a
// full build leaves it, reads the search terms from it and writes them to
// query_terms, which nothing else needs, on the connection that would
// otherwise wait for the clustering.
func finalIndex(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, optimizeIndex); err != nil {
		return fmt.Errorf("optimize the search index: %w", err)
	}
	terms, err := readTerms(ctx, tx)
	if err != nil {
		return fmt.Errorf("read search terms: %w", err)
	}
	if err := storeTerms(ctx, tx, terms); err != nil {
		return fmt.Errorf("store search terms: %w", err)
	}
	return nil
}

// prefilled is what a full aggregation wrote of the query tables while
// the clustering ran, which prepareQueries then leaves as they are.
type prefilled struct {
	terms  bool // query_terms (finalIndex)
	events bool // query_articles, query_event_cites, query_sentence_events (prefillEvents)
}

// prefillEvents writes, in a full aggregation, what of the merged events
// does not wait for the clustering, on the connection that would
// otherwise wait for it: the rows of event_members (the events' ids are
// 1, 2, … in the order of the groups, storeEvents checks) and the query
// tables drawn from them and the articles alone (query_articles,
// query_event_cites, query_sentence_events), which prepareQueries then
// leaves as they are. It returns the events' rows but for their entities
// (eventBases).
func prefillEvents(ctx context.Context, tx *sql.Tx, evs *docEvents, groups [][]events.Ref) ([]eventRec, error) {
	bases := eventBases(evs, groups)
	ins := newBulk(tx, "event_members", "event", "doc_event", "rank")
	for i, r := range bases {
		for rank, m := range r.members {
			if err := ins.add(ctx, int64(i+1), m, rank); err != nil {
				return nil, err
			}
		}
	}
	if err := ins.flush(ctx); err != nil {
		return nil, err
	}
	// The table is final: its indexes, which the citations' query reads,
	// are built now rather than with the other corpus tables'.
	if _, err := tx.ExecContext(ctx, eventMembersIndexesSQL); err != nil {
		return nil, fmt.Errorf("index event members: %w", err)
	}
	d := &delta{full: true}
	if err := prepareEventCites(ctx, tx, d); err != nil {
		return nil, fmt.Errorf("event citations: %w", err)
	}
	if err := prepareSentenceEvents(ctx, tx, d); err != nil {
		return nil, fmt.Errorf("sentence events: %w", err)
	}
	return bases, nil
}

// eventsFirst waits for the merging or the clustering to end, and
// reports whether the events' query tables are to be written before the
// clustering ends (prefillEvents): when the merging ended first, so that
// the connection waits for neither. The tables end up alike either way.
// A variable for the tests.
var eventsFirst = func(merged, clustered <-chan struct{}) bool {
	select {
	case <-merged:
	case <-clustered:
	}
	select {
	case <-merged:
		return true
	default:
		return false
	}
}

// eventMembersIndexesSQL creates the indexes of event_members (a part of
// corpusIndexesSQL, whose statements skip an index that exists).
var eventMembersIndexesSQL = indexesOf("event_members")

// optimizeIndex merges the full-text index into one b-tree segment.
const optimizeIndex = "INSERT INTO sentence_fts(sentence_fts) VALUES ('optimize')"

// changes is what an incremental build changed, for the query tables to
// be updated in place (see prepareQueries): nil means everything.
type changes struct {
	freshEntities, staleEntities []int64
	freshEvents, staleEvents     []int64
	goneArticles, newArticles    []int64
	words                        map[string]bool // plain words of sentences that left the index
	goneSentences                []int64         // left the index (replaced, removed, or now furniture)
	newSentences                 []indexedSentence
}

// aggregateVersion names the behaviour of the corpus-wide steps (entity
// clustering, event merging, profiles). Change it with them: a knowledge
// base built by another version is aggregated afresh at its next build,
// even when no article changed.
const aggregateVersion = "2026-11-26.89"

// corpusTables are the tables aggregate owns.
var corpusTables = []string{"entities", "entity_members", "entity_profiles", "entity_roles", "aliases",
	"events", "event_members", "event_entities"}

type articleName struct {
	article int64
	name    string
}

// digest builds a row's sig from its fields. Each field is written
// through buf, which is reused: every entity and event of the corpus is
// digested on every build.
type digest struct {
	h   hash.Hash
	buf []byte
}

func newDigest() *digest { return &digest{h: fnv.New128a(), buf: make([]byte, 0, 64)} }

// reset empties the digest for the next row.
func (d *digest) reset() *digest {
	d.h.Reset()
	return d
}

func (d *digest) add(vals ...any) *digest {
	for _, v := range vals {
		b := d.buf[:0]
		switch x := v.(type) {
		case string:
			b = append(b, x...)
		case int:
			b = strconv.AppendInt(b, int64(x), 10)
		case int64:
			b = strconv.AppendInt(b, x, 10)
		case bool:
			b = strconv.AppendBool(b, x)
		default:
			b = fmt.Append(b, x)
		}
		d.buf = append(b, 0)
		d.h.Write(d.buf)
	}
	return d
}

func (d *digest) sum() string { return hex.EncodeToString(d.h.Sum(nil)) }

// previousRows are the ids of a corpus table's rows by digest, as the
// previous build left them (see reuse), and the largest id in use.
type previousRows struct {
	bySig map[string][]int64
	maxID int64
}

// readPrevious reads the ids and digests of table's rows.
func readPrevious(ctx context.Context, tx *sql.Tx, table string) (*previousRows, error) {
	p, err := readPacked(ctx, tx, packQuery("FROM "+table, "#id", "sig"))
	if err != nil {
		return nil, err
	}
	prev := &previousRows{bySig: map[string][]int64{}}
	for p.more() {
		id, sig := p.num(), p.text()
		prev.bySig[sig] = append(prev.bySig[sig], id)
		prev.maxID = max(prev.maxID, id)
	}
	if p.err != nil {
		return nil, p.err
	}
	return prev, nil
}

// reuse matches recomputed rows to the previous build's (prev, which it
// uses up) by digest. It returns each new row's id (kept or fresh, fresh
// ones above every id in use), which rows are fresh, and the previous ids
// no row kept.
func reuse(prev *previousRows, sigs []string) (ids []int64, fresh []int, stale []int64) {
	old, maxID := prev.bySig, prev.maxID
	ids = make([]int64, len(sigs))
	for i, s := range sigs {
		if l := old[s]; len(l) > 0 && s != "" {
			ids[i], old[s] = l[0], l[1:]
			continue
		}
		maxID++
		ids[i] = maxID
		fresh = append(fresh, i)
	}
	for _, l := range old {
		stale = append(stale, l...)
	}
	return ids, fresh, stale
}

// deleteIDs deletes the rows of each "table column" whose column is one
// of ids.
func deleteIDs(ctx context.Context, tx *sql.Tx, ids []int64, tableCols ...[2]string) error {
	if len(ids) == 0 {
		return nil
	}
	js, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	for _, tc := range tableCols {
		q := fmt.Sprintf("DELETE FROM %s WHERE %s IN (SELECT value FROM json_each(?))", tc[0], tc[1])
		if _, err := tx.ExecContext(ctx, q, string(js)); err != nil {
			return fmt.Errorf("delete stale %s: %w", tc[0], err)
		}
	}
	return nil
}
