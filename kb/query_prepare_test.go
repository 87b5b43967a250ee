package kb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// preparedPair builds one knowledge base from the seed articles and some
// business-wire stories, and returns it twice: as the build leaves it
// and with its query tables filled, so the fast queries can be checked
// against the ones reading the corpus tables.
func preparedPair(t *testing.T) (plain, prepared *Store) {
	t.Helper()
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	seeds, _ := filepath.Glob(filepath.Join("..", "data", "*"))
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(data, filepath.Base(p)), string(b))
	}
	wire := []string{
		"Oil prices rose on Monday as OPEC ministers met in Vienna, oil traders said. Oil, oil and more oil.",
		"The Bundesbank kept interest rates unchanged on Thursday, a Bundesbank spokesman said in Frankfurt.",
		"Net income fell to 12 mln dlrs in the first quarter from 15 mln dlrs, the company said on Tuesday.",
		"Shareholders approved the merger on Friday; the tender offer and the takeover bid were both raised.",
		"Wheat exports to the Soviet Union rose in March 1987, the U.S. Agriculture Department said.",
		"Federal Reserve chairman Paul Volcker said on Wednesday that the dollar had fallen far enough against the yen.",
		"Coffee quota talks in London broke down on Monday, delegates said, and prices fell or rose or held.",
	}
	for i, st := range wire {
		writeFile(t, filepath.Join(data, "wire", fmt.Sprintf("w%d.txt", i)), fmt.Sprintf("Wire story %d\n%s\n", i, st))
	}
	db := filepath.Join(dir, "kb.sqlite")
	mustBuild(t, data, db)
	copyFile(t, db, filepath.Join(dir, "prepared.sqlite"))
	rw, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, "prepared.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	if err := prepareQueries(context.Background(), rw, nil, nil); err != nil {
		t.Fatalf("prepare queries: %v", err)
	}
	if err := prepareQueries(context.Background(), rw, nil, nil); err != nil {
		t.Fatalf("prepare queries again: %v", err)
	}
	// Whether or not the build prepared it, the plain file is made to
	// answer from the corpus tables.
	plainRW, err := sql.Open("sqlite3", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := plainRW.Exec("DELETE FROM meta WHERE key = ?", preparedKey); err != nil {
		t.Fatal(err)
	}
	// Closed before reading: the stores open the files as immutable.
	if err := errors.Join(rw.Close(), plainRW.Close()); err != nil {
		t.Fatal(err)
	}
	plain, prepared = mustOpen(t, db), mustOpen(t, filepath.Join(dir, "prepared.sqlite"))
	if plain.prepared(context.Background()) || !prepared.prepared(context.Background()) {
		t.Fatal("the prepared mark is wrong")
	}
	return plain, prepared
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestPreparedQueriesAnswerAsTheCorpusTablesDo(t *testing.T) {
	ctx := context.Background()
	plain, prepared := preparedPair(t)
	same := func(t *testing.T, what string, get func(s *Store) (any, error)) {
		t.Helper()
		want, err := get(plain)
		if err != nil {
			t.Fatalf("%s without the query tables: %v", what, err)
		}
		got, err := get(prepared)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s differs:\n got %+v\nwant %+v", what, got, want)
		}
	}
	names := plain.Complete(ctx, "", 1000)
	if len(names) < 10 {
		t.Fatalf("only %d entities", len(names))
	}
	t.Run("a name's timeline, quotes and profile are the same", func(t *testing.T) {
		for _, name := range names {
			l, err := plain.Find(ctx, name)
			if err != nil || len(l.Matches) == 0 {
				continue
			}
			id := l.Matches[0].ID
			for _, q := range []TimelineQuery{
				{Entity: id}, {Entity: id, Limit: 2, Sources: 1}, {Entity: id, From: "2025"}, {Entity: id, From: "2025-03", To: "2025-12"},
				{Entity: id, To: "2022"}, {Entity: id, Sources: 5},
			} {
				same(t, fmt.Sprintf("Timeline(%+v) of %s", q, name), func(s *Store) (any, error) { return s.Timeline(ctx, q) })
			}
			same(t, "Quotes of "+name, func(s *Store) (any, error) { return s.Quotes(ctx, id, 1000) })
			same(t, "Quotes(2) of "+name, func(s *Store) (any, error) { return s.Quotes(ctx, id, 2) })
			same(t, "Profile of "+name, func(s *Store) (any, error) { return s.Profile(ctx, id) })
		}
	})
	t.Run("a topic's or a date's timeline is the same", func(t *testing.T) {
		for _, q := range []TimelineQuery{
			{}, {Topic: "talks"}, {Topic: "ceasefire", From: "2025-03", To: "2025-03"}, {Topic: "oil prices"}, {From: "2025-12"},
			{Topic: "zyzzogeton"}, {Topic: "\"*"}, {Limit: 3, Sources: 2},
		} {
			same(t, fmt.Sprintf("Timeline(%+v)", q), func(s *Store) (any, error) { return s.Timeline(ctx, q) })
		}
	})
	t.Run("a search ranks the same sentences with the same scores", func(t *testing.T) {
		queries := []string{"oil", "oil prices", "and or not", "the", "said the", "zyzzogeton", "oil zyzzogeton", "U.S.", "defic*",
			"Zelensky", "Zelenskyy talks", "Kyiv’s", "Bundesbank rates", "mln dlrs", "the and of to", "fell or rose", "Ушаков"}
		for _, name := range names[:min(len(names), 40)] {
			queries = append(queries, name, strings.ToLower(name)+" said")
		}
		for _, q := range queries {
			// Every form at full weight, as FTS5 ranks them: the postings
			// give the same scores. Other inflections weigh less only
			// where the postings rank, so of a whole search the same
			// sentences are found.
			strict, wide, err := prepared.searchGroups(ctx, parseSearch(q))
			if err != nil {
				t.Fatal(err)
			}
			for _, groups := range [][][]form{fullWeight(strict), fullWeight(wide)} {
				for _, limit := range []int{1, 20, 50} {
					for _, op := range []string{" AND ", " OR "} {
						same(t, fmt.Sprintf("search(%q, %q, %d)", formTexts(groups), op, limit), func(s *Store) (any, error) { return s.search(ctx, groups, op, limit) })
					}
				}
			}
			same(t, fmt.Sprintf("Search(%q) sentences", q), func(s *Store) (any, error) {
				hits, err := s.Search(ctx, q, 1000)
				texts := make([]string, len(hits))
				for i, h := range hits {
					texts[i] = strings.Join(strings.Fields(h.Text), " ")
				}
				slices.Sort(texts)
				return texts, err
			})
		}
	})
}

