package kb

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/segment"
)

// maxFurnitureLine is the longest sentence that can be site furniture; a
// longer repeated line is syndicated prose.
const maxFurnitureLine = 100

// findFurniture finds the short lines that recur across many articles
// (a site's "Most Read", a wire's sign-off), and the lines that are only
// the article's own outlet (its masthead or sign-off): site furniture,
// which markFurniture flags. It returns their sentences and lines. No
// single article shows them to be furniture, so this runs over the whole
// corpus: f has counted the lines of every article the build stores. It
// only reads. arts are the articles of the sentences found, once each.
func findFurniture(ctx context.Context, tx *sql.Tx, f *segment.Furniture) (ids []int64, lines []string, arts []int64, err error) {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM articles").Scan(&n); err != nil {
		return nil, nil, nil, err
	}
	// The build counted every stored article's lines as it read them.
	f.MinArticles = max(5, n/500)
	p, err := readPacked(ctx, tx, packQuery(`FROM sentences s JOIN articles a ON a.id = s.article
		WHERE s.boilerplate = 0 AND s.end - s.start <= ?`, "#s.id", "#s.article", "CAST(substr(CAST(a.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT)",
		"a.source"), maxFurnitureLine)
	if err != nil {
		return nil, nil, nil, err
	}
	seen := map[int64]bool{}
	// Most lines are of a few outlets: each one's masthead key is taken
	// once.
	mastheads := map[string]masthead{}
	for p.more() {
		id, art := p.num(), p.num()
		line, source := p.text(), p.text()
		if p.err != nil {
			break
		}
		if f.Is(line) || isMasthead(line, source, mastheads) {
			ids = append(ids, id)
			lines = append(lines, line)
			if !seen[art] {
				seen[art] = true
				arts = append(arts, art)
			}
		}
	}
	if p.err != nil {
		return nil, nil, nil, fmt.Errorf("read short lines: %w", p.err)
	}
	return ids, lines, arts, nil
}

// masthead is an outlet's masthead key and how many ASCII letters and
// digits it has (-1 when it has other characters).
type masthead struct {
	key    string
	alnums int
}

// isMasthead is isOutletLine with the sources' masthead keys kept in
// keys. An ASCII line's key keeps its letters and digits, but for those
// of a leading "the": a line with neither as many as the outlet's key
// nor three more is not its masthead, and its key is not taken.
func isMasthead(line, source string, keys map[string]masthead) bool {
	src, ok := keys[source]
	if !ok {
		src.key = mastheadKey(source)
		src.alnums = asciiAlnums(src.key)
		keys[source] = src
	}
	if src.key == "" {
		return false
	}
	if n := asciiAlnums(line); n >= 0 && n != src.alnums && n != src.alnums+3 {
		return false
	}
	return mastheadKey(line) == src.key
}

// asciiAlnums counts the ASCII letters and digits of s, -1 when s has a
// byte that is not ASCII.
func asciiAlnums(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return -1
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			n++
		}
	}
	return n
}

// markFurniture flags the sentences findFurniture found as boilerplate:
// they leave the search index and their mentions are dropped, and so do
// the entities named only in them, whose ids it returns.
func markFurniture(ctx context.Context, tx *sql.Tx, flagged []int64) (dropped []int64, err error) {
	if len(flagged) == 0 {
		return nil, nil
	}
	named, err := namedIn(ctx, tx, flagged)
	if err != nil {
		return nil, fmt.Errorf("entities named in site furniture: %w", err)
	}
	for _, q := range []string{
		"UPDATE sentences SET boilerplate = 1 WHERE id = ?",
		"DELETE FROM sentence_fts WHERE rowid = ?",
		"DELETE FROM mentions WHERE sentence = ?",
	} {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, err
		}
		for _, id := range flagged {
			if _, err := st.ExecContext(ctx, id); err != nil {
				st.Close()
				return nil, fmt.Errorf("%s: %w", q, err)
			}
		}
		st.Close()
	}
	// An entity named only in furniture ("REUTER") is no entity. Every
	// entity stored has a mention (the writer stores an article's entities
	// from their mentions, and this drops those left without), so only
	// the entities named in the flagged sentences can have none left.
	rows, err := tx.QueryContext(ctx, `DELETE FROM doc_entities WHERE id IN (SELECT value FROM json_each(?))
		AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.doc_entity = doc_entities.id) RETURNING id`, named)
	if err != nil {
		return nil, fmt.Errorf("drop entities named only in furniture: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("drop entities named only in furniture: %w", err)
		}
		dropped = append(dropped, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("drop entities named only in furniture: %w", err)
	}
	return dropped, nil
}

// namedIn returns, as a JSON array, the entities that the sentences ids
// mention.
func namedIn(ctx context.Context, tx *sql.Tx, ids []int64) (string, error) {
	js, err := jsonString(ids)
	if err != nil {
		return "", err
	}
	var named string
	err = tx.QueryRowContext(ctx, `SELECT coalesce(json_group_array(doc_entity), '[]') FROM
		(SELECT DISTINCT doc_entity FROM mentions WHERE sentence IN (SELECT value FROM json_each(?)))`, js).Scan(&named)
	return named, err
}

// isOutletLine reports whether a line is only the name of the article's
// outlet: its masthead ("HARBOUR TIMES" over a story from Harbour Times)
// or the sign-off under it. Case, spacing, edge punctuation and a leading
// "The" do not count ("The Harbour Times" is Harbour Times). A line that
// says anything more about the outlet ("Harbour Times wins press award")
// is news.
func isOutletLine(line, source string) bool {
	src := mastheadKey(source)
	return src != "" && mastheadKey(line) == src
}

// mastheadKey is the normal form isOutletLine compares: the words in lower
// case, edge punctuation trimmed, without a leading "the".
func mastheadKey(s string) string {
	words := strings.Fields(strings.ToLower(s))
	out := words[:0]
	for _, w := range words {
		if w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); w != "" {
			out = append(out, w)
		}
	}
	if len(out) > 1 && out[0] == "the" {
		out = out[1:]
	}
	return strings.Join(out, " ")
}
