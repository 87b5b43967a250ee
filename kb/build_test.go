package kb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"newsbot/ingest"
)

func writeFile(tb testing.TB, path, data string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		tb.Fatal(err)
	}
}

func mustBuild(tb testing.TB, data, db string) *Report {
	tb.Helper()
	rep, err := Build(context.Background(), BuildOptions{DataDir: data, DBPath: db})
	if err != nil {
		tb.Fatalf("build: %v", err)
	}
	return rep
}

func mustOpen(tb testing.TB, path string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// storeOf builds a knowledge base of the given files (name → content) in
// a fresh folder and opens it.
func storeOf(tb testing.TB, files map[string]string) *Store {
	tb.Helper()
	dir := tb.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	for name, text := range files {
		writeFile(tb, filepath.Join(data, name), text)
	}
	mustBuild(tb, data, db)
	return mustOpen(tb, db)
}

// timelineDates returns the dates of the rows Timeline gives for q,
// joined by spaces.
func timelineDates(tb testing.TB, s *Store, q TimelineQuery) string {
	tb.Helper()
	tl, err := s.Timeline(context.Background(), q)
	if err != nil {
		tb.Fatal(err)
	}
	got := make([]string, len(tl))
	for i, r := range tl {
		got[i] = r.Date
	}
	return strings.Join(got, " ")
}

const storyA = "Prime Minister Jane Holloway said on Monday that talks with Norway would resume.\n“We are close to a deal,” Holloway told reporters in Oslo.\n"
const storyB = "Finance minister Arvid Lund resigned on Friday after a vote in parliament.\nLund said he would return to teaching.\n"
const storyC = "The central bank of Norway kept rates unchanged on Thursday, governor Ida Wolden Bache said.\n"

func TestBuildIsIncremental(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "a.txt"), storyA)
	writeFile(t, filepath.Join(data, "sub", "b.txt"), storyB)
	rep := mustBuild(t, data, db)
	if rep.Added != 2 || rep.Articles != 2 {
		t.Fatalf("first build: %+v", rep)
	}

	first := rep
	rep = mustBuild(t, data, db)
	if rep.Unchanged != 2 || rep.Added+rep.Changed+rep.Removed != 0 {
		t.Errorf("a build of the same folder re-extracted: %+v", rep)
	}
	if rep.People != first.People || rep.Places != first.Places || rep.Events != first.Events || rep.Quotes != first.Quotes {
		t.Errorf("an unchanged rebuild reports other counts: %+v, first %+v", rep, first)
	}

	writeFile(t, filepath.Join(data, "sub", "b.txt"), storyB+"He was 61.\n")
	writeFile(t, filepath.Join(data, "c.txt"), storyC)
	if err := os.Remove(filepath.Join(data, "a.txt")); err != nil {
		t.Fatal(err)
	}
	rep = mustBuild(t, data, db)
	if rep.Added != 1 || rep.Changed != 1 || rep.Removed != 1 || rep.Articles != 2 {
		t.Errorf("after adding, changing and removing a file: %+v", rep)
	}
	s := mustOpen(t, db)
	arts, err := s.Sources(context.Background(), "", 100)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.Article.ID)
	}
	if strings.Join(ids, ",") != "c.txt,sub/b.txt" && strings.Join(ids, ",") != "sub/b.txt,c.txt" {
		t.Errorf("articles after the update: %v", ids)
	}
	hits, err := s.Search(context.Background(), "Holloway", 10)
	if err != nil || len(hits) != 0 {
		t.Errorf("a removed article is still searchable: %v %v", hits, err)
	}
	hits, err = s.Search(context.Background(), "teaching", 10)
	if err != nil || len(hits) != 1 {
		t.Errorf("the changed article is not searchable: %v %v", hits, err)
	}
}

// An article whose publication date changes while its text does not is
// extracted again: its relative dates count from the new date.
func TestBuildReextractsAnArticleWhoseDateChanged(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	line := func(published string) string {
		return `{"id":"j1","title":"Minister quits","source":"Wire","published":"` + published + `","text":"` + strings.ReplaceAll(storyB, "\n", `\n`) + `"}` + "\n"
	}
	writeFile(t, filepath.Join(data, "wire.jsonl"), line("2025-01-08"))
	mustBuild(t, data, db)
	s := mustOpen(t, db)
	if got := timelineDates(t, s, TimelineQuery{Topic: "resigned", Limit: 10}); got != "2025-01-03" {
		t.Fatalf("resigned on Friday, published Wed 8 Jan 2025: %q, want 2025-01-03", got)
	}
	s.Close()

	writeFile(t, filepath.Join(data, "wire.jsonl"), line("2025-01-15"))
	rep := mustBuild(t, data, db)
	if rep.Changed != 1 || rep.Unchanged != 0 {
		t.Errorf("a new publication date kept the old extraction: %+v", rep)
	}
	s = mustOpen(t, db)
	if got := timelineDates(t, s, TimelineQuery{Topic: "resigned", Limit: 10}); got != "2025-01-10" {
		t.Errorf("resigned on Friday, published Wed 15 Jan 2025: %q, want 2025-01-10", got)
	}
}

func TestBuildSkipsBadFilesAndKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "good.txt"), storyA)
	writeFile(t, filepath.Join(data, "empty.txt"), "")
	writeFile(t, filepath.Join(data, "binary.txt"), "\x00\x01\x02ELF\x00")
	writeFile(t, filepath.Join(data, "lines.jsonl"), `{"id":"j1","title":"T","source":"Wire","published":"2025-01-02","text":"`+strings.ReplaceAll(storyB, "\n", `\n`)+`"}`+"\n{broken\n")
	writeFile(t, filepath.Join(data, "dup.txt"), storyA)
	rep := mustBuild(t, data, db)
	if rep.Articles != 2 {
		t.Errorf("built %d articles, want good.txt and j1: %+v", rep.Articles, rep)
	}
	if rep.Duplicates != 1 {
		t.Errorf("the duplicate of good.txt was not collapsed: %+v", rep)
	}
	reasons := map[string]bool{}
	for _, p := range rep.Problems {
		reasons[filepath.Base(p.Path)] = true
	}
	for _, f := range []string{"empty.txt", "binary.txt", "lines.jsonl"} {
		if !reasons[f] {
			t.Errorf("%s is not reported: %+v", f, rep.Problems)
		}
	}
}

func TestOpenRejectsDamagedAndOldFiles(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(context.Background(), filepath.Join(dir, "missing.sqlite")); !errors.Is(err, ErrNoKB) {
		t.Errorf("missing file: %v", err)
	}
	junk := filepath.Join(dir, "junk.sqlite")
	writeFile(t, junk, strings.Repeat("not a database ", 100))
	if _, err := Open(context.Background(), junk); !errors.Is(err, ErrCorrupt) {
		t.Errorf("junk file: %v", err)
	}

	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "a.txt"), storyA)
	mustBuild(t, data, db)
	raw, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	trunc := filepath.Join(dir, "trunc.sqlite")
	writeFile(t, trunc, string(raw[:len(raw)/2]))
	if s, err := Open(context.Background(), trunc); err == nil {
		s.Close()
		t.Errorf("a truncated file opened without error")
	}

	old := filepath.Join(dir, "old.sqlite")
	writeFile(t, old, string(raw))
	w, err := sql.Open("sqlite3", old)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Exec("PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if _, err := Open(context.Background(), old); !errors.Is(err, ErrOldVersion) || !strings.Contains(err.Error(), "bot build") {
		t.Errorf("old version: %v", err)
	}
}

func TestFailedBuildKeepsTheOldKnowledgeBase(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "a.txt"), storyA)
	mustBuild(t, data, db)
	before, _ := os.ReadFile(db)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, BuildOptions{DataDir: data, DBPath: db}); err == nil {
		t.Fatal("a cancelled build succeeded")
	}
	if _, err := Build(context.Background(), BuildOptions{DataDir: filepath.Join(dir, "nope"), DBPath: db}); err == nil {
		t.Fatal("a build of a missing folder succeeded")
	}
	after, _ := os.ReadFile(db)
	if string(before) != string(after) {
		t.Error("a failed build changed the knowledge base")
	}
	matches, _ := filepath.Glob(db + ".tmp-*")
	if len(matches) != 0 {
		t.Errorf("temporary files left behind: %v", matches)
	}
	mustOpen(t, db)
}