// fullWeight returns groups with every form counting as the reader's own.
func fullWeight(groups [][]form) [][]form {
	out := make([][]form, len(groups))
	for i, g := range groups {
		for _, f := range g {
			out[i] = append(out[i], form{text: f.text})
		}
	}
	return out
}

func TestPostingsCursorStepsAndSeeksOverWhatWasWritten(t *testing.T) {
	var list []posting
	id := int64(0)
	for i := 0; i < 3000; i++ {
		id += int64(1 + (i*7919)%300)
		list = append(list, posting{id: id, size: uint32((i * 31) % 200), freq: uint32(1 + (i%17)/15*(i%5))})
	}
	var buf []byte
	var prev int64
	for _, p := range list {
		buf = appendPosting(buf, prev, p)
		prev = p.id
	}
	t.Run("stepping reads every posting", func(t *testing.T) {
		i := 0
		for c := newCursor(buf); !c.done; c.next() {
			if c.posting != list[i] {
				t.Fatalf("posting %d = %+v, want %+v", i, c.posting, list[i])
			}
			i++
		}
		if i != len(list) {
			t.Fatalf("read %d postings of %d", i, len(list))
		}
	})
	t.Run("seeking lands on the first posting at or after the id", func(t *testing.T) {
		c := newCursor(buf)
		for i := 0; i < len(list); i += 37 {
			target := list[i].id - 1
			if i%2 == 0 {
				target = list[i].id
			}
			c.seek(target)
			if c.done || c.posting != list[i] {
				t.Fatalf("seek(%d) = %+v, want %+v", target, c.posting, list[i])
			}
		}
		c.seek(id + 1)
		if !c.done {
			t.Fatal("seeking past the end does not end the list")
		}
	})
	t.Run("a probe reads the repeats", func(t *testing.T) {
		bits, repeats := denseLists(buf, int(id)+1)
		p := &probe{bits: bits, repeats: repeats}
		j := 0
		for n := int64(0); n <= id; n++ {
			want := uint64(0)
			if j < len(list) && list[j].id == n {
				want = uint64(list[j].freq)
				j++
			}
			if got := p.freq(n); got != want {
				t.Fatalf("freq(%d) = %d, want %d", n, got, want)
			}
		}
	})
}

