package kb

import (
	"context"
	"database/sql"
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// copyDir copies the files of a folder (not its sub-folders).
func copyDir(tb testing.TB, from, to string) {
	tb.Helper()
	ents, err := os.ReadDir(from)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		writeFile(tb, filepath.Join(to, e.Name()), string(raw))
	}
}

// corpusDump renders the corpus tables without their ids: members,
// citations and links are named by article and offset, entities by name,
// so that two knowledge bases built differently compare equal when they
// hold the same entities and events.
func corpusDump(tb testing.TB, path string) []string {
	tb.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	var out []string
	for _, q := range []string{
		`SELECT 'entity', e.name, e.type, e.articles, e.outlets, e.first, e.last, e.quotes,
			(SELECT group_concat(x, '|') FROM (SELECT alias || '/' || key || '/' || last AS x FROM aliases WHERE entity = e.id ORDER BY x)),
			(SELECT group_concat(x, '|') FROM (SELECT a.ext_id || ':' || d.name AS x FROM entity_members m
				JOIN doc_entities d ON d.id = m.doc_entity JOIN articles a ON a.id = d.article WHERE m.entity = e.id ORDER BY x)),
			p.articles, p.outlets, p.related,
			(SELECT group_concat(x, '|') FROM (SELECT a.ext_id || ':' || d.name AS x FROM json_each(p.recent) j
				JOIN doc_entities d ON d.id = j.value JOIN articles a ON a.id = d.article ORDER BY j.key))
			FROM entities e JOIN entity_profiles p ON p.entity = e.id`,
		`SELECT 'role', e.name, e.type, r.norm, r.text, r.outlets, r.articles, a.ext_id, ro.start
			FROM entity_roles r JOIN entities e ON e.id = r.entity JOIN roles ro ON ro.rowid = r.evidence
			JOIN doc_entities d ON d.id = ro.doc_entity JOIN articles a ON a.id = d.article`,
		`SELECT 'event', ev.date, ev.precision, ev.planned, ev.reports, la.ext_id, l.start,
			(SELECT group_concat(x, '|') FROM (SELECT m.rank || '=' || a.ext_id || ':' || de.start AS x FROM event_members m
				JOIN doc_events de ON de.id = m.doc_event JOIN articles a ON a.id = de.article WHERE m.event = ev.id ORDER BY m.rank)),
			(SELECT group_concat(x, '|') FROM (SELECT e.name || '/' || e.type AS x FROM event_entities ee
				JOIN entities e ON e.id = ee.entity WHERE ee.event = ev.id ORDER BY x))
			FROM events ev JOIN doc_events l ON l.id = ev.lead JOIN articles la ON la.id = l.article`,
		// The query tables, events named by their lead report.
		`SELECT 'entity event', e.name, e.type, q.date, q.reports, a.ext_id, l.start FROM query_entity_events q
			JOIN entities e ON e.id = q.entity JOIN events ev ON ev.id = q.event
			JOIN doc_events l ON l.id = ev.lead JOIN articles a ON a.id = l.article`,
		`SELECT 'event names', a.ext_id, l.start, q.names FROM query_event_names q JOIN events ev ON ev.id = q.event
			JOIN doc_events l ON l.id = ev.lead JOIN articles a ON a.id = l.article`,
		`SELECT 'event cite', a.ext_id, l.start, q.n, q.rank, ca.ext_id, d.start, q.start, q.end, q.text FROM query_event_cites q
			JOIN events ev ON ev.id = q.event JOIN doc_events l ON l.id = ev.lead JOIN articles a ON a.id = l.article
			JOIN doc_events d ON d.id = q.doc_event JOIN articles ca ON ca.id = q.article`,
		`SELECT 'article', ext_id, title, source, url, published FROM query_articles`,
		`SELECT 'sentence event', sa.ext_id, st.start, a.ext_id, l.start, coalesce(ca.ext_id || ':' || cd.start, '') FROM query_sentence_events q
			JOIN sentences st ON st.id = q.sentence JOIN articles sa ON sa.id = st.article
			JOIN events ev ON ev.id = q.event JOIN doc_events l ON l.id = ev.lead JOIN articles a ON a.id = l.article
			LEFT JOIN doc_events cd ON cd.id = q.clause LEFT JOIN articles ca ON ca.id = cd.article`,
		`SELECT 'copy', a.ext_id, c.ext_id, c.source FROM copies c JOIN articles a ON a.id = c.article`,
		`SELECT 'entity quote', e.name, e.type, q.published, q.ext_id, q.start, qa.ext_id, qq.start FROM query_entity_quotes q
			JOIN entities e ON e.id = q.entity JOIN quotes qq ON qq.id = q.quote JOIN articles qa ON qa.id = qq.article`,
		`SELECT 'entity role', e.name, e.type, q.n, q.norm, q.former, q.clause, q.headline, q.text, q.outlets, a.ext_id,
			q.start, q.end, q.snippet FROM query_entity_roles q JOIN entities e ON e.id = q.entity JOIN articles a ON a.id = q.article`,
		`SELECT 'entity snippet', e.name, e.type, q.n, a.ext_id, q.start, q.end, q.text FROM query_entity_snippets q
			JOIN entities e ON e.id = q.entity JOIN articles a ON a.id = q.article`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]sql.NullString, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				tb.Fatal(err)
			}
			f := make([]string, len(vals))
			for i, v := range vals {
				f[i] = v.String
			}
			out = append(out, strings.Join(f, " ¦ "))
		}
		rows.Close()
	}
	out = append(out, termsDump(tb, db)...)
	slices.Sort(out)
	return out
}

