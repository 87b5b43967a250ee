package kb

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestLongArticleRowsPointAtTheirOwnRows builds articles with more
// sentences, entities and mentions than one INSERT takes, and checks that
// every mention lies inside the sentence it names and belongs to an
// entity of its own article, and that every sentence is indexed.
func TestLongArticleRowsPointAtTheirOwnRows(t *testing.T) {
	var long strings.Builder
	for i := range 600 {
		fmt.Fprintf(&long, "Minister Anna Berg%02d met Governor Lars Holm%02d in Oslo on Monday.\n", i%90, i%70)
	}
	s := storeOf(t, map[string]string{"short.txt": storyA, "long.txt": long.String(), "other.txt": storyB})
	ctx := context.Background()
	var sentences, indexed int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*), (SELECT count(*) FROM sentence_fts_docsize) FROM sentences WHERE boilerplate = 0").Scan(&sentences, &indexed); err != nil {
		t.Fatal(err)
	}
	if sentences < 600 || indexed != sentences {
		t.Errorf("%d sentences, %d indexed", sentences, indexed)
	}
	checks := []struct{ name, query string }{
		{"mention outside its sentence", `SELECT count(*) FROM mentions m JOIN sentences s ON s.id = m.sentence
			WHERE m.start < s.start OR m.end > s.end`},
		{"mention in another article's sentence", `SELECT count(*) FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity
			JOIN sentences s ON s.id = m.sentence WHERE s.article != d.article`},
		{"mention without a sentence", `SELECT count(*) FROM mentions WHERE sentence NOT IN (SELECT id FROM sentences)`},
		{"entity counting other mentions than its own", `SELECT count(*) FROM doc_entities d
			WHERE d.mentions != (SELECT count(*) FROM mentions m WHERE m.doc_entity = d.id)`},
	}
	for _, c := range checks {
		var n int
		if err := s.db.QueryRowContext(ctx, c.query).Scan(&n); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if n != 0 {
			t.Errorf("%s: %d rows", c.name, n)
		}
	}
	var mentions int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM mentions").Scan(&mentions); err != nil {
		t.Fatal(err)
	}
	if mentions < 1000 {
		t.Errorf("only %d mentions: the long article should give more than one INSERT holds", mentions)
	}
}
