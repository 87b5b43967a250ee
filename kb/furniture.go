package kb

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	"newsbot/extract/segment"
)

// maxFurnitureLine is the longest sentence that can be site furniture; a
// longer repeated line is syndicated prose.
const maxFurnitureLine = 100

// markFurniture flags short lines that recur across many articles (a
// site's "Most Read", a wire's sign-off), and lines that are only the
// article's own outlet (its masthead or sign-off), as boilerplate: they leave the
// search index and their mentions are dropped. It returns the sentences
// it flagged and their lines. No single article shows
// them to be furniture, so this runs over the whole corpus: f has counted
// the lines of every article the build stores.
func markFurniture(ctx context.Context, tx *sql.Tx, f *segment.Furniture) (ids []int64, lines []string, err error) {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM articles").Scan(&n); err != nil {
		return nil, nil, err
	}
	// The build counted every stored article's lines as it read them.
	f.MinArticles = max(5, n/500)
	p, err := readPacked(ctx, tx, packQuery(`FROM sentences s JOIN articles a ON a.id = s.article
		WHERE s.boilerplate = 0 AND s.end - s.start <= ?`, "s.id", "CAST(substr(CAST(a.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT)", "a.source"),
		maxFurnitureLine)
	if err != nil {
		return nil, nil, err
	}
	var flagged []int64
	for p.more() {
		id, line, source := p.int(), p.text(), p.text()
		if p.err == nil && (f.Is(line) || isOutletLine(line, source)) {
			flagged = append(flagged, id)
			lines = append(lines, line)
		}
	}
	if p.err != nil {
		return nil, nil, fmt.Errorf("read short lines: %w", p.err)
	}
	for _, q := range []string{
		"UPDATE sentences SET boilerplate = 1 WHERE id = ?",
		"DELETE FROM sentence_fts WHERE rowid = ?",
		"DELETE FROM mentions WHERE sentence = ?",
	} {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, nil, err
		}
		for _, id := range flagged {
			if _, err := st.ExecContext(ctx, id); err != nil {
				st.Close()
				return nil, nil, fmt.Errorf("%s: %w", q, err)
			}
		}
		st.Close()
	}
	if len(flagged) > 0 {
		// An entity named only in furniture ("REUTER") is no entity.
		if _, err := tx.ExecContext(ctx, `DELETE FROM doc_entities WHERE NOT EXISTS
			(SELECT 1 FROM mentions m WHERE m.doc_entity = doc_entities.id)`); err != nil {
			return nil, nil, fmt.Errorf("drop entities named only in furniture: %w", err)
		}
	}
	return flagged, lines, nil
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
