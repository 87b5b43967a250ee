package kb

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// leadsQuery read every first sentence's names: leadNames, which looks
// for the names of a kind only, must find the same.
func TestLeadNamesAsEveryFirstSentenceGivesThem(t *testing.T) {
	dir := t.TempDir()
	data, path := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	copyDir(t, "../data", data)
	writeFile(t, filepath.Join(data, "h1.txt"), "Hurricane Delphine hit Miami on Monday, and Tropical Storm Ana followed.\n"+
		"The storm killed three people, Mayor Ann Roe said.\n")
	writeFile(t, filepath.Join(data, "h2.txt"), "Officials in Tampa met on Tuesday.\n"+
		"Hurricane Delphine cut power to thousands on Tuesday.\n")
	writeFile(t, filepath.Join(data, "h3.txt"), "The Creek Fire burned near Fresno on Friday, the Sierra Bushfire Service said.\n"+
		"The blaze spread overnight.\n")
	ctx, tx := builtTx(t, data, path)
	p, n, err := queryDocEntities(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := parseDocEntities(p, n)
	if err != nil {
		t.Fatal(err)
	}
	got, err := leadNames(ctx, tx, rows)
	if err != nil {
		t.Fatal(err)
	}
	want, err := articleNames(ctx, tx, "lead names", fmt.Sprintf(leadsQuery, ""), isKindName)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("no lead names of a kind: the test articles no longer test anything")
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// The bucket order of articleOrder is the order of a sort by (rank, id),
// whatever order the rows come in.
func TestArticleOrderSortsByRankThenID(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	for round := range 200 {
		n := rnd.Intn(60)
		ranks, ids := make([]int, n), make([]int64, n)
		for i := range n {
			ranks[i] = rnd.Intn(1 + rnd.Intn(20))
			ids[i] = int64(i*7 + rnd.Intn(5))
			if round%3 == 0 {
				ids[i] = int64(rnd.Intn(1000))
			}
		}
		if round%5 == 0 && n > 0 {
			ranks[0] = 1 << 30 // too large for buckets
		}
		seen := map[[2]int64]bool{}
		for i := range n {
			for seen[[2]int64{int64(ranks[i]), ids[i]}] {
				ids[i]++ // (rank, id) is unique
			}
			seen[[2]int64{int64(ranks[i]), ids[i]}] = true
		}
		got := articleOrder(n, func(i int) (int, int64) { return ranks[i], ids[i] })
		if want := sortedOrder(ranks, ids); !slices.Equal(got, want) {
			t.Fatalf("ranks %v ids %v: got %v, want %v", ranks, ids, got, want)
		}
	}
}

// fewWords counts a summary's words as SQLite's length and replace do,
// odd bytes included.
func TestFewWordsCountsAsSQLiteDoes(t *testing.T) {
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, w := range []string{"", "a", "a b", "a b c", " a", "a  b", "élan vital", "a\x00 b c", "a b\x00 c d",
		"\xc3 \xa9 x", "\xe2 \x82\xac", "\x80 \x80", "a \xff b", "\xc3\xa9 \xc3\xa9 x"} {
		var sqlFew bool
		if err := db.QueryRow("SELECT length(CAST(? AS TEXT)) - length(replace(CAST(? AS TEXT), ' ', '')) < ?", []byte(w), []byte(w),
			textWords-1).Scan(&sqlFew); err != nil {
			t.Fatal(err)
		}
		if got := fewWords(w); got != sqlFew {
			t.Errorf("%q: got %v, SQLite %v", w, got, sqlFew)
		}
	}
}

// byOutletKey looks names up as outletKey keys them.
func TestByOutletKeyLooksUpAsOutletKey(t *testing.T) {
	m := map[string]string{}
	names := []string{"The Eastern Ledger", "eastern ledger", "  THE GULF WIRE ", "Sahel Observer", "Thé Times", "the", "The ",
		"Ärzte Zeitung", "\u00a0Harbour Times", "Harbour\tTimes", "a very long name that goes on and on past the buffer of sixty-four bytes"}
	for i, n := range names {
		m[outletKey(n)] = fmt.Sprint(i)
	}
	for _, n := range append(names, "Ledger", "THE EASTERN LEDGER", "the eastern ledger ", "Gulf wire", "unknown") {
		if got, want := byOutletKey(m, n), m[outletKey(n)]; got != want {
			t.Errorf("%q: got %q, want %q", n, got, want)
		}
	}
}

// readEvents finds the reports whose summary's text merging reads in a
// pass of its own: parse must give that text to exactly the reports with
// fewer than textWords words (as SQLite counts them), and none to the
// others.
func TestParsedEventsHaveTheTextOfFewWordsOnly(t *testing.T) {
	dir := t.TempDir()
	data, path := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	copyDir(t, "../data", data)
	writeFile(t, filepath.Join(data, "f1.jsonl"), `{"id":"f1","title":"Bank cuts rates","source":"Ledger","published":"2026-03-05","text":"The central bank cut its main rate on Wednesday.\nIts next meeting is scheduled for April 8."}`+"\n")
	ctx, tx := builtTx(t, data, path)
	arts, err := loadArticles(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	read, err := readEvents(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := read.parse(arts, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]string{}
	rows, err := tx.QueryContext(ctx, `SELECT e.id, CAST(substr(CAST(a.text AS BLOB), e.start + 1, e.end - e.start) AS TEXT)
		FROM doc_events e JOIN articles a ON a.id = e.article
		WHERE length(e.words) - length(replace(e.words, ' ', '')) < ?`, textWords-1)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			t.Fatal(err)
		}
		want[id] = text
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 || len(want) == len(evs.ids) {
		t.Fatalf("%d of %d reports of few words: the test articles no longer test anything", len(want), len(evs.ids))
	}
	for i, id := range evs.ids {
		if got, few := evs.refs[i].Text, want[id]; got != few {
			t.Errorf("report %d: text %q, want %q", id, got, few)
		}
	}
}

// builtTx builds the knowledge base at path from data and returns a read
// transaction on it, closed when the test ends.
func builtTx(t *testing.T, data, path string) (context.Context, *sql.Tx) {
	t.Helper()
	mustBuild(t, data, path)
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Rollback() })
	return ctx, tx
}
