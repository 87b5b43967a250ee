package kb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// kindPhrases folds the words of a topic that together write a kind of
// event's word of several ("data breach", "class action") into one
// group of that word: "!timeline data breach" is the kind, and its
// sentences need not hold "data" and "breach" apart.
func kindPhrases(words []string, groups [][]string) [][]string {
	out := [][]string{}
	for i := 0; i < len(groups); i++ {
		if i+1 < len(groups) && i+1 < len(words) {
			phrase := strings.ToLower(words[i] + " " + words[i+1])
			if kind := kindOf([]string{phrase}); len(kind.words) > 0 {
				out = append(out, []string{phrase})
				i++
				continue
			}
		}
		out = append(out, groups[i])
	}
	return out
}

// topicClause is one report a topic's sentence holds, with its clause
// when the clause is narrower than the sentence.
type topicClause struct {
	event  int64
	clause sql.NullString
}

// topicEvents returns, as a JSON list, the events told in a sentence
// holding a word of every group (see topicCond) by a report whose own
// clause holds a word of one of them: "Ruiz took office in January" in
// "Ruiz, who took office in January, said ministers would meet next
// week to agree on tariffs" is no event of tariffs.
// The clause is read only where it is narrower than its sentence; a
// fragment of it is matched by its sentence (see fragment).
func (s *Store) topicEvents(ctx context.Context, groups, kinds [][]string, prepared bool) (string, error) {
	wide, told := contextGroups(groups, kinds)
	// The clause is the report's cited text, kept with the event's
	// citations: reading it from its article would read the whole text
	// of every article the topic's sentences are in. A report past the
	// citations kept matches by its sentence. The build keeps each
	// sentence's events and the report whose clause is narrower
	// (query_sentence_events); without it the reports are found by their
	// offsets.
	from := `(SELECT rowid AS id FROM sentence_fts WHERE sentence_fts MATCH ? LIMIT ?) m
		JOIN query_sentence_events q ON q.sentence = m.id`
	cols := `SELECT q.event, CASE WHEN q.clause IS NULL THEN NULL
		ELSE (SELECT c.text FROM query_event_cites c WHERE c.event = q.event AND c.doc_event = q.clause) END FROM `
	articleOf := "(SELECT article FROM sentences WHERE id = m.id)"
	if !prepared {
		from = `(SELECT rowid AS id FROM sentence_fts WHERE sentence_fts MATCH ? LIMIT ?) m
		JOIN sentences st ON st.id = m.id
		JOIN doc_events d ON d.article = st.article AND d.start >= st.start AND d.start < st.end
		JOIN event_members em ON em.doc_event = d.id`
		cols = `SELECT em.event, NULL FROM `
		articleOf = "st.article"
	}
	scan := func(r *sql.Rows) (topicClause, error) {
		var v topicClause
		err := r.Scan(&v.event, &v.clause)
		return v, err
	}
	ids := []int64{}
	seen := map[int64]bool{}
	keep := func(rows []topicClause, groups [][]string) {
		holds := clauseMatcher(groups)
		for _, r := range rows {
			if !seen[r.event] && (!r.clause.Valid || fragment(r.clause.String) || holds(r.clause.String)) {
				seen[r.event] = true
				ids = append(ids, r.event)
			}
		}
	}
	rows, err := s.query(ctx, cols+from, matchGroups(groups, " AND "), topicSentences)
	direct, err := collect(rows, err, scan)
	if err != nil {
		return "", fmt.Errorf("topic sentences: %w", err)
	}
	keep(direct, groups)
	if len(told) > 0 {
		rows, err := s.query(ctx, cols+from+` WHERE `+articleOf+` IN
			(SELECT article FROM sentences WHERE id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?))`,
			matchGroups(wide, " AND "), topicSentences, matchGroups(told, " AND "))
		more, err := collect(rows, err, scan)
		if err != nil {
			return "", fmt.Errorf("topic sentences: %w", err)
		}
		keep(more, wide)
	}
	js, _ := json.Marshal(ids)
	return string(js), nil
}

// fragment reports a clause that opens in lower case: a part of its
// sentence with no subject of its own ("taking effect on 1 April", cut
// from "The bloc will impose tariffs of 20 per cent, taking effect on 1
// April"), which is about what its sentence is about.
func fragment(clause string) bool {
	for _, r := range clause {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// contextGroups returns the groups with their kinds' context words
// (wide), and the groups of a kind with context words (told): a context
// word tells the kind only in an article that tells it by the group's
// own words.
func contextGroups(groups, context [][]string) (wide, told [][]string) {
	wide = slices.Clone(groups)
	for i, c := range context {
		if len(c) > 0 {
			wide[i] = append(slices.Clone(groups[i]), c...)
			told = append(told, groups[i])
		}
	}
	return wide, told
}

// clauseMatcher returns a test of whether a report's clause holds, as
// whole words, a form of one of the groups' words (a form ending in "*"
// as a prefix): the sentence holds the others, which may stand outside
// the clause ("In Sudan, the truce signed on Friday held" for "Sudan
// truce"). The forms are put in lower-case words once for all clauses.
func clauseMatcher(groups [][]string) func(clause string) bool {
	var whole, prefixes []string
	for _, g := range groups {
		for _, f := range g {
			p, prefix := strings.CutSuffix(f, "*")
			p = strings.Join(lowerWords(p), " ")
			switch {
			case p == "":
			case prefix:
				prefixes = append(prefixes, " "+p)
			default:
				whole = append(whole, " "+p+" ")
			}
		}
	}
	return func(clause string) bool {
		text := " " + strings.Join(lowerWords(clause), " ") + " "
		contains := func(f string) bool { return strings.Contains(text, f) }
		return slices.ContainsFunc(prefixes, contains) || slices.ContainsFunc(whole, contains)
	}
}
