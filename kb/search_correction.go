package kb

import (
	"context"
	"database/sql"
	"regexp"
	"slices"
)

// A correction note ("Correction, 5 March: An earlier version of this
// article said that X was 29.") tells what was wrong; the sentences after
// it in its paragraph give the correction ("She was 27."). A search the
// note matches is answered by the whole note.

// correctionOpening matches the opening of a correction note: the word
// "Correction" or "Clarification" set off by a comma, a colon or a date
// in brackets, or a sentence on an earlier version of the article, named
// ("An earlier version of this story said") or not ("An earlier version
// misstated the date"; see earlierVersionSaid).
var correctionOpening = regexp.MustCompile(`^(?i:(?:correction|clarification)s?\s*[,:(–—-]|an? (?:earlier|previous) version (?:of this (?:article|story|report)|` + earlierVersionSaid + `))`)

// earlierVersionSaid is what a correction note says an earlier version
// did, when it leaves "of this article" out: a verb of reporting or of
// getting something wrong, perhaps after "incorrectly". An earlier
// version of anything else ("An earlier version of the bill said") names
// it, and is news.
const earlierVersionSaid = `(?:(?:incorrectly|wrongly|mistakenly|erroneously) )?(?:mis(?:reported|stated|spelled|spelt|identified|named|quoted|attributed|described|characteri[sz]ed)|said|stated|reported|gave|described|referred|named|called|listed|quoted|attributed|identified|omitted)\b`

// noteSentences is how many sentences after a correction note's first
// its hit runs on to.
const noteSentences = 2

// correctionNote returns the hit of a correction note's first sentence
// run on to the sentences after it in its paragraph (up to
// noteSentences, none boilerplate), and whether it is one.
func (s *Store) correctionNote(ctx context.Context, h SearchHit) (SearchHit, bool, error) {
	if !correctionOpening.MatchString(h.Text) {
		return h, false, nil
	}
	rows, err := s.query(ctx, `SELECT n.end, n.para, n.boilerplate, h.para, a.id
		FROM articles a JOIN sentences h ON h.article = a.id AND h.start = ?
		JOIN sentences n ON n.article = a.id AND n.start > h.start
		WHERE a.ext_id = ? ORDER BY n.start LIMIT ?`, h.Start, h.Article.ID, noteSentences)
	type next struct {
		end, para, note, article int64
		boilerplate              bool
	}
	ns, err := collect(rows, err, func(r *sql.Rows) (next, error) {
		var n next
		err := r.Scan(&n.end, &n.para, &n.boilerplate, &n.note, &n.article)
		return n, err
	})
	if err != nil {
		return h, false, err
	}
	end := int64(-1)
	for _, n := range ns {
		if n.para != n.note || n.boilerplate {
			break
		}
		end = n.end
	}
	if end < 0 {
		return h, false, nil
	}
	var text string
	if err := s.queryRow(ctx, "SELECT CAST(substr(CAST(text AS BLOB), ? + 1, ? - ?) AS TEXT) FROM articles WHERE id = ?",
		h.Start, end, h.Start, ns[0].article).Scan(&text); err != nil {
		return h, false, err
	}
	h.End, h.Text = int(end), text
	return h, true, nil
}

// noteArticles returns the ids of the articles with a sentence that may
// open a correction note (one of the words correctionOpening opens with),
// read once from the search index: a hit in any other article is no
// part of a note, and needs no look at the sentences before it.
func (s *Store) noteArticles(ctx context.Context) (map[string]bool, error) {
	s.notesOnce.Do(func() {
		rows, err := s.query(ctx, `SELECT DISTINCT a.ext_id
			FROM sentence_fts f JOIN sentences st ON st.id = f.rowid JOIN articles a ON a.id = st.article
			WHERE sentence_fts MATCH '"correction" OR "corrections" OR "clarification" OR "clarifications" OR "earlier version" OR "previous version"'`)
		ids, err := collect(rows, err, func(r *sql.Rows) (string, error) {
			var id string
			err := r.Scan(&id)
			return id, err
		})
		s.notes, s.notesErr = make(map[string]bool, len(ids)), err
		for _, id := range ids {
			s.notes[id] = true
		}
	})
	return s.notes, s.notesErr
}

// noteOf returns the hit of the correction note a hit on one of its
// later sentences belongs to ("She was 27." under "Correction: … said
// she was 29."): the note opening up to noteSentences sentences before
// it in its paragraph, run on as correctionNote runs it, and whether
// there is one holding the hit.
func (s *Store) noteOf(ctx context.Context, h SearchHit) (SearchHit, bool, error) {
	notes, err := s.noteArticles(ctx)
	if err != nil || !notes[h.Article.ID] {
		return h, false, err
	}
	rows, err := s.query(ctx, `SELECT p.start, p.end, p.para, p.boilerplate, h.para,
			CAST(substr(CAST(a.text AS BLOB), p.start + 1, p.end - p.start) AS TEXT)
		FROM articles a JOIN sentences h ON h.article = a.id AND h.start = ?
		JOIN sentences p ON p.article = a.id AND p.start < h.start
		WHERE a.ext_id = ? ORDER BY p.start DESC LIMIT ?`, h.Start, h.Article.ID, noteSentences)
	type prev struct {
		start, end, para, hit int64
		boilerplate           bool
		text                  string
	}
	ps, err := collect(rows, err, func(r *sql.Rows) (prev, error) {
		var p prev
		err := r.Scan(&p.start, &p.end, &p.para, &p.boilerplate, &p.hit, &p.text)
		return p, err
	})
	if err != nil {
		return h, false, err
	}
	for _, p := range ps {
		if p.para != p.hit || p.boilerplate {
			break
		}
		if !correctionOpening.MatchString(p.text) {
			continue
		}
		o := h
		o.Start, o.End, o.Text = int(p.start), int(p.end), p.text
		run, ok, err := s.correctionNote(ctx, o)
		if err != nil || !ok || run.End < h.End {
			return h, false, err
		}
		return run, true, nil
	}
	return h, false, nil
}

// firstOfEachRun drops a hit the same as an earlier one: two hits of
// one correction note are both run on to the whole note.
func firstOfEachRun(hits []SearchHit) []SearchHit {
	type at struct {
		article    string
		start, end int
	}
	seen := map[at]bool{}
	return slices.DeleteFunc(hits, func(h SearchHit) bool {
		k := at{h.Article.ID, h.Start, h.End}
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
}
