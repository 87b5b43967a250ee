package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeTree creates files (path relative to the folder -> content) in a new
// temporary folder and returns it.
func writeTree(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, content := range files {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// walkAll walks dir and returns the articles by id and the problems.
func walkAll(tb testing.TB, dir string, lim Limits) ([]Article, []Problem) {
	tb.Helper()
	var arts []Article
	probs, err := Walk(context.Background(), dir, lim, func(a Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		tb.Fatalf("Walk: %v", err)
	}
	return arts, probs
}

func ids(arts []Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func gzipped(tb testing.TB, s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

func TestWalkReadsTextFilesWithManifest(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"manifest.json": `[{"file": "a.txt", "title": "Talks end", "source": "Example News",
			"url": "https://example.com/a", "published": "2025-12-03", "note": "ignored"}]`,
		"a.txt":           "Talks ended on Wednesday.\n",
		"b.txt":           "\n\n  Headline of b  \nBody of b.\n",
		"politics/c.txt":  "Politics story.",
		".hidden.txt":     "never read",
		".git/x.txt":      "never read",
		"notes.md":        "# Notes from Oslo\nA Markdown article.\n",
		"politics/d.TXT":  "Upper-case extension.",
		"politics/e.json": `{"not": "an article"}`,
	})
	arts, probs := walkAll(t, dir, Limits{})
	// A .json file that is no manifest is reported, not read.
	if len(probs) != 1 || !strings.Contains(probs[0].Path, "e.json") || !strings.Contains(probs[0].Reason, ".jsonl") {
		t.Errorf("problems %v, want one about politics/e.json", probs)
	}
	if got, want := ids(arts), []string{"a.txt", "b.txt", "notes.md", "politics/c.txt", "politics/d.TXT"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("ids %q, want %q", got, want)
	}
	if md := arts[2]; md.Title != "Notes from Oslo" {
		t.Errorf("Markdown title %q, want the heading without its #", md.Title)
	}
	a := arts[0]
	want := Article{ID: "a.txt", Title: "Talks end", Source: "Example News", URL: "https://example.com/a",
		Published: "2025-12-03", Text: "Talks ended on Wednesday.\n", Path: filepath.Join(dir, "a.txt"),
		Hash: a.Hash} // the hash is checked below
	if a != want {
		t.Errorf("article\n got %+v\nwant %+v", a, want)
	}
	if len(a.Hash) != 64 || a.Hash == arts[1].Hash {
		t.Errorf("hash %q is not a distinct hex SHA-256", a.Hash)
	}
	if b := arts[1]; b.Title != "Headline of b" || b.Published != "" || b.Text != "\n\n  Headline of b  \nBody of b.\n" {
		t.Errorf("article without entry: %+v", b)
	}
}

func TestWalkReadsMarkdownFrontMatter(t *testing.T) {
	front := "---\ntitle: \"Veltrix profit jumps\"\nsource: Ledger Street\nurl: https://ledger.example/v\ndate: 2026-10-29T08:00:00Z\ntags:\n  - energy\n---\n\n# Veltrix profit jumps\n\nVeltrix reported a rise on Thursday.\n"
	dir := writeTree(t, map[string]string{
		"a.md":          front,
		"b.md":          front,
		"c.md":          "---\nnot closed\n\nA rule, then text.\n",
		"manifest.json": `[{"file": "b.md", "source": "Manifest Wire"}]`,
	})
	arts, probs := walkAll(t, dir, Limits{})
	if len(probs) != 0 || len(arts) != 3 {
		t.Fatalf("read %d articles, problems %v; want 3 and none", len(arts), probs)
	}
	a := arts[0]
	if a.Title != "Veltrix profit jumps" || a.Source != "Ledger Street" || a.URL != "https://ledger.example/v" || a.Published != "2026-10-29" {
		t.Errorf("front matter read as %q %q %q %q", a.Title, a.Source, a.URL, a.Published)
	}
	if a.Text != "Veltrix profit jumps\n\nVeltrix reported a rise on Thursday." {
		t.Errorf("text %q, want the body after the front matter as plain text", a.Text)
	}
	if b := arts[1]; b.Source != "Manifest Wire" || b.Title != "Veltrix profit jumps" || b.Published != "2026-10-29" {
		t.Errorf("with a manifest entry: %q %q %q; want the manifest's source, the rest from the front matter", b.Title, b.Source, b.Published)
	}
	// "not closed", a lower-case fragment, reads as furniture (TitleLine).
	if c := arts[2]; c.Text != "not closed\n\nA rule, then text." || c.Title != "A rule, then text." {
		t.Errorf("an unclosed block: text %q title %q; want a rule and two paragraphs", c.Text, c.Title)
	}
}

func TestWalkReadsTextHeaders(t *testing.T) {
	files := map[string]string{
		"a.txt": "Title: Study links sleep to memory\nSource: Daily Planet\nBy: Ann Lee\nPublished: 4 March 2026\nURL: https://planet.example/sleep\n\nA new study found that adults remember less.\n",
		"b.txt": "WASHINGTON: The senate voted on Tuesday.\n\nMore text.\n",
		"c.txt": "Title: Only one field\n\nBody.\n",
		"d.txt": "Source: Daily Planet\nPublished: Thu 5 Mar 2026 07:30 GMT\n\nTides rise at Kessa\nThe sea rose on Wednesday.\n",
	}
	dir := writeTree(t, files)
	arts, probs := walkAll(t, dir, Limits{})
	if len(probs) != 0 || len(arts) != 4 {
		t.Fatalf("read %d articles, problems %v; want 4 and none", len(arts), probs)
	}
	a := arts[0]
	if a.Title != "Study links sleep to memory" || a.Source != "Daily Planet" || a.URL != "https://planet.example/sleep" || a.Published != "2026-03-04" {
		t.Errorf("header read as %q %q %q %q", a.Title, a.Source, a.URL, a.Published)
	}
	// The text is the file's bytes, header included, so that offsets
	// into it are offsets into the file; extraction leaves the header out.
	for _, art := range arts {
		if art.Text != files[art.ID] {
			t.Errorf("%s: text %q, want the file unchanged", art.ID, art.Text)
		}
	}
	if got := Story(a.Text); got != "A new study found that adults remember less.\n" {
		t.Errorf("story %q, want the text after the header", got)
	}
	if b := arts[1]; b.Source != "" || Story(b.Text) != b.Text {
		t.Errorf("a dateline is no header: %+v", b)
	}
	if c := arts[2]; c.Title != "Title: Only one field" || Story(c.Text) != c.Text {
		t.Errorf("one field is no header: %+v", c)
	}
	if d := arts[3]; d.Title != "Tides rise at Kessa" || d.Source != "Daily Planet" || d.Published != "2026-03-05" {
		t.Errorf("a header without a title: title %q source %q date %q; want the story's first line as title", d.Title, d.Source, d.Published)
	}
}

func TestWalkReadsJSONLines(t *testing.T) {
	lines := `{"id": "r1", "title": "One", "source": "Wire", "url": "", "published": "1987-02-26", "text": "First text."}
{"text": "Second text.", "extra": [1, 2]}

{"id": 42, "text": "Numeric id.", "published": "1987-02-26T10:00:00Z"}
`
	dir := writeTree(t, map[string]string{
		"wire.jsonl":        lines,
		"old/wire.jsonl.gz": gzipped(t, `{"id": "g1", "text": "Compressed."}`+"\n"),
	})
	arts, probs := walkAll(t, dir, Limits{})
	if len(probs) != 0 {
		t.Errorf("problems %v, want none", probs)
	}
	if got, want := ids(arts), []string{"g1", "r1", "wire.jsonl#2", "42"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("ids %q, want %q", got, want)
	}
	if a := arts[1]; a.Title != "One" || a.Source != "Wire" || a.Published != "1987-02-26" || a.Text != "First text." {
		t.Errorf("record: %+v", a)
	}
	if a := arts[2]; a.Title != "Second text." {
		t.Errorf("a record without a title takes its first line: %q", a.Title)
	}
	if a := arts[3]; a.Published != "1987-02-26" {
		t.Errorf("a timestamp keeps its date: %q", a.Published)
	}
}

func TestWalkReadsHTMLPages(t *testing.T) {
	page := `<html><head><title>Storm hits coast | Coastal Times</title>
<meta property="og:site_name" content="Coastal Times">
<meta property="article:published_time" content="2024-09-14T05:00:00Z">
<link rel="canonical" href="https://coastal.example/storm"></head>
<body><nav>Home | News</nav><article><p>A powerful storm struck the coast overnight, cutting power to thousands of homes.</p>
<p>Officials said repairs would take days.</p></article></body></html>`
	dir := writeTree(t, map[string]string{
		"storm.html":      page,
		"b/storm.htm":     page,
		"b/manifest.json": `[{"file": "storm.htm", "title": "Chosen title", "source": "Chosen source", "published": "2024-09-15"}]`,
	})
	arts, probs := walkAll(t, dir, Limits{})
	if len(probs) != 0 {
		t.Errorf("problems %v, want none", probs)
	}
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	fromPage, fromManifest := arts[1], arts[0]
	if fromPage.Title != "Storm hits coast" || fromPage.Source != "Coastal Times" || fromPage.Published != "2024-09-14" ||
		fromPage.URL != "https://coastal.example/storm" {
		t.Errorf("page metadata: %+v", fromPage)
	}
	if want := "A powerful storm struck the coast overnight, cutting power to thousands of homes.\nOfficials said repairs would take days."; fromPage.Text != want {
		t.Errorf("text %q, want %q", fromPage.Text, want)
	}
	if fromManifest.Title != "Chosen title" || fromManifest.Source != "Chosen source" || fromManifest.Published != "2024-09-15" ||
		fromManifest.URL != "https://coastal.example/storm" {
		t.Errorf("manifest metadata: %+v", fromManifest)
	}
}

// TestWalkReportsBadFiles writes one bad file beside a good one for each kind
// of trouble: the bad one is reported with its reason, the good one is read.
func TestWalkReportsBadFiles(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		lim      Limits
		wantIDs  []string
		wantPath string // the problem's file, relative to the folder
		wantLine int
		reason   string
	}{
		{"an empty file is skipped", map[string]string{"bad.txt": ""},
			Limits{}, nil, "bad.txt", 0, "empty file"},
		{"a file of white space is skipped", map[string]string{"bad.txt": " \n\t\n"},
			Limits{}, nil, "bad.txt", 0, "empty file"},
		{"a binary file is skipped", map[string]string{"bad.txt": "PK\x03\x04\x00\x00binary"},
			Limits{}, nil, "bad.txt", 0, "binary"},
		{"a file in an unknown encoding is skipped", map[string]string{"bad.txt": "\xd0\xd2\xc9\xd7\xc5\xd4 \xcd\xc9\xd2"},
			Limits{}, nil, "bad.txt", 0, "not UTF-8"},
		{"a file over the size limit is skipped", map[string]string{"bad.txt": strings.Repeat("big ", 100)},
			Limits{MaxFileBytes: 100}, nil, "bad.txt", 0, "over the limit of 100"},
		{"a file with an overlong line is skipped", map[string]string{"bad.txt": "short\n" + strings.Repeat("x", 50) + "\n"},
			Limits{MaxLineBytes: 40}, nil, "bad.txt", 2, "over the limit of 40"},
		{"files over the count limit are skipped", map[string]string{"z.txt": "Late file."},
			Limits{MaxFiles: 1}, nil, "", 0, "more than 1 article files"},
		{"a broken manifest is reported and its folder still read",
			map[string]string{"manifest.json": `[{"file": "good.txt", "title": `},
			Limits{}, nil, "manifest.json", 0, "broken manifest"},
		{"a bad date in the manifest keeps the article undated",
			map[string]string{"manifest.json": `[{"file": "good.txt", "published": "3 Dec"}]`},
			Limits{}, nil, "manifest.json", 0, `published "3 Dec"`},
		{"a manifest entry for a missing file is noted",
			map[string]string{"manifest.json": `[{"file": "gone.txt"}]`},
			Limits{}, nil, "manifest.json", 0, `"gone.txt" names no article file`},
		{"a broken JSON line is skipped and the file goes on",
			map[string]string{"feed.jsonl": "{\"id\": \"j1\", \"text\": \"One.\"}\n{\"id\": \"j2\", \"text\": \n{\"id\": \"j3\", \"text\": \"Three.\"}\n"},
			Limits{}, []string{"j1", "j3"}, "feed.jsonl", 2, "not a JSON article object"},
		{"a JSON line without text is skipped",
			map[string]string{"feed.jsonl": "{\"id\": \"j1\", \"text\": \"  \"}\n{\"id\": \"j2\", \"text\": \"Two.\"}\n"},
			Limits{}, []string{"j2"}, "feed.jsonl", 1, "no text"},
		{"a JSON line over the line limit is skipped",
			map[string]string{"feed.jsonl": "{\"id\": \"j1\", \"text\": \"" + strings.Repeat("x", 100) + "\"}\n{\"id\": \"j2\", \"text\": \"Two.\"}\n"},
			Limits{MaxLineBytes: 60}, []string{"j2"}, "feed.jsonl", 1, "over the limit of 60"},
		{"a repeated id is skipped",
			map[string]string{"z.jsonl": "{\"id\": \"good.txt\", \"text\": \"Same id as a file.\"}\n"},
			Limits{}, nil, "z.jsonl", 1, `id "good.txt" was already used`},
		{"a bad date in a JSON line keeps the article undated",
			map[string]string{"feed.jsonl": "{\"id\": \"j1\", \"text\": \"One.\", \"published\": \"yesterday\"}\n"},
			Limits{}, []string{"j1"}, "feed.jsonl", 1, `published "yesterday"`},
		{"a corrupt gzip file is skipped",
			map[string]string{"feed.jsonl.gz": "not gzip at all"},
			Limits{}, nil, "feed.jsonl.gz", 0, "not a readable gzip file"},
		{"a truncated gzip file keeps the lines before the damage",
			map[string]string{"feed.jsonl.gz": truncatedGzip(t)},
			Limits{}, []string{"t1"}, "feed.jsonl.gz", 2, "unexpected EOF"},
		{"an HTML page without text is skipped",
			map[string]string{"page.html": "<html><body><nav>Home</nav></body></html>"},
			Limits{}, nil, "page.html", 0, "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"good.txt": "A good article.\n"}
			for k, v := range tt.files {
				files[k] = v
			}
			dir := writeTree(t, files)
			arts, probs := walkAll(t, dir, tt.lim)
			wantIDs := append([]string{"good.txt"}, tt.wantIDs...)
			if got := ids(arts); !sameSet(got, wantIDs) {
				t.Errorf("ids %q, want %q", got, wantIDs)
			}
			if tt.reason == "" {
				return
			}
			if len(probs) == 0 {
				t.Fatalf("no problem reported, want %q", tt.reason)
			}
			p := probs[0]
			wantPath := dir
			if tt.wantPath != "" {
				wantPath = filepath.Join(dir, tt.wantPath)
			}
			if p.Path != wantPath || p.Line != tt.wantLine || !strings.Contains(p.Reason, tt.reason) {
				t.Errorf("problem %v, want %s:%d with %q", p, wantPath, tt.wantLine, tt.reason)
			}
		})
	}
}

// truncatedGzip returns a gzip stream of two JSON lines cut short in the
// middle of the second.
func truncatedGzip(tb testing.TB) string {
	full := gzipped(tb, `{"id": "t1", "text": "`+strings.Repeat("word ", 2000)+`"}`+"\n"+`{"id": "t2", "text": "`+strings.Repeat("more ", 2000)+`"}`+"\n")
	return full[:len(full)-30]
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestWalkDoesNotFollowLinksOutOfTheFolder(t *testing.T) {
	outside := writeTree(t, map[string]string{"secret.txt": "Outside text."})
	dir := writeTree(t, map[string]string{"good.txt": "Inside text.", "sub/inner.txt": "Inner text."})
	links := map[string]string{
		"out.txt":   filepath.Join(outside, "secret.txt"),
		"outdir":    outside,
		"again.txt": filepath.Join(dir, "sub", "inner.txt"),
		"loop":      dir,
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("symbolic links not available: %v", err)
		}
	}
	arts, probs := walkAll(t, dir, Limits{})
	if got, want := ids(arts), []string{"again.txt", "good.txt", "sub/inner.txt"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ids %q, want %q", got, want)
	}
	if len(probs) != 3 {
		t.Errorf("problems %v, want 3 (two links out, one link to a folder)", probs)
	}
}

func TestWalkStopsOnCallbackError(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "A.", "b.txt": "B."})
	stop := errors.New("stop")
	n := 0
	_, err := Walk(context.Background(), dir, Limits{}, func(Article) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d articles, want the callback's error after 1", err, n)
	}
}

