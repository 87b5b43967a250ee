package kb

import (
	"slices"
	"strings"
	"testing"
)

// TestSplitIndexes checks that the schema's indexes split by their
// tables: every index once, the corpus tables' with aggregate.
func TestSplitIndexes(t *testing.T) {
	tests := []struct {
		name    string
		stmts   []string
		article string
		corpus  string
	}{
		{"none", nil, "", ""},
		{"article table", []string{"CREATE INDEX IF NOT EXISTS a ON mentions(sentence);"},
			"CREATE INDEX IF NOT EXISTS a ON mentions(sentence);", ""},
		{"corpus table", []string{"CREATE INDEX IF NOT EXISTS b ON aliases(entity);"},
			"", "CREATE INDEX IF NOT EXISTS b ON aliases(entity);"},
		{"a name that begins a corpus table's", []string{"CREATE INDEX IF NOT EXISTS c ON entities_x(id);"},
			"CREATE INDEX IF NOT EXISTS c ON entities_x(id);", ""},
		{"both, in order", []string{
			"CREATE INDEX IF NOT EXISTS d ON events(date);",
			"CREATE INDEX IF NOT EXISTS e ON doc_events(article);",
			"CREATE INDEX IF NOT EXISTS f ON event_members(event, rank);",
		}, "CREATE INDEX IF NOT EXISTS e ON doc_events(article);",
			"CREATE INDEX IF NOT EXISTS d ON events(date);\nCREATE INDEX IF NOT EXISTS f ON event_members(event, rank);"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			article, corpus := splitIndexes(tt.stmts)
			if article != tt.article || corpus != tt.corpus {
				t.Errorf("splitIndexes = %q, %q; want %q, %q", article, corpus, tt.article, tt.corpus)
			}
		})
	}
}

// TestSchemaIndexesSplit checks that the schema's every index is in one
// of the two sets, and that the corpus set indexes corpus tables only.
func TestSchemaIndexesSplit(t *testing.T) {
	all := schemaIndex.FindAllString(schemaSQL, -1)
	var got []string
	for _, set := range []string{articleIndexesSQL, corpusIndexesSQL} {
		if set != "" {
			got = append(got, strings.Split(set, "\n")...)
		}
	}
	slices.Sort(all)
	slices.Sort(got)
	if !slices.Equal(all, got) {
		t.Fatalf("split indexes %q, want %q", got, all)
	}
	if corpusIndexesSQL == "" {
		t.Fatal("no corpus index")
	}
	for _, s := range strings.Split(corpusIndexesSQL, "\n") {
		m := indexedTable.FindStringSubmatch(s)
		if m == nil || !slices.Contains(corpusTables, m[1]) {
			t.Errorf("%q does not index a corpus table", s)
		}
	}
}