func TestSearchTreatsUserTextAsData(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{`ceasefire`, `"ceasefire"`},
		{`"a" AND b`, `"a" "AND" "b"`},
		{`NEAR(x y) OR *`, `"NEAR" "x" "y" "OR"`},
		{`title:x ^y -z`, `"title" "x" "y" "z"`},
		{"\x00\xff", ``},
		{`Zelenskyy’s`, `"Zelenskyy" "s"`},
		{`defic* a* **x`, `"defic"* "a" "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := MatchExpr(Terms(tt.in), " "); got != tt.want {
				t.Errorf("MatchExpr(Terms(%q)) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRepeatedSiteFurnitureIsNeitherSearchedNorAnEntity(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	stories := []string{
		"Finance minister Arvid Lund resigned on Friday after a vote in parliament.",
		"The central bank of Norway kept rates unchanged on Thursday, governor Ida Wolden Bache said.",
		"Prime Minister Jane Holloway said on Monday that talks with Sweden would resume.",
		"Oil workers in Stavanger went on strike on Tuesday over pay, union leader Per Olsen said.",
		"The Oslo stock exchange fell two percent on Wednesday, trader Kari Nordmann said.",
		"Fishing quotas for cod were cut on Friday, minister Lars Berg told parliament.",
	}
	for i, st := range stories {
		writeFile(t, filepath.Join(data, fmt.Sprintf("s%d.txt", i)), "Story "+strconv.Itoa(i)+"\n"+st+"\nREUTER\n")
	}
	mustBuild(t, data, db)
	s := mustOpen(t, db)
	if hits, err := s.Search(context.Background(), "REUTER", 10); err != nil || len(hits) != 0 {
		t.Errorf("furniture is searchable: %v %v", hits, err)
	}
	if l, err := s.Find(context.Background(), "Reuter"); err != nil || len(l.Matches) != 0 {
		t.Errorf("furniture became an entity: %+v %v", l, err)
	}
	if l, err := s.Find(context.Background(), "Arvid Lund"); err != nil || len(l.Matches) != 1 {
		t.Errorf("a real person is lost: %+v %v", l, err)
	}
}

func TestSearchFindsEverySpellingOfAName(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		queries []string
	}{
		{"transliterations", map[string]string{
			"a.txt": "Kyiv talks\nUkrainian President Volodymyr Zelensky said on Monday that talks would go on.\n",
			"b.txt": "Dublin visit\nUkrainian President Volodymyr Zelenskyy met Irish leaders in Dublin on Tuesday.\n",
		}, []string{"Zelensky", "Zelenskyy", "zelenskiy", "Zelensky President"}},
		{"letters without a mark", map[string]string{
			"a.txt": "Dairy deal\nJørgen Halvorsen, chairman of Halvorsen Dairy, backed the deal on Monday.\n",
			"b.txt": "Dairy sold\nJorgen Halvorsen said the family had rejected three suitors.\n",
		}, []string{"Jorgen", "Jørgen", "JØRGEN Halvorsen"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := storeOf(t, tt.files)
			for _, q := range tt.queries {
				hits, err := s.Search(context.Background(), q, 10)
				if err != nil || len(hits) != 2 {
					t.Errorf("Search(%q) found %d sentences, want both spellings: %v", q, len(hits), err)
				}
			}
		})
	}
}

func TestFindASurnameWithItsParticles(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Plant dispute\nChief executive Pieter van der Walt said on Monday the plant was ready.\n",
	})
	for _, q := range []string{"van der Walt", "Van der Walt", "Walt", "Pieter van der Walt"} {
		l, err := s.Find(context.Background(), q)
		if err != nil || len(l.Matches) != 1 || l.Matches[0].Name != "Pieter van der Walt" {
			t.Errorf("Find(%q) = %+v, %v; want Pieter van der Walt", q, l, err)
		}
	}
}

func TestFindASurnameWithItsParticlesInAnyCase(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Envoy named\nOTTAWA - Abdullah bin Rashid Al Mansouri presented his credentials on Monday.\n",
		"b.txt": "Bank rescued\nThe chief executive, Maria van der Berg, resigned on Saturday.\n",
		"c.txt": "Talks open\nMUSCAT - Kuwait's foreign minister, Nasser Al Sabahy, met Crown Prince Faisal bin Turki on Sunday.\n",
	})
	tests := []struct{ query, want string }{
		{"Al Mansouri", "Abdullah bin Rashid Al Mansouri"},
		{"al mansouri", "Abdullah bin Rashid Al Mansouri"},
		{"Van Der Berg", "Maria van der Berg"},
		{"al-Sabahy", "Nasser Al Sabahy"},
		{"Al Sabahi", "Nasser Al Sabahy"},
		{"bin Turki", "Faisal bin Turki"},
		{"Al Gore", ""},
	}
	for _, tt := range tests {
		l, err := s.Find(context.Background(), tt.query)
		var got []string
		for _, m := range l.Matches {
			got = append(got, m.Name)
		}
		if err != nil || tt.want == "" && len(got) != 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
			t.Errorf("Find(%q) = %v, %v; want %q", tt.query, got, err, tt.want)
		}
	}
}

func TestASyndicatedCopyWithoutItsHeadlineIsStoredOnce(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	body := "CAPE TOWN (Wire) — Thousands marched on the civic centre on Wednesday.\n\nPolice said the march was peaceful.\n"
	writeFile(t, filepath.Join(data, "a.txt"), "Protesters march on civic centre\n\n"+body)
	writeFile(t, filepath.Join(data, "b.jsonl"), `{"id":"b1","title":"Protesters march on civic centre","source":"Herald","published":"2026-05-07","text":"`+
		strings.ReplaceAll(strings.ReplaceAll(body, "\n", `\n`), "  ", " ")+`"}`+"\n")
	rep := mustBuild(t, data, db)
	if rep.Articles != 1 || rep.Duplicates != 1 {
		t.Errorf("stored %d articles, %d duplicates; want 1 and 1", rep.Articles, rep.Duplicates)
	}
}

func TestCopiesUnderDifferentHeadersAreStoredOnce(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	body := "Crews contained the fire at the Kessa gallery on Tuesday.\n\nNo one was hurt, officials said.\n"
	writeFile(t, filepath.Join(data, "a.txt"), "Title: Gallery fire contained\nSource: Kessa Post\nPublished: 2026-05-06\n\n"+body)
	writeFile(t, filepath.Join(data, "b.txt"), "Title: Fire at Kessa gallery put out\nSource: Harbour Wire\nURL: https://harbour.example/fire\n\n"+body)
	rep := mustBuild(t, data, db)
	if rep.Articles != 1 || rep.Duplicates != 1 {
		t.Errorf("stored %d articles, %d duplicates; want 1 and 1", rep.Articles, rep.Duplicates)
	}
}

func TestAFileAndItsByteForByteCopyAreOneStoryWhateverTheirTitles(t *testing.T) {
	// The story opens with a line that is no headline, so a file without
	// a manifest entry takes it as its title, and one with an entry keeps
	// it in its text.
	const story = "Newsletter sign-up | Sections | Weather\n" +
		"ODENSE — Crews reopened the Odense ring road on Tuesday after the floods.\n\n" +
		"The council said repairs would cost 4 million kroner.\n"
	const entry = `{"file": %q, "title": "Ring road reopens", "source": "Funen Post", "published": "2026-05-06"}`
	tests := []struct {
		name     string
		manifest string // the file the manifest describes, if any
		stored   string // the file the story is stored as
	}{
		{"neither in a manifest", "", "a.txt"},
		{"the first read in a manifest", "a.txt", "a.txt"},
		{"the second read in a manifest", "b.txt", "b.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
			writeFile(t, filepath.Join(data, "a.txt"), story)
			writeFile(t, filepath.Join(data, "b.txt"), story)
			if tt.manifest != "" {
				writeFile(t, filepath.Join(data, "manifest.json"), "["+fmt.Sprintf(entry, tt.manifest)+"]")
			}
			for build := range 2 { // from scratch, then again on the first
				rep := mustBuild(t, data, db)
				if rep.Articles != 1 || rep.Duplicates != 1 || rep.Replaced != 0 {
					t.Errorf("build %d: %d articles, %d duplicates, %d replaced; want 1, 1, 0: %+v",
						build, rep.Articles, rep.Duplicates, rep.Replaced, rep)
				}
				s := mustOpen(t, db)
				srcs, err := s.Sources(context.Background(), "", 10)
				s.Close()
				if err != nil || len(srcs) != 1 || srcs[0].Article.ID != tt.stored {
					t.Errorf("build %d: sources %+v, %v; want the story stored as %s", build, srcs, err, tt.stored)
				}
			}
			full := filepath.Join(dir, "full.sqlite")
			if _, err := Build(context.Background(), BuildOptions{DataDir: data, DBPath: full, Full: true}); err != nil {
				t.Fatal(err)
			}
			for _, l := range diffLines(corpusDump(t, db), corpusDump(t, full)) {
				t.Errorf("rebuilt: %s", l)
			}
		})
	}
}