func TestWalkStopsWhenCancelled(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "A."})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Walk(ctx, dir, Limits{}, func(Article) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("err %v, want context.Canceled", err)
	}
}

func TestWalkFailsOnMissingFolder(t *testing.T) {
	if _, err := Walk(context.Background(), filepath.Join(t.TempDir(), "none"), Limits{}, func(Article) error { return nil }); err == nil {
		t.Error("no error for a missing folder")
	}
}

func TestProblemsTellSkippedFilesFromNotes(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"manifest.json": `[{"file": "a.txt", "published": "soon"}]`,
		"a.txt":         "Kept, undated.",
		"b.txt":         "",
	})
	arts, probs := walkAll(t, dir, Limits{})
	if len(arts) != 1 || len(probs) != 2 {
		t.Fatalf("articles %d, problems %v; want 1 and 2", len(arts), probs)
	}
	if probs[0].Skipped || !strings.Contains(probs[0].Reason, "kept undated") {
		t.Errorf("a bad date is a note, not a skip: %+v", probs[0])
	}
	if !probs[1].Skipped || probs[1].Path != filepath.Join(dir, "b.txt") {
		t.Errorf("an empty file is skipped: %+v", probs[1])
	}
}

func TestWalkDatesAnUndatedArticleByItsDateline(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.txt":         "Ferry sinks off Kessa\n\nKESSA, 4 March 2026 — The ferry sank on Tuesday.\n",
		"b.txt":         "KESSA, 4 March 2026 — The ferry sank on Tuesday.\n",
		"c.txt":         "KESSA, March 4 — The ferry sank on Tuesday.\n",
		"manifest.json": `[{"file": "a.txt", "published": ""}, {"file": "b.txt", "published": "2026-03-05"}]`,
	})
	arts, probs := walkAll(t, dir, Limits{})
	if len(arts) != 3 {
		t.Fatalf("read %d articles, want 3", len(arts))
	}
	if a := arts[0]; a.Published != "2026-03-04" {
		t.Errorf("undated article with a dateline: published %q, want 2026-03-04", a.Published)
	}
	if len(probs) != 1 || probs[0].Skipped || !strings.Contains(probs[0].Path, "a.txt") || !strings.Contains(probs[0].Reason, "dateline") {
		t.Errorf("problems %v, want one note on a.txt naming its dateline", probs)
	}
	if b := arts[1]; b.Published != "2026-03-05" {
		t.Errorf("the metadata's date comes first: published %q, want 2026-03-05", b.Published)
	}
	if c := arts[2]; c.Published != "" {
		t.Errorf("a dateline without a year: published %q, want none", c.Published)
	}
}