// termsDump renders the search postings with sentences named by article
// and offset.
func termsDump(tb testing.TB, db *sql.DB) []string {
	tb.Helper()
	where := map[int64]string{}
	rows, err := db.Query("SELECT s.id, a.ext_id || ':' || s.start FROM sentences s JOIN articles a ON a.id = s.article")
	if err != nil {
		tb.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var w string
		if err := rows.Scan(&id, &w); err != nil {
			tb.Fatal(err)
		}
		where[id] = w
	}
	rows.Close()
	// Whether a list is also kept as a bitmap depends on the size of the
	// corpus when the list was last written, so the builds may differ in
	// that; a bitmap, where there is one, must agree with its list.
	rows, err = db.Query("SELECT term, df, postings, bits FROM query_terms")
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var term string
		var df int
		var post, bitmap []byte
		if err := rows.Scan(&term, &df, &post, &bitmap); err != nil {
			tb.Fatal(err)
		}
		var ps []string
		set := 0
		for c := newCursor(post); !c.done; c.next() {
			ps = append(ps, fmt.Sprintf("%s/%d/%d", where[c.id], c.size, c.freq))
			if bitmap != nil && (c.id/8 >= int64(len(bitmap)) || bitmap[c.id/8]&(1<<(c.id%8)) == 0) {
				tb.Errorf("term %q: sentence %d is in the list but not in the bitmap", term, c.id)
			}
			set++
		}
		if bitmap != nil {
			n := 0
			for _, b := range bitmap {
				n += bits.OnesCount8(b)
			}
			if n != set {
				tb.Errorf("term %q: bitmap has %d sentences, list %d", term, n, set)
			}
		}
		slices.Sort(ps)
		out = append(out, fmt.Sprintf("term ¦ %s ¦ %d ¦ %s", term, df, strings.Join(ps, " ")))
	}
	return out
}