func TestABuildNamesTheArticlesItAddedChangedRemovedAndLeftUndated(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "a.txt"), "Title: Bridge reopens\nPublished: 2026-05-06\n\nCrews reopened the bridge on Tuesday.\n")
	writeFile(t, filepath.Join(data, "b.txt"), "Ferry sinks\n\nThe ferry sank on Tuesday.\n")
	rep := mustBuild(t, data, db)
	if !slices.Equal(rep.AddedIDs, []string{"a.txt", "b.txt"}) || !slices.Equal(rep.Undated, []string{"b.txt"}) {
		t.Errorf("first build: added %q, undated %q; want a.txt and b.txt, b.txt", rep.AddedIDs, rep.Undated)
	}
	writeFile(t, filepath.Join(data, "a.txt"), "Title: Bridge reopens\nPublished: 2026-05-06\n\nCrews reopened the bridge on Tuesday.\nTraffic resumed.\n")
	if err := os.Remove(filepath.Join(data, "b.txt")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(data, "c.txt"), "Title: Port strike\nPublished: 2026-05-07\n\nDockworkers walked out on Wednesday.\n")
	rep = mustBuild(t, data, db)
	if !slices.Equal(rep.AddedIDs, []string{"c.txt"}) || !slices.Equal(rep.ChangedIDs, []string{"a.txt"}) ||
		!slices.Equal(rep.RemovedIDs, []string{"b.txt"}) || len(rep.Undated) != 0 {
		t.Errorf("rebuild: added %q, changed %q, removed %q, undated %q; want c.txt, a.txt, b.txt and none",
			rep.AddedIDs, rep.ChangedIDs, rep.RemovedIDs, rep.Undated)
	}
	want := []string{"added (1): c.txt", "changed (1): a.txt", "removed (1): b.txt"}
	if got := rep.Details(); !slices.Equal(got, want) {
		t.Errorf("Details() = %q, want %q", got, want)
	}
}

func TestReportWording(t *testing.T) {
	many := make([]string, 23)
	for i := range many {
		many[i] = fmt.Sprintf("f%02d.txt", i)
	}
	tests := []struct {
		name string
		rep  Report
		want []string // in Summary, then Details, in order
	}{
		{"one of each is singular", Report{Articles: 1, Added: 1, Duplicates: 1, Replaced: 1, People: 1, Orgs: 1, Places: 1, Quotes: 1, Events: 1,
			Problems: []ingest.Problem{{Skipped: true}}},
			[]string{"1 article (1 added", "1 duplicate stored once", "1 earlier version replaced by a later one",
				"1 person, 1 organisation, 1 place, 1 quote, 1 event", "1 file or line skipped"}},
		{"many are plural", Report{Articles: 2, Duplicates: 2, People: 0, Events: 3},
			[]string{"2 articles (", "2 duplicates stored once", "0 people", "3 events"}},
		{"a long list names twenty and counts the rest", Report{Articles: 24, Added: 23, Unchanged: 1, AddedIDs: many},
			[]string{"added (23): f00.txt, f01.txt", "f19.txt and 3 more"}},
		{"a first build of many files names none", Report{Articles: 23, Added: 23, AddedIDs: many},
			[]string{"23 articles (23 added", "in 0.0 s\n"}},
		{"undated articles are named with what it means", Report{Articles: 2, Undated: []string{"x.txt", "y.txt"}},
			[]string{"undated (2): x.txt, y.txt; they have no publication date", "relative dates in them"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.rep.Summary() + "\n" + strings.Join(tt.rep.Details(), "\n")
			at := 0
			for _, w := range tt.want {
				i := strings.Index(got[at:], w)
				if i < 0 {
					t.Fatalf("%q lacks %q (in order)", got, w)
				}
				at += i + len(w)
			}
		})
	}
}

func TestNumberForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"litres", "litre"}, {"litre", "litres"}, {"protests", "protest"}, {"countries", "country"},
		{"country", "countries"}, {"taxes", "tax"}, {"Talks", "talk"}, {"days", "day"}, {"churches", "church"},
		{"tax", ""}, {"day", ""}, {"café", ""}, {"G20s", ""},
	}
	for _, tt := range tests {
		got := numberForms(tt.in)
		if tt.want == "" && len(got) != 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
			t.Errorf("numberForms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTopicTimelineFindsOtherFormsOfAWord(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Floods","source":"Wire","published":"2026-11-17","text":"The floods hit the valley on Sunday, and a plane crashed near the airport.\nThe council met on Monday."}` + "\n",
	})
	for _, topic := range []string{"flood", "floods", "Floods valley", "crash", "crashes"} {
		tl, err := s.Timeline(context.Background(), TimelineQuery{Topic: topic, Limit: 10})
		if err != nil || len(tl) != 1 || tl[0].Date != "2026-11-15" {
			t.Errorf("Timeline(topic %q) = %+v, %v; want the flood on 15 Nov", topic, tl, err)
		}
	}
}

func TestAProfileListsRolesNamedByANounFirst(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Ruling appealed\nPieter van der Walt, who founded Karoo Minerals in 2011, said on Monday the firm would appeal.\n",
		"b.txt": "Firm to appeal\nKaroo Minerals chief executive Pieter van der Walt said the firm would appeal.\n",
	})
	p := profileOf(t, s, "Pieter van der Walt")
	var got []string
	for _, r := range p.Roles {
		got = append(got, r.Text)
	}
	if len(got) != 2 || !strings.Contains(got[0], "chief executive") || !strings.HasPrefix(got[1], "founded Karoo Minerals") {
		t.Errorf("roles %q; want the chief executive first, then what the relative clause says", got)
	}
}

func TestAProfileListsRolesTheBodyGivesBeforeTheHeadlines(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Mayor Halvorsen found guilty of bribery\n\nFormer Riverton mayor Erik Halvorsen was found guilty on Thursday. He resigned the following year.\n",
	})
	p := profileOf(t, s, "Erik Halvorsen")
	var got []string
	for _, r := range p.Roles {
		got = append(got, r.Text)
	}
	if len(got) != 2 || got[0] != "Former Riverton mayor" || got[1] != "Mayor" {
		t.Errorf("roles %q; want the body's former office before the headline's", got)
	}
}

func TestAProfileShowsARoleAsTheBodyWritesItNotAsItOpensASentence(t *testing.T) {
	s := storeOf(t, map[string]string{
		"feed.jsonl": `{"id":"a","title":"Bridge shut","source":"Valley Post","published":"2026-03-10","text":"Bridge shut\n\nThe council said on Monday the bridge would shut. Marta Kowal, the chief engineer, said repairs would take a month."}` + "\n" +
			`{"id":"b","title":"Bridge works","source":"Gulf Wire","published":"2026-03-12","text":"Bridge works\n\nRepairs began on Wednesday. Chief engineer Marta Kowal said the work was on schedule."}` + "\n",
	})
	p := profileOf(t, s, "Marta Kowal")
	if len(p.Roles) == 0 || p.Roles[0].Text != "chief engineer" {
		var got []string
		for _, r := range p.Roles {
			got = append(got, r.Text)
		}
		t.Errorf("roles %q; want \"chief engineer\" as the body writes it", got)
	}
}

func TestFindTheFirstWordsOfAName(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Transfer\nValmont FC have signed Brazilian striker João Pedro Araújo from Santos, the club announced on Tuesday.\n",
	})
	for q, want := range map[string]string{"Valmont": "Valmont FC", "joao pedro": "João Pedro Araújo", "Joao Pedro Araujo": "João Pedro Araújo"} {
		l, err := s.Find(context.Background(), q)
		if err != nil || len(l.Matches) != 1 || l.Matches[0].Name != want {
			t.Errorf("Find(%q) = %+v, %v; want %s", q, l, err, want)
		}
	}
	if l, err := s.Find(context.Background(), "Valm"); err != nil || len(l.Matches) != 0 {
		t.Errorf("Find(%q) = %+v, %v; want no match for part of a word", "Valm", l, err)
	}
}

func TestSourcesFilterByOutletOrTitle(t *testing.T) {
	s := storeOf(t, map[string]string{
		"feed.jsonl": `{"id":"a","title":"Council approves 100% rise","source":"Valley Post","published":"2026-03-10","text":"The council approved the rise on Monday."}` + "\n" +
			`{"id":"b","title":"Talks resume","source":"Gulf Wire","published":"2026-03-11","text":"Negotiators met in Doha on Tuesday."}` + "\n",
	})
	tests := []struct {
		filter string
		want   string
	}{
		{"", "b a"},
		{"valley post", "a"},
		{"TALKS", "b"},
		{"100%", "a"},
		{"10_%", ""},
		{"Reuters", ""},
	}
	for _, tt := range tests {
		arts, err := s.Sources(context.Background(), tt.filter, 10)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range arts {
			ids = append(ids, a.Article.ID)
		}
		if got := strings.Join(ids, " "); got != tt.want {
			t.Errorf("Sources(%q) = %q, want %q", tt.filter, got, tt.want)
		}
	}
}

func TestTimelineMergesACopiedSentenceOfFewWords(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Bank cuts rates","source":"Ledger","published":"2026-03-05","text":"The central bank cut its main rate on Wednesday.\nIts next meeting is scheduled for April 8."}` + "\n" +
			`{"id":"b","title":"Rates lowered","source":"Post","published":"2026-03-05","text":"Borrowing costs fell for the first time in five months.\nIts next meeting is scheduled for April 8."}` + "\n",
	})
	tl, err := s.Timeline(context.Background(), TimelineQuery{From: "2026-04-08", To: "2026-04-08", Limit: 10})
	if err != nil || len(tl) != 1 || len(tl[0].Sources) != 2 {
		t.Errorf("Timeline = %+v, %v; want one row citing both articles", tl, err)
	}
}