// FuzzPostingsCursor reads arbitrary bytes as postings: a damaged list
// ends or errs, never panics or loops.
func FuzzPostingsCursor(f *testing.F) {
	for _, s := range []string{"", "\x01\x02", "\x80", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", "\x01\x03\x05\x02\x04"} {
		f.Add([]byte(s), int64(3))
	}
	f.Fuzz(func(t *testing.T, b []byte, target int64) {
		c := newCursor(b)
		c.seek(target)
		for n := 0; !c.done; n++ {
			if n > len(b) {
				t.Fatal("more postings than bytes")
			}
			c.next()
		}
		p := &probe{bits: b, repeats: b}
		p.freq(target)
		p.freq(target + 1)
		sqliteVarint(b)
	})
}

// substrBytes cuts as SQLite's substr of a blob does, for any start and
// length, in bounds or out.
func TestSubstrBytes(t *testing.T) {
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range []string{"a", "héllo, wörld", "x\x00y\xffz"} {
		n := int64(len(s))
		for p1 := -n - 3; p1 <= n+3; p1++ {
			for p2 := -n - 3; p2 <= n+3; p2++ {
				var want string
				err := db.QueryRow("SELECT CAST(substr(CAST(? AS BLOB), ?, ?) AS TEXT)", s, p1, p2).Scan(&want)
				if err != nil {
					t.Fatal(err)
				}
				if got := substrBytes(s, p1, p2); got != want {
					t.Errorf("substrBytes(%q, %d, %d) = %q, SQLite says %q", s, p1, p2, got, want)
				}
			}
		}
	}
}

// An article longer than longText has its cites' texts cut in Go: they
// are the very bytes SQL cuts from the article, in a full build and in
// an update whose fresh events cite the long article.
func TestLongArticleCitesAreCutAsSQLCutsThem(t *testing.T) {
	var long strings.Builder
	long.WriteString("Title: A chronicle of the café council\nPublished: 2024-06-30\n\n")
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for i := 0; long.Len() <= longText+1000; i++ {
		fmt.Fprintf(&long, "On %s %d, %d, the café council led by Léa Martin approved plan number %d in Lyon, its spokesman said. “We will keep going,” Martin told reporters.\n",
			months[i%12], 1+i%28, 1990+i/12, i)
	}
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "long.txt"), long.String())
	writeFile(t, filepath.Join(data, "short.txt"), "The city orchestra cancelled its winter season on Tuesday, its director Maria Lund said.\n")
	mustBuild(t, data, db)
	checkCiteTexts(t, db, "long.txt", 100)
	// A second report of one of the long article's events.
	writeFile(t, filepath.Join(data, "again.txt"), "Title: Council plan\nPublished: 1990-03-05\n\n"+
		"On March 3, 1990, the café council led by Léa Martin approved plan number 2 in Lyon, a councillor said.\n")
	mustBuild(t, data, db)
	checkCiteTexts(t, db, "long.txt", 100)
	checkRebuild(t, 1, data, db, rebuildStep{})
}

// checkCiteTexts checks that every cite's text is what SQL cuts from its
// article, and that article cites at least min events.
func checkCiteTexts(t *testing.T, db, article string, min int) {
	t.Helper()
	raw, err := sql.Open("sqlite3", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var bad, cites int
	err = raw.QueryRow(`SELECT count(*) FILTER (WHERE c.text IS NOT CAST(substr(CAST(a.text AS BLOB), c.start + 1, c.end - c.start) AS TEXT)),
		count(*) FILTER (WHERE a.ext_id = ?)
		FROM query_event_cites c JOIN articles a ON a.id = c.article`, article).Scan(&bad, &cites)
	if err != nil {
		t.Fatal(err)
	}
	if bad != 0 || cites < min {
		t.Errorf("%d cites' texts differ from their articles' spans; %s cites %d events, want at least %d", bad, article, cites, min)
	}
}
