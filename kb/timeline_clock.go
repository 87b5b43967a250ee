package kb

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
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
	// The clock is the stamp that heads the lead report's entry ("16:40
	// BST" before "Health Minister … has just spoken"), read from the
	// bytes just before it, or else the time of day that dates it.
	leads, err := s.clockLeads(ctx, ids, stampReach)
	if err != nil {
		return nil, err
	}
	clocks := map[int64]clocked{}
	live := map[int64]bool{} // articles whose entries open with stamps
	for _, l := range leads {
		if hm, ok := entryStamp(l.before); ok {
			clocks[l.event] = clocked{l.article, hm}
			live[l.article] = true
		} else if len(l.time) >= len("2006-01-02T15:04") {
			clocks[l.event] = clocked{l.article, l.time[len("2006-01-02"):len("2006-01-02T15:04")]}
		}
	}
	// In a live blog, a report later in an entry ("It sent a distress
	// call" two sentences after "09:40 PHT") takes its entry's stamp, read
	// further back (see lastStamp).
	var later []int64
	for _, l := range leads {
		if _, ok := clocks[l.event]; !ok && live[l.article] {
			later = append(later, l.event)
		}
	}
	if len(later) > 0 {
		leads, err = s.clockLeads(ctx, later, stampLookback)
		if err != nil {
			return nil, err
		}
		for _, l := range leads {
			if hm, ok := lastStamp(l.before, len(l.before) == stampLookback); ok {
				clocks[l.event] = clocked{l.article, hm}
			}
		}
	}
	return byClock(heads, clocks), nil
}

// clockLead is a row's lead report: its article, the time of day that
// dates it if any, and up to reach bytes of the text before it.
type clockLead struct {
	event, article int64
	time, before   string
}

// clockLeads returns the lead reports of the rows ids.
func (s *Store) clockLeads(ctx context.Context, ids []int64, reach int) ([]clockLead, error) {
	js, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("clock order: %w", err)
	}
	rows, err := s.query(ctx, `SELECT ev.id, d.article, coalesce(t.value, ''),
			CAST(substr(CAST(a.text AS BLOB), max(1, d.start - ?), min(d.start, ?)) AS TEXT)
		FROM events ev
		JOIN doc_events d ON d.id = ev.lead
		JOIN articles a ON a.id = d.article
		LEFT JOIN times t ON t.article = d.article AND t.start = d.tstart AND t.type = 'TIME'
			AND t.value GLOB '????-??-??T[0-2][0-9]:[0-5][0-9]*'
		WHERE ev.id IN (SELECT value FROM json_each(?))`, reach-1, reach, string(js))
	leads, err := collect(rows, err, func(r *sql.Rows) (clockLead, error) {
		var l clockLead
		err := r.Scan(&l.event, &l.article, &l.time, &l.before)
		return l, err
	})
	if err != nil {
		return nil, fmt.Errorf("clock order: %w", err)
	}
	return leads, nil
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
// begin: "23:59 CEST – ", "\n10:42 a.m. AEDT\n\n".
const stampReach = 24

// stampAtEnd matches a live blog's entry stamp ending the text before a
// report: a time of day opening a line, am/pm, a zone, a separator, and
// then either the report on the same line ("18:45 PHT - The coast guard")
// or the line break of a stamp that stands on a line of its own, perhaps
// with a blank line after it ("18:45 PHT\nThe coast guard"), the commoner
// layout of the two.
var stampAtEnd = regexp.MustCompile(`(?:^|\n)[ \t]*([01]?[0-9]|2[0-3])[:.]([0-5][0-9])(?:[ \t]*([aApP])\.?[mM]\.?)?(?:[ \t]*[A-Z]{2,5})?[ \t]*[-–—:|]?[ \t]*(?:\r?\n[ \t]*){0,2}$`)

// stampLookback is how many bytes before a report the stamp of the entry
// it stands in may be: a live blog's entries are a few short paragraphs.
const stampLookback = 800

// stampLine matches a live blog's entry stamp opening a line, alone on it
// ("09:40 PHT") or before a separator and the entry ("09:40 PHT - The
// ferry left"): the layouts that no line of reporting has.
var stampLine = regexp.MustCompile(`(?m)^[ \t]*([01]?[0-9]|2[0-3])[:.]([0-5][0-9])(?:[ \t]*([aApP])\.?[mM]\.?)?(?:[ \t]*[A-Z]{2,5})?[ \t]*(?:[-–—|][ \t]*\S|\r?$)`)

// lastStamp returns the time of day of the last entry stamp in before,
// the text before a report that is not the first of its entry: "It sent a
// distress call" two sentences after "09:40 PHT" is in the 09:40 entry.
// When before is cut from a longer text, its first line is a line's tail
// ("5.30 - 6.10" of "rose from 4 to 5.30 - 6.10") and is skipped.
func lastStamp(before string, cut bool) (string, bool) {
	if cut {
		i := strings.IndexByte(before, '\n')
		if i < 0 {
			return "", false
		}
		before = before[i:]
	}
	all := stampLine.FindAllStringSubmatch(before, -1)
	if len(all) == 0 {
		return "", false
	}
	return clockOf(all[len(all)-1])
}

// entryStamp returns the time of day ("T09:14") of the stamp that heads a
// live blog's entry, from the text just before the entry's report.
func entryStamp(before string) (string, bool) {
	m := stampAtEnd.FindStringSubmatch(before)
	if m == nil {
		return "", false
	}
	return clockOf(m)
}

// clockOf returns the time of day ("T16:30") of a stamp's match: its hour,
// minutes and the first letter of am/pm.
func clockOf(m []string) (string, bool) {
	h := 0
	for _, d := range m[1] {
		h = 10*h + int(d-'0')
	}
	if (m[3] == "p" || m[3] == "P") && h < 12 {
		h += 12 // "4.30pm"
	}
	return fmt.Sprintf("T%02d:%s", h, m[2]), true
}