func TestWalkDatesAnUndatedArticleByItsTimeStamp(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.txt":         "Kessa count ends\nUpdated 9 March 2026, 18:05\n\nThe count ended on Saturday.\n",
		"b.txt":         "Kessa count ends\nUpdated 9 March 2026, 18:05\n\nThe count ended on Saturday.\n",
		"c.txt":         "Kessa count ends\n\nThe count ended on Saturday.\n",
		"manifest.json": `[{"file": "b.txt", "published": "2026-03-10"}]`,
	})
	arts, probs := walkAll(t, dir, Limits{})
	if len(arts) != 3 {
		t.Fatalf("read %d articles, want 3", len(arts))
	}
	if a := arts[0]; a.Published != "2026-03-09" {
		t.Errorf("undated article with a time stamp: published %q, want 2026-03-09", a.Published)
	}
	if len(probs) != 1 || probs[0].Skipped || !strings.Contains(probs[0].Path, "a.txt") || !strings.Contains(probs[0].Reason, "time stamp") {
		t.Errorf("problems %v, want one note on a.txt naming its time stamp", probs)
	}
	if b := arts[1]; b.Published != "2026-03-10" {
		t.Errorf("the metadata's date comes first: published %q, want 2026-03-10", b.Published)
	}
	if c := arts[2]; c.Published != "" {
		t.Errorf("no stamp: published %q, want none", c.Published)
	}
}

func TestWalkTitlesAFileByItsFirstLineOfReporting(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.txt":   "Cookie settings | Accept all | Reject non-essential\nKESSA — Crews reopened the bridge on Tuesday.\n",
		"b.jsonl": `{"id":"b1","text":"Share this story\nCrews reopened the bridge on Tuesday."}` + "\n",
	})
	arts, _ := walkAll(t, dir, Limits{})
	if len(arts) != 2 {
		t.Fatalf("read %d articles, want 2", len(arts))
	}
	for i, want := range []string{"KESSA — Crews reopened the bridge on Tuesday.", "Crews reopened the bridge on Tuesday."} {
		if arts[i].Title != want {
			t.Errorf("%s: title %q, want %q", arts[i].ID, arts[i].Title, want)
		}
	}
}
