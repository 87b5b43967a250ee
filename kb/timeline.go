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
}

// TimelineRow is one event, merged across the outlets reporting it.
type TimelineRow struct {
	Date, Precision string
	Planned         bool
	Summary         string
	Sources         []Snippet // the summary span in each reporting article
	Entities        []string
}

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
	rows, err := s.db.QueryContext(ctx, `SELECT ev.id, ev.date, ev.precision, ev.planned,
		CAST(substr(CAST(a.text AS BLOB), d.start + 1, d.end - d.start) AS TEXT)
		FROM events ev JOIN doc_events d ON d.id = ev.lead JOIN articles a ON a.id = d.article
		`+where+` ORDER BY ev.date, (SELECT count(*) FROM event_members WHERE event = ev.id) DESC, ev.id LIMIT ?`, args...)
	type head struct {
		id  int64
		row TimelineRow
	}
	heads, err := collect(rows, err, func(r *sql.Rows) (head, error) {
		var h head
		err := r.Scan(&h.id, &h.row.Date, &h.row.Precision, &h.row.Planned, &h.row.Summary)
		return h, err
	})
	if err != nil {
		return nil, err
	}
	out := make([]TimelineRow, len(heads))
	for i, h := range heads {
		row := h.row
		rows, err := s.db.QueryContext(ctx, `SELECT `+snippetCols("d.start", "d.end")+`
			FROM event_members em JOIN doc_events d ON d.id = em.doc_event JOIN articles a ON a.id = d.article
			WHERE em.event = ? ORDER BY d.id = (SELECT lead FROM events WHERE id = ?) DESC, a.published, a.ext_id`, h.id, h.id)
		all, err := collect(rows, err, func(r *sql.Rows) (Snippet, error) { return scanSnippet(r) })
		if err != nil {
			return nil, err
		}
		row.Sources = onePerArticle(all)
		rows, err = s.db.QueryContext(ctx, `SELECT e.name FROM event_entities ee JOIN entities e ON e.id = ee.entity
			WHERE ee.event = ? ORDER BY e.articles DESC, e.name`, h.id)
		if row.Entities, err = collect(rows, err, scanString); err != nil {
			return nil, err
		}
		out[i] = row
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
