package kb

import (
	"context"
	"database/sql"
	"regexp"
)

// A correction note ("Correction, 5 March: An earlier version of this
// article said that X was 29.") tells what was wrong; the sentences after
// it in its paragraph give the correction ("She was 27."). A search the
// note matches is answered by the whole note.

// correctionOpening matches the opening of a correction note: the word
// "Correction" or "Clarification" set off by a comma, a colon or a date
// in brackets, or a sentence on an earlier version of the article.
var correctionOpening = regexp.MustCompile(`^(?i:(?:correction|clarification)s?\s*[,:(–—-]|an? (?:earlier|previous) version of this (?:article|story|report))`)

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
