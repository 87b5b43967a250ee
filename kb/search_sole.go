package kb

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// soleWordMax is how many words a search may have for the sentences
// holding one of them to answer it when none holds more: of two words,
// the rarer one found says most of what the reader looks for; of more,
// one word is no answer.
const soleWordMax = 2

// soleWordHits answers a search of a word or two that no sentence holds
// together: the sentences holding the rarest of them that any sentence
// holds, Partial and Only naming that word. A search of more words has
// no such answer.
func (s *Store) soleWordHits(ctx context.Context, groups [][]form, limit int) ([]SearchHit, error) {
	if len(groups) == 0 || len(groups) > soleWordMax {
		return nil, nil
	}
	counts := make([]int, len(groups))
	for i, g := range groups {
		if err := s.queryRow(ctx, "SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH ?",
			matchGroups(formTexts([][]form{g}), " AND ")).Scan(&counts[i]); err != nil {
			return nil, fmt.Errorf("count sentences of %q: %w", g[0].text, err)
		}
	}
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return counts[a] - counts[b] })
	for _, i := range order {
		if counts[i] == 0 {
			continue
		}
		g := groups[i]
		hits, err := s.searchCovering(ctx, [][]form{g}, " AND ", 0, limit)
		if err != nil || len(hits) > 0 {
			for i := range hits {
				hits[i].Partial, hits[i].Only = true, g[0].text
			}
			return hits, err
		}
	}
	return nil, nil
}

// ftsOperator reports whether a word is one of FTS5's operators joining
// words, typed as one, in capitals.
func ftsOperator(w string) bool {
	switch w {
	case "AND", "OR", "NEAR":
		return true
	}
	return false
}

// withoutOperators drops from a search the words typed as operators
// joining others: "NEAR(vaccine" looks for vaccine, "vaccine AND
// rollout" for vaccine and rollout. "NOT" stays a word, as does an
// operator searched alone or in quotes.
func withoutOperators(clauses []searchClause) []searchClause {
	return narrowed(clauses, func(c searchClause) bool {
		return c.quoted || len(c.words) != 1 || !ftsOperator(c.words[0])
	})
}

// columnFilter is FTS5's column filter, a name and a colon before a
// search word ("text:vaccine", "{title text}: vaccine"); after a word, a
// colon before a space ("Update: …") or a slash (an address) is none.
var columnFilter = regexp.MustCompile(`(^|[\s({"'+-])(?:\{[\p{L}\p{N}_ ]*\}\s*:\s*|[\p{L}_]+:)([^\s/:])`)

// withoutColumnFilters drops the column names of a search: the reader
// looks for the word after the colon, in any sentence.
func withoutColumnFilters(q string) string {
	if !strings.Contains(q, ":") {
		return q
	}
	return columnFilter.ReplaceAllString(q, "$1$2")
}