func TestTimelineRangeHoldsThePeriodsItContains(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Strike","source":"Wire","published":"2026-11-20","text":"Union leader Carla Mendes said talks resumed on Tuesday.\nMendes said the strike began earlier this month.\nMendes led a strike in 2019."}` + "\n",
	})
	ref, err := s.Find(context.Background(), "Carla Mendes")
	if err != nil || len(ref.Matches) != 1 {
		t.Fatalf("Find = %+v, %v", ref, err)
	}
	id := ref.Matches[0].ID
	tests := []struct {
		q    TimelineQuery
		want string
	}{
		{TimelineQuery{From: "2026-11-01", To: "2026-11-30"}, "2026-11 2026-11-17"},
		{TimelineQuery{Entity: id, From: "2026-11-01", To: "2026-11-30"}, "2026-11 2026-11-17"},
		{TimelineQuery{From: "2026-10", To: "2026-12"}, "2026-11 2026-11-17"},
		{TimelineQuery{From: "2019-01-01", To: "2019-12-31"}, "2019"},
		// Days: a month or a year that only overlaps them is not news of
		// those days.
		{TimelineQuery{From: "2026-11-16", To: "2026-11-17"}, "2026-11-17"},
		{TimelineQuery{Entity: id, From: "2026-11-16", To: "2026-11-17"}, "2026-11-17"},
		{TimelineQuery{From: "2026-11-17"}, "2026-11-17"},
		{TimelineQuery{To: "2026-11-17"}, "2019 2026-11-17"},
	}
	for _, tc := range tests {
		q := tc.q
		q.Limit = 10
		tl, err := s.Timeline(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		var dates []string
		for _, r := range tl {
			dates = append(dates, r.Date)
		}
		if got := strings.Join(dates, " "); got != tc.want {
			t.Errorf("Timeline(%+v) dates %q, want %q", q, got, tc.want)
		}
	}
}

func TestAnArticleWithoutAnOutletCountsNoOutlet(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Theft","source":"Wire","published":"2026-10-05","text":"The stolen works include a winter landscape by Hendrick Avercamp."}` + "\n",
		"b.txt":   "Avercamp show\n\nA painting by Hendrick Avercamp went on show.\n",
	})
	l, err := s.Find(context.Background(), "Hendrick Avercamp")
	if err != nil || len(l.Matches) != 1 {
		t.Fatalf("Find = %+v, %v", l, err)
	}
	p, err := s.Profile(context.Background(), l.Matches[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Articles != 2 || !slices.Equal(p.Outlets, []string{"Wire"}) {
		t.Errorf("profile: %d articles, outlets %q; want 2 articles from the one named outlet", p.Articles, p.Outlets)
	}
}

func TestASyndicatedCopyIsStoredOnceWithItsOutletListed(t *testing.T) {
	line := func(id, source string) string {
		return `{"id":"` + id + `","title":"Breach","source":"` + source + `","published":"2026-03-23",` +
			`"text":"Chief information officer Priya Raman said on Monday that 4.2 million customers were affected."}` + "\n"
	}
	s := storeOf(t, map[string]string{"a.jsonl": line("a", "City Ledger") + line("b", "Northern Echo Daily")})
	arts, err := s.Sources(context.Background(), "Northern Echo", 10)
	if err != nil || len(arts) != 1 || arts[0].Article.ID != "a" || !slices.Equal(arts[0].Article.AlsoIn, []string{"Northern Echo Daily"}) {
		t.Fatalf("Sources(Northern Echo) = %+v, %v; want article a, also run by Northern Echo Daily", arts, err)
	}
	l, err := s.Find(context.Background(), "Priya Raman")
	if err != nil || len(l.Matches) != 1 {
		t.Fatalf("Find = %+v, %v", l, err)
	}
	p, err := s.Profile(context.Background(), l.Matches[0].ID)
	if err != nil || p.Articles != 1 || len(p.Outlets) != 2 {
		t.Errorf("profile %d articles, outlets %q, %v; want 1 article from both outlets", p.Articles, p.Outlets, err)
	}
}

func TestATopicTimelineFindsTheOtherWordsOfItsKindOfEvent(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Walkout","source":"Herald","published":"2026-11-12","text":"Nurses walked out on Tuesday after talks broke down.\nAn earlier two-day stoppage took place in October.\nThe ward reopened on Wednesday."}` + "\n",
	})
	if got := timelineDates(t, s, TimelineQuery{Topic: "strike", Limit: 10}); got != "2026-10 2026-11-10" {
		t.Errorf("Timeline(strike) dates %q, want the stoppage and the walkout", got)
	}
}

