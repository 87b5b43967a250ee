package kb

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
)

// inClockOrder puts the rows of one day that one article dates by their
// times of day in the order of those times, each in the place of one of
// them: a live blog, newest entry first, reads "13:30", "14:05", "15:12"
// on the timeline. Rows of other articles and rows with no time keep
// their places.
func (s *Store) inClockOrder(ctx context.Context, heads []eventHead) ([]eventHead, error) {
	ids := sharedDays(heads)
	if len(ids) < 2 {
		return heads, nil
	}
	js, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("clock order: %w", err)
	}
	// The clock is the stamp that heads the lead report's entry ("16:40
	// BST" before "Health Minister … has just spoken"), read from the
	// bytes just before it, or else the time of day that dates it.
	rows, err := s.query(ctx, `SELECT ev.id, d.article, coalesce(t.value, ''),
			CAST(substr(CAST(a.text AS BLOB), max(1, d.start - ?), min(d.start, ?)) AS TEXT)
		FROM events ev
		JOIN doc_events d ON d.id = ev.lead
		JOIN articles a ON a.id = d.article
		LEFT JOIN times t ON t.article = d.article AND t.start = d.tstart AND t.type = 'TIME'
			AND t.value GLOB '????-??-??T[0-2][0-9]:[0-5][0-9]*'
		WHERE ev.id IN (SELECT value FROM json_each(?))`, stampReach-1, stampReach, string(js))
	type lead struct {
		event, article int64
		time, before   string
	}
	leads, err := collect(rows, err, func(r *sql.Rows) (lead, error) {
		var l lead
		err := r.Scan(&l.event, &l.article, &l.time, &l.before)
		return l, err
	})
	if err != nil {
		return nil, fmt.Errorf("clock order: %w", err)
	}
	clocks := map[int64]clocked{}
	for _, l := range leads {
		if hm, ok := entryStamp(l.before); ok {
			clocks[l.event] = clocked{l.article, hm}
		} else if len(l.time) >= len("2006-01-02T15:04") {
			clocks[l.event] = clocked{l.article, l.time[len("2006-01-02"):len("2006-01-02T15:04")]}
		}
	}
	return byClock(heads, clocks), nil
}

// clocked is the article of a row's lead report and the time of day that
// dates it or heads its entry ("T16:40"); a part of the day
// ("2026-11-21TNI") gives no order.
type clocked struct {
	article int64
	value   string
}

// sharedDays returns the rows dated to a day that another row led by the
// same article shares.
func sharedDays(heads []eventHead) []int64 {
	type dayArticle struct {
		date    string
		article int64
	}
	count := map[dayArticle]int{}
	for i, h := range heads {
		if h.row.Precision == "day" && (i > 0 && heads[i-1].row.Date == h.row.Date || i+1 < len(heads) && heads[i+1].row.Date == h.row.Date) {
			count[dayArticle{h.row.Date, h.article}]++
		}
	}
	var ids []int64
	for _, h := range heads {
		if h.row.Precision == "day" && count[dayArticle{h.row.Date, h.article}] > 1 {
			ids = append(ids, h.id)
		}
	}
	return ids
}

// byClock reorders, within each day, the rows of one article with a time
// of day among the places they hold, earliest first.
func byClock(heads []eventHead, clocks map[int64]clocked) []eventHead {
	out := slices.Clone(heads)
	for start := 0; start < len(heads); {
		end := start + 1
		for end < len(heads) && heads[end].row.Date == heads[start].row.Date {
			end++
		}
		places := map[int64][]int{} // article -> places of its timed rows
		for i := start; i < end; i++ {
			if c, ok := clocks[heads[i].id]; ok {
				places[c.article] = append(places[c.article], i)
			}
		}
		for _, at := range places {
			timed := make([]eventHead, len(at))
			for k, i := range at {
				timed[k] = heads[i]
			}
			slices.SortStableFunc(timed, func(a, b eventHead) int { return cmp.Compare(clocks[a.id].value, clocks[b.id].value) })
			for k, i := range at {
				out[i] = timed[k]
			}
		}
		start = end
	}
	return out
}

// stampReach is how many bytes before a report its entry's stamp may
// begin: "23:59 CEST – ".
const stampReach = 24

// stampAtEnd matches a live blog's entry stamp ending the text before a
// report: a time of day opening a line, a zone or am/pm, a separator.
var stampAtEnd = regexp.MustCompile(`(?:^|\n)[ \t]*([01]?[0-9]|2[0-3])[:.]([0-5][0-9])(?:[ \t]*(?:([ap])\.?m\.?|[A-Z]{2,5}))?[ \t]*[-–—:|]?[ \t]*$`)

// entryStamp returns the time of day ("T09:14") of the stamp that heads a
// live blog's entry, from the text just before the entry's report.
func entryStamp(before string) (string, bool) {
	m := stampAtEnd.FindStringSubmatch(before)
	if m == nil {
		return "", false
	}
	h := 0
	for _, d := range m[1] {
		h = 10*h + int(d-'0')
	}
	if m[3] == "p" && h < 12 {
		h += 12 // "4.30pm"
	}
	return fmt.Sprintf("T%02d:%s", h, m[2]), true
}
