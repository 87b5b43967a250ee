package kb

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/events"
	"newsbot/extract/identity"
)

// aggregate recomputes the corpus tables from the per-article ones: one
// entity per real person, organisation or place across articles, and one
// timeline event per real event across outlets.
func aggregate(ctx context.Context, db *sql.DB, rep *Report) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, t := range []string{"entities", "entity_members", "entity_profiles", "entity_roles", "aliases", "events", "event_members", "event_entities"} {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
			return fmt.Errorf("clear %s: %w", t, err)
		}
	}
	if _, err := markFurniture(ctx, tx); err != nil {
		return fmt.Errorf("mark site furniture: %w", err)
	}
	evs, err := loadEvents(ctx, tx)
	if err != nil {
		return err
	}
	// Merging events needs no entity, only their names: it runs on a
	// second core while the entities are clustered and written.
	merged := make(chan [][]events.Ref, 1)
	go func() { merged <- events.Merge(evs.refs) }()
	docEntity, err := aggregateEntities(ctx, tx, rep)
	groups := <-merged
	if err != nil {
		return err
	}
	if err := writeEvents(ctx, tx, evs, groups, docEntity, rep); err != nil {
		return err
	}
	return tx.Commit()
}

type docEntityRow struct {
	id, article              int64
	extID, source, published string
}