func TestATopicTimelineFindsLaunchesDeathsAndNounsOfItsVerbs(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Rocket flies","source":"Herald","published":"2026-10-02","text":"The rocket lifted off from the coast on Thursday.\nThe director died on Monday after a short illness.\nCrews said on Tuesday the fire was 15% contained."}` + "\n",
	})
	tests := []struct{ topic, want string }{
		{"launch", "2026-10-01"},
		{"death", "2026-09-28"},
		{"containment", "2026-09-29"},
	}
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			if got := timelineDates(t, s, TimelineQuery{Topic: tt.topic, Limit: 10}); got != tt.want {
				t.Errorf("Timeline(%s) dates %q, want %s", tt.topic, got, tt.want)
			}
		})
	}
}

func TestATopicTimelineTakesContextWordsOnlyInArticlesOfItsKind(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"m","title":"Bank talks end","source":"Herald","published":"2026-10-10","text":"Merger talks between Alder Bank and Birch Bank collapsed on Friday.\nAlder rejected an approach from Birch on 3 September.\nAlder shares rose 2 per cent in the morning."}` + "\n" +
			`{"id":"t","title":"Reyes loses final","source":"Herald","published":"2026-09-14","text":"Jon Reyes saw his bid for a third title end on Sunday.\nHis coach tried a new approach to training on 2 September."}` + "\n" +
			`{"id":"v","title":"Ash shuts airport","source":"Herald","published":"2026-10-09","text":"Mount Keluran erupted overnight, forcing thousands from their homes.\nThe volcano first rumbled on 5 September."}` + "\n" +
			`{"id":"r","title":"Riots in Port Halden","source":"Herald","published":"2026-10-01","text":"Violence erupted in Port Halden on Tuesday after the vote."}` + "\n",
	})
	tests := []struct {
		name, topic string
		want        string
	}{
		{"a merger finds the approach in its article but no bid elsewhere", "merger", "2026-09-03 2026-10-09"},
		{"a takeover is the same kind of event", "takeover", "2026-09-03 2026-10-09"},
		{"a context word alone finds every sentence with it", "approach", "2026-09-02 2026-09-03"},
		{"a bid outside a report of a takeover is still a bid", "bid", "2026-09-13"},
		{"a volcano finds the eruption in its article but no riot erupting elsewhere", "volcano", "2026-09-05 2026-10-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := timelineDates(t, s, TimelineQuery{Topic: tt.topic, Limit: 10}); got != tt.want {
				t.Errorf("Timeline(%s) dates %q, want %s", tt.topic, got, tt.want)
			}
		})
	}
}

func TestIsOutletLine(t *testing.T) {
	tests := []struct {
		line, source string
		want         bool
	}{
		{"HARBOUR TIMES", "Harbour Times", true},
		{"The Harbour Times", "Harbour Times", true},
		{"Harbour Times", "The Harbour Times", true},
		{"Harbour Times.", "Harbour Times", true},
		{"Harbour Times wins press award", "Harbour Times", false},
		{"Harbour Times", "", false},
		{"Harbour", "Harbour Times", false},
		{"the  harbour\ttimes", "Harbour Times", true},
		{"THE", "The", true},
		{"Harbour Times!", "Harbour-Times", false},
		{"Hárbour Times", "Harbour Times", false},
		{"HÁRBOUR TIMES", "Hárbour Times", true},
		{"Harbour Times", "Hárbour Times", false},
		{"The The Harbour Times", "Harbour Times", false},
	}
	for _, tt := range tests {
		if got := isOutletLine(tt.line, tt.source); got != tt.want {
			t.Errorf("isOutletLine(%q, %q) = %v, want %v", tt.line, tt.source, got, tt.want)
		}
		// The furniture scan's test, with the outlets' keys kept, says
		// the same.
		if got := isMasthead(tt.line, tt.source, map[string]masthead{}); got != tt.want {
			t.Errorf("isMasthead(%q, %q) = %v, want %v", tt.line, tt.source, got, tt.want)
		}
	}
}

func TestStoryHash(t *testing.T) {
	long := strings.Repeat("w", 5000)
	tests := []struct {
		name, text, words string // words: the text as hashed
	}{
		{"empty", "", ""},
		{"white space only", " \n\t ", ""},
		{"runs of white space are one space", "a  b\n\tc", "a b c"},
		{"leading and trailing white space go", "\r\n lead line \f\v", "lead line"},
		{"a word longer than the buffer", "x " + long + "  y", "x " + long + " y"},
		{"many words past the buffer", strings.Repeat("ab  ", 3000), strings.TrimSpace(strings.Repeat("ab ", 3000))},
		{"a word longer than a chunk", "x\n" + strings.Repeat(long, 8) + "\n\ny ", "x " + strings.Repeat(long, 8) + " y"},
		{"many words past a chunk", strings.Repeat("abc\n   ", 20000), strings.TrimSpace(strings.Repeat("abc ", 20000))},
		{"other white space is kept", "a\u00a0b", "a\u00a0b"},
	}
	for _, tt := range tests {
		sum := sha256.Sum256([]byte(tt.words))
		if got := storyHash(tt.text); got != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: storyHash(%.20q) is not the hash of %.20q", tt.name, tt.text, tt.words)
		}
	}
}

// A profile reads an entity's quotes when they are few, for the bot to
// tell how many statements they are.
func TestAProfileReadsFewQuotes(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Ruling appealed\nPieter van der Walt said: \"We will appeal the ruling.\"\n",
		"b.txt": "Firm to appeal\n\"We will appeal the ruling,\" Pieter van der Walt said on Monday.\n",
	})
	p := profileOf(t, s, "Pieter van der Walt")
	if p.Quotes != 2 || len(p.QuoteHits) != 2 {
		t.Fatalf("quotes %d, hits %+v; want both quotes read", p.Quotes, p.QuoteHits)
	}
	for _, h := range p.QuoteHits {
		if !strings.HasPrefix(h.Text, "We will appeal the ruling") || h.Speaker != "Pieter van der Walt" {
			t.Errorf("quote %q by %q", h.Text, h.Speaker)
		}
	}
}

// A correction note repeats the error it corrects: a profile does not
// introduce anyone with it.
func TestAProfileQuotesNoCorrectionNote(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Crew named\n\nFlight Engineer Thomas Whitlock trained for two years.\n\n" +
			"Correction: An earlier version of this article said Flight Engineer Thomas Whitlock was born in Adelaide.\n",
	})
	p := profileOf(t, s, "Thomas Whitlock")
	if len(p.Snippets) == 0 {
		t.Fatal("no snippets")
	}
	for _, sn := range p.Snippets {
		if strings.Contains(sn.Text, "Correction") {
			t.Errorf("snippet %q is the correction note", sn.Text)
		}
	}
}

// profileOf returns the profile of the one entity name finds in s.
func profileOf(t *testing.T, s *Store, name string) Profile {
	t.Helper()
	ctx := context.Background()
	l, err := s.Find(ctx, name)
	if err != nil || len(l.Matches) != 1 {
		t.Fatalf("Find(%q) = %+v, %v", name, l, err)
	}
	p, err := s.Profile(ctx, l.Matches[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestStoryBodyDropsSyndicationCredits(t *testing.T) {
	const story = "Crews reopened the bridge on Tuesday.\n\nTraffic resumed by noon."
	tests := []struct {
		name, text, want string
	}{
		{"a text without credits is kept", story, story},
		{"a credit line at the end", story + "\n\nThis article was supplied by Harbour Wire.", story},
		{"an original-publisher note at the end", story + "\nThis story was originally published by The Kessa Post", story},
		{"a distributor at the end", story + "\n\nDistributed by Tribune Content Agency.", story},
		{"a copyright permission at the end", story + "\n\nCopyright Harbour Wire. Used with permission.", story},
		{"a reporting line at the end", story + "\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)", story},
		{"a credit, reporting line and sign-up prompt", story + "\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)\n\nThis article was supplied by Harbour Wire.\n\nSign up to our daily newsletter.", story},
		{"a credit line at the start", "Distributed by Tribune Content Agency.\n\n" + story, story},
		{"a dateline with its agency opening the first line", "KESSA, May 5 (Harbour Wire) - " + story, story},
		{"a dateline with a long dash", "KESSA, May 5 — " + story, story},
		{"a credit in the middle is reporting", "Crews reopened the bridge.\nDistributed by hand, leaflets warned drivers.\nTraffic resumed.",
			"Crews reopened the bridge.\nDistributed by hand, leaflets warned drivers.\nTraffic resumed."},
		{"a sign-up prompt alone is kept", story + "\n\nSign up to our daily newsletter.", story + "\n\nSign up to our daily newsletter."},
		{"a closing full stop alone is kept", story + "\n.", story + "\n."},
		{"a copyright line without permission is kept", story + "\nCopyright Harbour Wire.", story + "\nCopyright Harbour Wire."},
		{"a sentence with a dash is no dateline", "Rain fell - heavily - on Tuesday.", "Rain fell - heavily - on Tuesday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := storyBody(tt.text); storyHash(got) != storyHash(tt.want) {
				t.Errorf("storyBody(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestACreditedCopyOfAWireStoryIsStoredOnceWithItsOutletListed(t *testing.T) {
	body := `Crews reopened the Kessa bridge on Tuesday after a week of repairs.\n\nTraffic resumed by noon, officials said.\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)`
	wire := `{"id":"w1","title":"Kessa bridge reopens after repairs","source":"Harbour Wire","published":"2026-05-05",` +
		`"text":"KESSA, May 5 (Harbour Wire) - ` + body + `"}` + "\n"
	copied := `{"id":"c1","title":"Bridge open again","source":"Kessa Evening Post","published":"2026-05-06",` +
		`"text":"` + body + `\n\nThis article was supplied by Harbour Wire.\n\nSign up to the Post newsletter."}` + "\n"
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "a.jsonl"), wire+copied)
	if rep := mustBuild(t, data, db); rep.Articles != 1 || rep.Duplicates != 1 {
		t.Errorf("stored %d articles, %d duplicates; want 1 and 1", rep.Articles, rep.Duplicates)
	}
	s := storeOf(t, map[string]string{"a.jsonl": wire + copied})
	arts, err := s.Sources(context.Background(), "Kessa Evening Post", 10)
	if err != nil || len(arts) != 1 || arts[0].Article.ID != "w1" || !slices.Equal(arts[0].Article.AlsoIn, []string{"Kessa Evening Post"}) {
		t.Fatalf("Sources(Kessa Evening Post) = %+v, %v; want article w1, also run by Kessa Evening Post", arts, err)
	}
}
