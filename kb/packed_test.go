package kb

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"testing"
)

func TestPackedRowsReadBackEveryField(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	type row struct {
		id   int64
		a, b string
	}
	rows := []row{{-5, "", "x"}, {1, "3:abc", "émigré"}, {22, "line\nbreak\x1fsep\x00nul", ""}}
	if _, err := db.Exec("CREATE TABLE t(id INTEGER NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL)"); err != nil {
		t.Fatal(err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	read := func() []row {
		t.Helper()
		p, err := readPacked(ctx, tx, packQuery("FROM t WHERE id > ? ORDER BY id", "id", "a", "upper(b)"), -100)
		if err != nil {
			t.Fatal(err)
		}
		var out []row
		for p.more() {
			out = append(out, row{p.int(), p.text(), p.text()})
		}
		if p.err != nil {
			t.Fatal(p.err)
		}
		return out
	}
	if got := read(); len(got) != 0 {
		t.Fatalf("an empty table gave %v", got)
	}
	for _, r := range rows {
		if _, err := tx.Exec("INSERT INTO t VALUES (?, ?, ?)", r.id, r.a, r.b); err != nil {
			t.Fatal(err)
		}
	}
	want := []row{{-5, "", "X"}, {1, "3:abc", "éMIGRé"}, {22, "line\nbreak\x1fsep\x00nul", ""}}
	if got := read(); !slices.Equal(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	// The same rows with the integer packed as digits and a comma, and a
	// second integer expression after the texts.
	p, err := readPacked(ctx, tx, packQuery("FROM t WHERE id > ? ORDER BY id", "#id", "a", "upper(b)", "#id * 2"), -100)
	if err != nil {
		t.Fatal(err)
	}
	var got []row
	for p.more() {
		r := row{p.num(), p.text(), p.text()}
		if twice := p.num(); twice != 2*r.id {
			t.Errorf("row %d: second integer %d", r.id, twice)
		}
		got = append(got, r)
	}
	if p.err != nil {
		t.Fatal(p.err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("with integers packed as digits: got %+v, want %+v", got, want)
	}
}

func TestMalformedPackedRowsAreAnError(t *testing.T) {
	for _, tc := range []struct {
		name, packed string
	}{
		{"a length longer than the rest", "5:ab"},
		{"no colon", "12"},
		{"a length that is no number", "x:ab"},
		{"a negative length", "-1:ab"},
		{"a number that is no number", "2:ab2:cd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &packed{s: tc.packed}
			for p.more() {
				p.int()
			}
			if !errors.Is(p.err, errPacked) {
				t.Errorf("%q: got error %v", tc.packed, p.err)
			}
		})
	}
}

func TestMalformedPackedNumbersAreAnError(t *testing.T) {
	for _, tc := range []struct {
		name, packed string
	}{
		{"no comma", "12"},
		{"no number", ",3,"},
		{"a number that is no number", "1x,"},
		{"a text where a number is", "2:ab"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &packed{s: tc.packed}
			for p.more() {
				p.num()
			}
			if !errors.Is(p.err, errPacked) {
				t.Errorf("%q: got error %v", tc.packed, p.err)
			}
		})
	}
}
