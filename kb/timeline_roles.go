package kb

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// A person's timeline also holds the reports of their articles that call
// them by their title alone: in a story of "Governor Margarethe von
// Stauffenberg-Lind", "The governor will appear before the committee on
// Tuesday" is her news, though the build records no one in it. Only the
// person's newest articles count (the profile's, recentArticles of them),
// and only a title no one else of the article holds. A timeline already
// full of the reports naming the person takes none, which spares the
// busiest names the look-up.

// titledEvents returns the events, with their summaries' openings, of the
// articles among the doc_entities recent (a JSON list) in which that
// mention's title is held by no other name, with the title.
const titledEvents = `WITH mine AS (
		SELECT DISTINCT de.article, r.norm FROM json_each(?) j
		JOIN doc_entities de ON de.id = j.value
		JOIN roles r ON r.doc_entity = de.id
		WHERE r.clause = 0 AND NOT EXISTS (SELECT 1 FROM doc_entities o JOIN roles ro ON ro.doc_entity = o.id
			WHERE o.article = de.article AND o.id <> de.id AND ro.norm = r.norm))
	SELECT em.event, m.norm, CAST(substr(CAST(a.text AS BLOB), d.start + 1, min(d.end - d.start, ?)) AS TEXT)
	FROM mine m JOIN doc_events d ON d.article = m.article
	JOIN articles a ON a.id = d.article
	JOIN event_members em ON em.doc_event = d.id`

// maxTitleLen bounds the title a report may open with.
const maxTitleLen = 60

// withTitledHeads adds to the heads of the entity q.Entity's timeline the
// events of its articles told of it by its title alone, in timeline
// order, at most q.Limit in all.
func (s *Store) withTitledHeads(ctx context.Context, q TimelineQuery, prepared bool, heads []eventHead) ([]eventHead, error) {
	ids, err := s.titledEventIDs(ctx, q.Entity)
	if err != nil || len(ids) == 0 {
		return heads, err
	}
	ids = slices.DeleteFunc(ids, func(id int64) bool {
		return slices.ContainsFunc(heads, func(h eventHead) bool { return h.id == id })
	})
	if len(ids) == 0 {
		return heads, nil
	}
	js, _ := json.Marshal(ids)
	conds, args := rangeConds("ev.date", "ev.week", q.From, q.To)
	conds, args = append([]string{"ev.id IN (SELECT value FROM json_each(?))"}, conds...), append([]any{string(js)}, args...)
	if q.Month > 0 {
		conds, args = append(conds, "substr(ev.date, 6, 2) = ?"), append(args, fmt.Sprintf("%02d", q.Month))
	}
	rows, err := s.query(ctx, `SELECT `+headCols(prepared)+` FROM events ev`+leadJoin+` WHERE `+strings.Join(conds, " AND "), args...)
	more, err := collect(rows, err, scanHead)
	if err != nil {
		return nil, fmt.Errorf("read events told by title: %w", err)
	}
	heads = append(heads, more...)
	slices.SortStableFunc(heads, headOrder)
	return heads[:min(len(heads), q.Limit)], nil
}

// headOrder is timeline order: by date, the more widely reported first,
// then by leadOrder.
func headOrder(a, b eventHead) int {
	return cmp.Or(strings.Compare(a.row.Date, b.row.Date), b.row.Reports-a.row.Reports,
		strings.Compare(a.order, b.order), cmp.Compare(a.id, b.id))
}

// titledEventIDs returns the events of a person's newest articles whose
// report opens with their title: "The governor …"; none for an entity
// that is no person.
func (s *Store) titledEventIDs(ctx context.Context, entity int64) ([]int64, error) {
	var recent string
	err := s.queryRow(ctx, `SELECT p.recent FROM entity_profiles p JOIN entities e ON e.id = p.entity
		WHERE p.entity = ? AND e.type = 'PERSON'`, entity).Scan(&recent)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the newest mentions of %d: %w", entity, err)
	}
	type report struct {
		event          int64
		title, opening string
	}
	rows, err := s.query(ctx, titledEvents, recent, len("The ")+maxTitleLen+1)
	reports, err := collect(rows, err, func(r *sql.Rows) (report, error) {
		var v report
		err := r.Scan(&v.event, &v.title, &v.opening)
		return v, err
	})
	if err != nil {
		return nil, fmt.Errorf("read the reports of titles of %d: %w", entity, err)
	}
	var ids []int64
	for _, r := range reports {
		if opensWithTitle(r.opening, r.title) && !slices.Contains(ids, r.event) {
			ids = append(ids, r.event)
		}
	}
	return ids, nil
}

// opensWithTitle reports whether a report's opening is "The" and the
// title, as a whole word: "The governor will", not "The governorship",
// "The governor's office" or "The governor of another state".
func opensWithTitle(opening, title string) bool {
	p := "the " + strings.ToLower(title)
	if title == "" || len(opening) <= len(p) || !strings.EqualFold(opening[:len(p)], p) {
		return false
	}
	rest := opening[len(p):]
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, " of ")
}