// aggregateEntities clusters the per-article entities and returns, for
// each (article, name), the corpus entity it belongs to.
func aggregateEntities(ctx context.Context, tx *sql.Tx, rep *Report) (map[articleName]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT d.id, d.article, d.name, d.type, d.surfaces, d.mentions, a.ext_id, a.source, a.published
		FROM doc_entities d JOIN articles a ON a.id = d.article ORDER BY d.id`)
	if err != nil {
		return nil, err
	}
	var ins []identity.DocEntity
	var meta []docEntityRow
	for rows.Next() {
		var de identity.DocEntity
		var r docEntityRow
		var typ, surfaces string
		if err := rows.Scan(&r.id, &r.article, &de.Name, &typ, &surfaces, &de.Mentions, &r.extID, &r.source, &r.published); err != nil {
			rows.Close()
			return nil, err
		}
		de.Article = fmt.Sprint(r.article)
		de.Source = r.source
		de.Type = doc.EntityType(typ)
		de.Surfaces = strings.Split(surfaces, sep)
		ins = append(ins, de)
		meta = append(meta, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	quotesBy, err := quoteCounts(ctx, tx)
	if err != nil {
		return nil, err
	}
	clusters := identity.Cluster(ins)
	insEnt := newBulk(tx, "entities", "id", "name", "type", "articles", "outlets", "first", "last", "quotes")
	insMem := newBulk(tx, "entity_members", "doc_entity", "entity")
	insAlias := newBulk(tx, "aliases", "entity", "alias", "key", "last")
	byName := map[articleName]int64{}
	members := make([]memberRow, 0, len(ins))
	names := make(map[int64]string, len(clusters))
	for i, c := range clusters {
		id := int64(i + 1)
		articles, outlets := map[int64]bool{}, map[string]bool{}
		first, last, quotes := "", "", 0
		for _, m := range c.Members {
			r := meta[m]
			articles[r.article] = true
			outlets[strings.ToLower(r.source)] = true
			if r.published != "" && (first == "" || r.published < first) {
				first = r.published
			}
			if r.published > last {
				last = r.published
			}
			quotes += quotesBy[r.id]
			byName[articleName{r.article, ins[m].Name}] = id
			members = append(members, memberRow{doc: r.id, article: r.article, entity: id, extID: r.extID, source: r.source,
				pub: r.published, mentions: ins[m].Mentions, person: c.Type == doc.Person})
			if err := insMem.add(ctx, r.id, id); err != nil {
				return nil, err
			}
		}
		names[id] = c.Name
		if err := insEnt.add(ctx, id, c.Name, string(c.Type), len(articles), len(outlets), first, last, quotes); err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		for _, al := range append([]string{c.Name}, c.Aliases...) {
			if seen[al] {
				continue
			}
			seen[al] = true
			if err := insAlias.add(ctx, id, al, identity.Key(al), identity.SurnameKey(al)); err != nil {
				return nil, err
			}
		}
		switch c.Type {
		case doc.Person:
			rep.People++
		case doc.Org:
			rep.Orgs++
		case doc.Place:
			rep.Places++
		}
		rep.Quotes += quotes
	}
	for _, b := range []*bulk{insEnt, insMem, insAlias} {
		if err := b.flush(ctx); err != nil {
			return nil, err
		}
	}
	if err := writeProfiles(ctx, tx, members, names); err != nil {
		return nil, fmt.Errorf("entity profiles: %w", err)
	}
	if _, err := tx.ExecContext(ctx, rankRolesSQL); err != nil {
		return nil, fmt.Errorf("rank roles: %w", err)
	}
	return byName, nil
}

type articleName struct {
	article int64
	name    string
}

func quoteCounts(ctx context.Context, tx *sql.Tx) (map[int64]int, error) {
	rows, err := tx.QueryContext(ctx, "SELECT doc_entity, count(*) FROM quotes WHERE doc_entity IS NOT NULL GROUP BY doc_entity")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		out[id] = n
	}
	return out, rows.Err()
}

// docEvents are the per-article events, in row order; Ref.Article is
// the index into the slices.
type docEvents struct {
	refs   []events.Ref
	ids    []int64
	arts   []int64
	extIDs []string
}

// loadEvents reads the per-article events for merging.
func loadEvents(ctx context.Context, tx *sql.Tx) (*docEvents, error) {
	rows, err := tx.QueryContext(ctx, `SELECT e.id, e.article, e.date, e.precision, e.planned, e.start, e.end, e.tstart, e.tend,
		e.entities, e.words, a.published, a.source, a.ext_id FROM doc_events e JOIN articles a ON a.id = e.article ORDER BY e.id`)
	if err != nil {
		return nil, err
	}
	var refs []events.Ref
	var ids []int64
	var arts []int64
	var extIDs []string
	for rows.Next() {
		var id, art int64
		var extID string
		var ev events.Event
		var ents, words string
		var r events.Ref
		if err := rows.Scan(&id, &art, &ev.Date, &ev.Precision, &ev.Planned, &ev.Summary.Start, &ev.Summary.End,
			&ev.Time.Start, &ev.Time.End, &ents, &words, &r.Published, &r.Source, &extID); err != nil {
			rows.Close()
			return nil, err
		}
		if ents != "" {
			ev.Entities = strings.Split(ents, sep)
		}
		ev.Words = strings.Fields(words)
		r.Article = strconv.Itoa(len(refs)) // an index into ids and arts
		r.Event = ev
		refs = append(refs, r)
		ids = append(ids, id)
		arts = append(arts, art)
		extIDs = append(extIDs, extID)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return &docEvents{refs: refs, ids: ids, arts: arts, extIDs: extIDs}, nil
}

// writeEvents stores the merged events as timeline rows.
func writeEvents(ctx context.Context, tx *sql.Tx, evs *docEvents, groups [][]events.Ref, byName map[articleName]int64, rep *Report) error {
	refs, ids, arts, extIDs := evs.refs, evs.ids, evs.arts, evs.extIDs
	insEv := newBulk(tx, "events", "id", "date", "precision", "planned", "lead", "reports")
	insMem := newBulk(tx, "event_members", "event", "doc_event", "rank")
	insEnt := newBulk(tx, "event_entities", "event", "entity")
	for gi, g := range groups {
		if len(g) == 0 {
			continue
		}
		id := int64(gi + 1)
		idx := make([]int, len(g))
		for i, r := range g {
			idx[i], _ = strconv.Atoi(r.Article)
		}
		sort.Ints(idx)
		// The group is dated by its most precise report: "on 24 February
		// 2022" rather than another outlet's "in 2022".
		lead := idx[0]
		for _, i := range idx[1:] {
			if precisionRank[refs[i].Event.Precision] > precisionRank[refs[lead].Event.Precision] {
				lead = i
			}
		}
		planned := true
		for _, i := range idx {
			planned = planned && refs[i].Event.Planned
		}
		ev := refs[lead].Event
		reporting := map[int64]bool{}
		for _, i := range idx {
			reporting[arts[i]] = true
		}
		if err := insEv.add(ctx, id, ev.Date, ev.Precision, planned, ids[lead], len(reporting)); err != nil {
			return err
		}
		// rank orders the reports as a timeline row cites them: the lead
		// first, then the earliest articles, so that a query reads only
		// the first few of an event reported thousands of times.
		byRank := append([]int(nil), idx...)
		sort.SliceStable(byRank, func(a, b int) bool {
			i, j := byRank[a], byRank[b]
			if (i == lead) != (j == lead) {
				return i == lead
			}
			if refs[i].Published != refs[j].Published {
				return refs[i].Published < refs[j].Published
			}
			return extIDs[i] < extIDs[j]
		})
		rank := make(map[int]int, len(byRank))
		for r, i := range byRank {
			rank[i] = r
		}
		ents := map[int64]bool{}
		for _, i := range idx {
			if err := insMem.add(ctx, id, ids[i], rank[i]); err != nil {
				return err
			}
			for _, name := range refs[i].Event.Entities {
				if e, ok := byName[articleName{arts[i], name}]; ok && !ents[e] {
					ents[e] = true
					if err := insEnt.add(ctx, id, e); err != nil {
						return err
					}
				}
			}
		}
		rep.Events++
	}
	for _, b := range []*bulk{insEv, insMem, insEnt} {
		if err := b.flush(ctx); err != nil {
			return err
		}
	}
	return nil
}

var precisionRank = map[string]int{"year": 1, "month": 2, "day": 3}

// rankRolesSQL groups every entity's role mentions by their normalised
// form, counting outlets and articles and keeping the newest wording and
// its citation.
const rankRolesSQL = `INSERT INTO entity_roles(entity, norm, text, evidence, outlets, articles)
	WITH h AS (
		SELECT m.entity, r.rowid AS rid, r.norm, r.text, lower(a.source) AS outlet, a.id AS art,
			row_number() OVER (PARTITION BY m.entity, r.norm ORDER BY a.published DESC, a.ext_id, r.start) AS rn
		FROM roles r JOIN entity_members m ON m.doc_entity = r.doc_entity
		JOIN doc_entities d ON d.id = r.doc_entity JOIN articles a ON a.id = d.article)
	SELECT entity, norm, max(CASE WHEN rn = 1 THEN text END), max(CASE WHEN rn = 1 THEN rid END),
		count(DISTINCT outlet), count(DISTINCT art)
	FROM h GROUP BY entity, norm`
