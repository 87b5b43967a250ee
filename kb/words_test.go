package kb

import (
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestPlainWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"ASCII words are lower-cased", "Putin met Witkoff, 2 Dec.", []string{"putin", "met", "witkoff", "2", "dec"}},
		{"diacritics fold as the index folds them", "Micheál Martin in Kyiv’s café", []string{"micheal", "miche", "l", "martin", "in", "kyiv", "s", "cafe", "caf"}},
		{"letters without a mark are spelt as English copy spells them", "Straße Jørgen Małgorzata", []string{"strasse", "jorgen", "malgorzata"}},
		{"a word with letters that do not fold gives its ASCII runs", "Ωmega", []string{"mega"}},
		{"punctuation and space alone give nothing", " — … ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			plainWords(tt.text, func(w string) { got = append(got, w) })
			if !slices.Equal(got, tt.want) {
				t.Errorf("plainWords(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestPlainWordsCoverTheIndex(t *testing.T) {
	// Every plain word the FTS5 tokenizer makes of a text is among
	// plainWords': otherwise a rebuild would leave its postings stale.
	texts := []string{"Straße, naïve café, Zelenskyy’s ﬁnal “deal”; Ωmega-3 at 9:30 a.m.", "e\u0301cole cafe\u0301s ǅemal ÆSIR Ørsted İstanbul"}
	for _, name := range []string{"000_c7e1b0b8324bfa98.txt", "002_2d8858a757586965.txt", "003_71f7fe80335eac2f.txt"} {
		raw, err := os.ReadFile(filepath.Join("../data", name))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		"CREATE VIRTUAL TABLE f USING fts5(body, tokenize='unicode61 remove_diacritics 2')",
		"CREATE VIRTUAL TABLE v USING fts5vocab(f, row)",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	ours := map[string]bool{}
	for _, tx := range texts {
		if _, err := db.Exec("INSERT INTO f(body) VALUES (?)", tx); err != nil {
			t.Fatal(err)
		}
		plainWords(tx, func(w string) { ours[w] = true })
	}
	rows, err := db.Query("SELECT term FROM v")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var term string
		if err := rows.Scan(&term); err != nil {
			t.Fatal(err)
		}
		if plainTerm(term) {
			n++
			if !ours[term] {
				t.Errorf("the index holds %q, plainWords never gave it", term)
			}
		}
	}
	if n < 500 {
		t.Fatalf("only %d plain terms indexed", n)
	}
}

func FuzzPlainWords(f *testing.F) {
	f.Add("Micheál Martin, Zelenskyy’s aide, 24 February 2022")
	f.Add("\xff\xfe a\u0301")
	f.Fuzz(func(t *testing.T, s string) {
		plainWords(s, func(w string) {
			if w == "" || !plainTerm(w) {
				t.Fatalf("plainWords(%q) gave %q", s, w)
			}
		})
	})
}
