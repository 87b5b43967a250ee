package kb

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestNormalSentence(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"Oil prices ROSE.", "oil prices rose."},
		{"  Oil\tprices\n\n rose  ", "oil prices rose"},
		{"a\vb\fc\rd", "a b c d"},
		{"Zürich BANKS rose", "zürich banks rose"},
		{"Kyiv\u00a0said\u0085Ukraine", "kyiv said ukraine"},
		{"ÉMILIE  Fournier", "émilie fournier"},
	} {
		if got, want := normalSentence(c.in), strings.ToLower(strings.Join(strings.Fields(c.in), " ")); got != c.want || got != want {
			t.Errorf("normalSentence(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestByteSpan(t *testing.T) {
	for _, c := range []struct {
		text       string
		start, end int
		want       string
	}{
		{"Oil prices rose.", 0, 3, "Oil"},
		{"Oil prices rose.", 4, 10, "prices"},
		{"Oil prices rose.", 11, 99, "rose."},
		{"Oil prices rose.", 16, 20, ""},
		{"Oil prices rose.", 5, 5, ""},
		{"", 0, 4, ""},
	} {
		if got := byteSpan(c.text, c.start, c.end); got != c.want {
			t.Errorf("byteSpan(%q, %d, %d) = %q, want %q", c.text, c.start, c.end, got, c.want)
		}
	}
}

// TestPreparedSnippetsAreTheOnesAProfileChooses chooses every entity's
// snippets as the build does, whatever the number of its articles, and
// compares them with those a profile chooses from the corpus tables.
func TestPreparedSnippetsAreTheOnesAProfileChooses(t *testing.T) {
	ctx := context.Background()
	plain, prepared := preparedPair(t)
	path := filepath.Join(t.TempDir(), "all.sqlite")
	copyFile(t, prepared.path, path)
	rw, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := rw.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeEntitySnippets(ctx, tx, &delta{full: true}, 0); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := rw.Close(); err != nil {
		t.Fatal(err)
	}
	all := mustOpen(t, path)
	rows, err := plain.query(ctx, "SELECT entity, recent FROM entity_profiles ORDER BY entity")
	type profile struct {
		id     int64
		recent string
	}
	list, err := collect(rows, err, func(r *sql.Rows) (profile, error) {
		var p profile
		err := r.Scan(&p.id, &p.recent)
		return p, err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range list {
		want, err := plain.mentionSnippets(ctx, p.recent, profileSnippets)
		if err != nil {
			t.Fatal(err)
		}
		got, err := all.preparedSnippets(ctx, p.id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("entity %d: prepared snippets\n%+v\nwant\n%+v", p.id, got, want)
		}
	}
}