func TestIncrementalBuildEqualsFullBuild(t *testing.T) {
	// Every entity's snippets prepared, so that an update is seen to
	// rewrite those of the entities it changed.
	defer func(n int) { snippetsOver = n }(snippetsOver)
	snippetsOver = 0
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	copyDir(t, "../data", data)
	writeFile(t, filepath.Join(data, "a.txt"), storyA)
	writeFile(t, filepath.Join(data, "b.txt"), storyB)
	writeFile(t, filepath.Join(data, "e1.txt"), "The Fjord Institute hosted talks in Bergen on Monday, and Dmytro Baranovsky attended.\n"+
		"The Fjord Institute said it would publish a report.\n")
	writeFile(t, filepath.Join(data, "f1.jsonl"), `{"id":"f1","title":"Talks in Bergen","source":"Fjord Daily",`+
		`"url":"https://fjord.example/talks","published":"2026-03-10","text":"The Fjord Institute hosted talks in Bergen on Monday, `+
		`and Dmytro Baranovsky attended.\nThe institute said it would publish a report."}`+"\n")
	mustBuild(t, data, db)
	seeds, err := filepath.Glob(filepath.Join(data, "0*.txt"))
	if err != nil || len(seeds) < 3 {
		t.Fatalf("seed articles: %v %v", seeds, err)
	}
	edit := func(path, extra string) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, path, string(raw)+extra)
	}
	steps := []struct {
		name   string
		change func()
	}{
		{"one article changed", func() {
			edit(seeds[0], "\nKremlin aide Yuri Ushakov said on Tuesday that Finance minister Arvid Lund would visit Moscow.\n")
		}},
		{"one article removed and one added", func() {
			os.Remove(seeds[1])
			writeFile(t, filepath.Join(data, "c.txt"), storyC)
		}},
		{"a story on a person it merges with", func() {
			writeFile(t, filepath.Join(data, "d.txt"), "Jane Holloway, the prime minister, said on Monday that talks with Norway would resume.\n")
		}},
		{"another article renames a person an unchanged one names", func() {
			// The institute's profile lists the person by the new name.
			writeFile(t, filepath.Join(data, "e2.txt"), "Dmytro Baranovskyy arrived in Kyiv on Friday.\n"+
				"Baranovskyy said the talks had failed.\nBaranovskyy left on Saturday.\n")
		}},
		{"another outlet's report joins an event", func() {
			// Its last sentence is the first of f1: the two reports are
			// one event, whose lead and members change.
			writeFile(t, filepath.Join(data, "f2.jsonl"), `{"id":"f2","title":"Bergen talks end","source":"Coast Herald",`+
				`"url":"https://coast.example/bergen","published":"2026-03-10","text":"Delegates from Oslo said on Tuesday the talks went well.\n`+
				`The Fjord Institute hosted talks in Bergen on Monday, and Dmytro Baranovsky attended."}`+"\n")
			// And another outlet runs f1 word for word: the institute is
			// reported by its outlet too.
			writeFile(t, filepath.Join(data, "g.jsonl"), `{"id":"g1","title":"Talks in Bergen","source":"Bergen Post",`+
				`"url":"https://post.example/talks","published":"2026-03-10","text":"The Fjord Institute hosted talks in Bergen on Monday, `+
				`and Dmytro Baranovsky attended.\nThe institute said it would publish a report."}`+"\n")
		}},
		{"a story at a link", func() {
			writeFile(t, filepath.Join(data, "v.jsonl"), versionLine("v1", "2026-03-10", "42")+"\n")
		}},
		{"its corrected version at the same link", func() {
			writeFile(t, filepath.Join(data, "v.jsonl"), versionLine("v1", "2026-03-10", "42")+"\n"+versionLine("v2", "2026-03-11", "24")+"\n")
		}},
		{"the changes undone", func() {
			os.Remove(filepath.Join(data, "v.jsonl"))
			os.Remove(filepath.Join(data, "e2.txt"))
			os.Remove(filepath.Join(data, "f2.jsonl"))
			os.Remove(filepath.Join(data, "g.jsonl"))
			os.Remove(filepath.Join(data, "d.txt"))
			os.Remove(filepath.Join(data, "c.txt"))
			copyDir(t, "../data", data)
		}},
	}
	for i, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.change()
			rep := mustBuild(t, data, db)
			if rep.Added+rep.Changed+rep.Removed == 0 {
				t.Fatalf("step %d changed nothing: %+v", i, rep)
			}
			full := filepath.Join(dir, "full.sqlite")
			os.Remove(full)
			if _, err := Build(context.Background(), BuildOptions{DataDir: data, DBPath: full, Full: true}); err != nil {
				t.Fatal(err)
			}
			got, want := corpusDump(t, db), corpusDump(t, full)
			if len(want) < 20 {
				t.Fatalf("full build holds only %d corpus rows", len(want))
			}
			if !slices.Equal(got, want) {
				for _, l := range diffLines(got, want) {
					t.Error(l)
				}
			}
		})
	}
}

// versionLine is one version of a story published at one link.
func versionLine(id, published, rescued string) string {
	return `{"id":"` + id + `","title":"Dozens rescued in Hebden Bridge","source":"Valley Post","url":"https://valleypost.example/news/flood","published":"` +
		published + `","text":"Firefighters rescued ` + rescued + ` people in Hebden Bridge on Monday, fire officer Priya Raghunathan said."}`
}

// diffLines lists the lines only one side has.
func diffLines(got, want []string) []string {
	var out []string
	for _, g := range got {
		if !slices.Contains(want, g) {
			out = append(out, "only incremental: "+g)
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			out = append(out, "only full: "+w)
		}
	}
	return out
}

func TestRebuildAggregatesAfreshAfterTheClusteringChanged(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "a.txt"), storyA)
	mustBuild(t, data, db)
	want := corpusDump(t, db)
	// What an older clustering would have left: other names, another
	// version.
	raw, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"UPDATE entities SET name = 'Someone Else'", "UPDATE meta SET value = 'old' WHERE key = 'aggregator'"} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	rep := mustBuild(t, data, db)
	if rep.Added+rep.Changed+rep.Removed != 0 {
		t.Fatalf("no article changed, the report says %+v", rep)
	}
	if got := corpusDump(t, db); !slices.Equal(got, want) {
		t.Errorf("the corpus tables were not rebuilt:\n%s", strings.Join(diffLines(got, want), "\n"))
	}
}

func TestAnOutletNamedInTheTextIsAnOrganisation(t *testing.T) {
	s := storeOf(t, map[string]string{
		"feed.jsonl": `{"id":"a","title":"Hostages freed","source":"Sahel Observer","published":"2026-03-10","text":"Two hostages were freed in Niamey on Monday, the Sahel Observer reported."}` + "\n" +
			`{"id":"b","title":"Talks","source":"The Gulf Wire","published":"2026-03-11","text":"Negotiators met in Doha on Tuesday, Gulf Wire said."}` + "\n",
	})
	for _, name := range []string{"Sahel Observer", "Gulf Wire"} {
		l, err := s.Find(context.Background(), name)
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Matches) != 1 || l.Matches[0].Type != "ORG" {
			t.Errorf("%s: %+v, want one organisation", name, l.Matches)
		}
	}
}
