package kb

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// ArticleMeta describes one article.
type ArticleMeta struct {
	ID, Title, Source, URL, Published string
	// AlsoIn are the other outlets that ran the article word for word,
	// as !sources lists them.
	AlsoIn []string
}

// Snippet is a verbatim piece of an article: its bytes [Start, End).
type Snippet struct {
	Article    ArticleMeta
	Start, End int
	Text       string
}

const articleCols = "a.ext_id, a.title, a.source, a.url, a.published"

// snippetCols selects a byte range of the article text; substr counts
// bytes on a BLOB, characters on TEXT.
func snippetCols(start, end string) string {
	return fmt.Sprintf("%s, %s, %s, CAST(substr(CAST(a.text AS BLOB), %s + 1, %s - %s) AS TEXT)", articleCols, start, end, start, end, start)
}

func scanSnippet(sc interface{ Scan(...any) error }) (Snippet, error) {
	var sn Snippet
	err := sc.Scan(&sn.Article.ID, &sn.Article.Title, &sn.Article.Source, &sn.Article.URL, &sn.Article.Published, &sn.Start, &sn.End, &sn.Text)
	return sn, err
}

func collect[T any](rows *sql.Rows, err error, scan func(*sql.Rows) (T, error)) ([]T, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// Sources lists up to limit articles, newest first, each with its first
// sentence that is not boilerplate as the snippet. A filter keeps the
// articles whose outlet or title holds it (case aside for ASCII letters).
func (s *Store) Sources(ctx context.Context, filter string, limit int) ([]Snippet, error) {
	where, args := "", []any{}
	if f := strings.TrimSpace(filter); f != "" {
		// A syndicated copy's outlet finds the article it copies.
		pat := "%" + likeEscaper.Replace(f) + "%"
		where, args = `WHERE a.source LIKE ? ESCAPE '\' OR a.title LIKE ? ESCAPE '\'
			OR a.id IN (SELECT article FROM copies WHERE source LIKE ? ESCAPE '\' OR title LIKE ? ESCAPE '\')`, append(args, pat, pat, pat, pat)
	}
	rows, err := s.query(ctx, `SELECT `+snippetCols("s.start", "s.end")+`,
			coalesce((SELECT group_concat(source, char(31)) FROM (SELECT DISTINCT source FROM copies
				WHERE article = a.id AND source <> '' AND source <> a.source ORDER BY source)), '')
		FROM articles a JOIN sentences s ON s.id = (SELECT id FROM sentences WHERE article = a.id AND boilerplate = 0 ORDER BY start LIMIT 1)
		`+where+` ORDER BY a.published DESC, a.ext_id LIMIT ?`, append(args, limit)...)
	return collect(rows, err, func(r *sql.Rows) (Snippet, error) {
		var sn Snippet
		var also string
		err := r.Scan(&sn.Article.ID, &sn.Article.Title, &sn.Article.Source, &sn.Article.URL, &sn.Article.Published, &sn.Start, &sn.End, &sn.Text, &also)
		sn.Article.AlsoIn = splitList(also)
		return sn, err
	})
}

// likeEscaper makes text match itself in a LIKE pattern.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
