package kb

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
)

// TimelineQuery selects timeline rows. Zero fields do not filter.
type TimelineQuery struct {
	Entity int64  // events involving this entity
	Topic  string // events whose summary sentence matches these words
	From   string // ISO date prefix, inclusive: 2025, 2025-11, 2025-11-30
	To     string // inclusive, at its own precision
	Limit  int
	// Sources caps the reports cited per event (MaxEventSources when 0).
	Sources int
}

// TimelineRow is one event, merged across the outlets reporting it.
type TimelineRow struct {
	Date, Precision string
	Planned         bool
	Summary         string
	Sources         []Snippet // the summary span in the first reporting articles, at most MaxEventSources
	Reports         int       // articles reporting the event, cited or not
	Entities        []string
}

// MaxEventSources bounds the articles one timeline row cites: a date that
// thousands of articles mention ("in 1986") merges into one event, and
// citing them all would make the answer grow with the archive.
const MaxEventSources = 20

// Timeline lists events in date order.
func (s *Store) Timeline(ctx context.Context, q TimelineQuery) ([]TimelineRow, error) {
	var conds []string
	var args []any
	if q.Entity != 0 {
		conds = append(conds, "ev.id IN (SELECT event FROM event_entities WHERE entity = ?)")
		args = append(args, q.Entity)
	}
	if q.Topic != "" {
		ids, err := s.matchSentences(ctx, q.Topic, 5000)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			return nil, nil
		}
		js, _ := json.Marshal(ids)
		conds = append(conds, `ev.id IN (SELECT em.event FROM sentences st
			JOIN doc_events d ON d.article = st.article AND d.start >= st.start AND d.start < st.end
			JOIN event_members em ON em.doc_event = d.id WHERE st.id IN (SELECT value FROM json_each(?)))`)
		args = append(args, string(js))
	}
	if q.From != "" {
		conds = append(conds, "substr(ev.date, 1, ?) >= ?")
		args = append(args, len(q.From), q.From)
	}
	if q.To != "" {
		conds = append(conds, "substr(ev.date, 1, ?) <= ?")
		args = append(args, len(q.To), q.To)
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	if q.Limit <= 0 {
		q.Limit = 1000
	}
	args = append(args, q.Limit)
	// The events are chosen and ordered first; only the chosen ones have
	// their summaries cut out of the article texts.
	rows, err := s.db.QueryContext(ctx, `WITH sel AS (SELECT ev.id, ev.date, ev.precision, ev.planned, ev.reports, ev.lead
			FROM events ev `+where+` ORDER BY ev.date, ev.reports DESC, ev.id LIMIT ?)
		SELECT sel.id, sel.date, sel.precision, sel.planned, sel.reports,
		CAST(substr(CAST(a.text AS BLOB), d.start + 1, d.end - d.start) AS TEXT)
		FROM sel JOIN doc_events d ON d.id = sel.lead JOIN articles a ON a.id = d.article
		ORDER BY sel.date, sel.reports DESC, sel.id`, args...)
	type head struct {
		id  int64
		row TimelineRow
	}
	heads, err := collect(rows, err, func(r *sql.Rows) (head, error) {
		var h head
		err := r.Scan(&h.id, &h.row.Date, &h.row.Precision, &h.row.Planned, &h.row.Reports, &h.row.Summary)
		return h, err
	})
	if err != nil {
		return nil, err
	}
	maxSources := q.Sources
	if maxSources <= 0 || maxSources > MaxEventSources {
		maxSources = MaxEventSources
	}
	// The sources and entities of all the events come in two queries, not
	// two per event: a busy name has hundreds of events.
	ids := make([]int64, len(heads))
	pos := make(map[int64]int, len(heads))
	out := make([]TimelineRow, len(heads))
	for i, h := range heads {
		ids[i], pos[h.id], out[i] = h.id, i, h.row
	}
	js, _ := json.Marshal(ids)
	// The reports are ranked at build time (lead first, then by date);
	// twice the cap leaves room for articles reporting an event twice,
	// which are cited once.
	rows, err = s.db.QueryContext(ctx, `SELECT em.event, `+snippetCols("d.start", "d.end")+`
		FROM json_each(?) j JOIN event_members em ON em.event = j.value AND em.rank < ?
		JOIN doc_events d ON d.id = em.doc_event JOIN articles a ON a.id = d.article
		ORDER BY em.event, em.rank`, string(js), 2*maxSources)
	type source struct {
		event int64
		sn    Snippet
	}
	srcs, err := collect(rows, err, func(r *sql.Rows) (source, error) {
		var v source
		sn, err := scanSnippetAfter(r, &v.event)
		v.sn = sn
		return v, err
	})
	if err != nil {
		return nil, err
	}
	for _, v := range srcs {
		row := &out[pos[v.event]]
		row.Sources = append(row.Sources, v.sn)
	}
	for i := range out {
		out[i].Sources = onePerArticle(out[i].Sources)
		if len(out[i].Sources) > maxSources {
			out[i].Sources = out[i].Sources[:maxSources]
		}
	}
	rows, err = s.db.QueryContext(ctx, `SELECT ee.event, e.name FROM json_each(?) j JOIN event_entities ee ON ee.event = j.value
		JOIN entities e ON e.id = ee.entity ORDER BY ee.event, e.articles DESC, e.name`, string(js))
	type named struct {
		event int64
		name  string
	}
	names, err := collect(rows, err, func(r *sql.Rows) (named, error) {
		var v named
		err := r.Scan(&v.event, &v.name)
		return v, err
	})
	if err != nil {
		return nil, err
	}
	for _, v := range names {
		row := &out[pos[v.event]]
		row.Entities = append(row.Entities, v.name)
	}
	return out, nil
}

// onePerArticle keeps the first snippet of each article: an event cites
// every outlet that reports it, each once.
func onePerArticle(sns []Snippet) []Snippet {
	seen := map[string]bool{}
	out := sns[:0]
	for _, sn := range sns {
		if !seen[sn.Article.ID] {
			seen[sn.Article.ID] = true
			out = append(out, sn)
		}
	}
	return out
}
