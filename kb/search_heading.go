package kb

import (
	"context"
	"database/sql"
	"slices"
	"strings"
)

// An explainer asks its questions as headings ("Am I affected?") and
// answers each in the paragraph under it. A search the heading matches
// is answered by the answer, not by the question alone: the hit runs on
// to the first sentence under it.

// shortAnswer is the length under which an answer runs on to the next
// sentence of its paragraph: "Possibly." says little without the
// sentence after it.
const shortAnswer = 40

// headingAnswer returns the hit of a question heading run on to the
// first sentence of the paragraph under it (and the next, while the
// answer is short), and whether it is one: a question that is a
// paragraph of its own, followed by another.
func (s *Store) headingAnswer(ctx context.Context, h SearchHit) (SearchHit, bool, error) {
	if !strings.HasSuffix(strings.TrimSpace(h.Text), "?") || isTurnQuestion(h.Text) {
		return h, false, nil
	}
	rows, err := s.query(ctx, `SELECT n.start, n.end, n.para, n.boilerplate, h.para,
			(SELECT p.para FROM sentences p WHERE p.article = a.id AND p.start < h.start ORDER BY p.start DESC LIMIT 1),
			a.id
		FROM articles a JOIN sentences h ON h.article = a.id AND h.start = ?
		JOIN sentences n ON n.article = a.id AND n.start > h.start
		WHERE a.ext_id = ? ORDER BY n.start LIMIT 3`, h.Start, h.Article.ID)
	type next struct {
		start, end, para, heading int64
		boilerplate               bool
		prev                      sql.NullInt64
		article                   int64
	}
	ns, err := collect(rows, err, func(r *sql.Rows) (next, error) {
		var n next
		err := r.Scan(&n.start, &n.end, &n.para, &n.boilerplate, &n.heading, &n.prev, &n.article)
		return n, err
	})
	if err != nil || len(ns) == 0 || ns[0].boilerplate || ns[0].para == ns[0].heading ||
		ns[0].prev.Valid && ns[0].prev.Int64 == ns[0].heading {
		return h, false, err
	}
	end := ns[0].end
	for _, n := range ns[1:] {
		if n.para != ns[0].para || n.boilerplate || end-ns[0].start >= shortAnswer {
			break
		}
		end = n.end
	}
	var text string
	if err := s.queryRow(ctx, "SELECT CAST(substr(CAST(text AS BLOB), ? + 1, ? - ?) AS TEXT) FROM articles WHERE id = ?",
		h.Start, end, h.Start, ns[0].article).Scan(&text); err != nil {
		return h, false, err
	}
	h.End, h.Text = int(end), text
	return h, true, nil
}

// answeredHeadings runs each question heading among hits on to its
// answer (headingAnswer), and a correction note on to the correction
// (correctionNote), as is a hit on a later sentence of the note
// (noteOf), and drops a later hit that answer holds.
func (s *Store) answeredHeadings(ctx context.Context, hits []SearchHit) ([]SearchHit, error) {
	var runs []SearchHit
	for i, h := range hits {
		a, ok, err := s.headingAnswer(ctx, h)
		if err == nil && !ok {
			a, ok, err = s.correctionNote(ctx, h) // "Correction, 5 May: … She was 27."
		}
		if err == nil && !ok {
			a, ok, err = s.noteOf(ctx, h) // "She was 27." under the correction
		}
		if err != nil {
			return nil, err
		}
		if ok {
			hits[i] = a
			runs = append(runs, a)
		}
	}
	if len(runs) == 0 {
		return hits, nil
	}
	return firstOfEachRun(slices.DeleteFunc(hits, func(h SearchHit) bool {
		return slices.ContainsFunc(runs, func(r SearchHit) bool {
			return r.Article.ID == h.Article.ID && r.Start < h.Start && h.End <= r.End
		})
	})), nil
}
