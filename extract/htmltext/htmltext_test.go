package htmltext

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestExtractPages checks each page in testdata against its golden file:
// the metadata found, then the text.
func TestExtractPages(t *testing.T) {
	pages, err := filepath.Glob("testdata/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in testdata: %v", err)
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Extract(data)
			if err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprintf("title: %s\nsite: %s\npublished: %s\nurl: %s\n--\n%s\n", p.Title, p.Site, p.Published, p.URL, p.Text)
			golden := strings.TrimSuffix(page, ".html") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s:\n got:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name      string
		page      string
		wantText  string
		wantTitle string
		wantErr   error
	}{
		{"a page without paragraphs uses the body's blocks",
			"<html><body><div>First line</div><div>Second <b>line</b></div></body></html>",
			"First line\nSecond line", "", nil},
		{"line breaks split a paragraph into lines",
			"<p>One<br>Two</p>", "One\nTwo", "", nil},
		{"the title falls back to the first heading",
			"<body><h1>Big news</h1><p>Body text.</p></body>", "Big news\nBody text.", "Big news", nil},
		{"scripts and styles leave no text",
			"<body><script>var x = 1;</script><style>p{}</style><p>Text.</p></body>", "Text.", "", nil},
		{"preformatted text keeps its lines",
			"<body><pre>a  b\nc</pre></body>", "a b\nc", "", nil},
		{"a page with only furniture has no text",
			"<body><nav>Home</nav><footer>Contact</footer></body>", "", "", ErrNoText},
		{"an empty page has no text", "", "", "", ErrNoText},
		{"a key dates box beside the story is content",
			"<body><article><aside class=\"key-dates\"><h2>Key dates</h2><ul><li>7 March: Lupu confirmed as president</li>" +
				"<li>5 May: deadline for the decision</li></ul></aside><p>Body text.</p></article></body>",
			"Key dates\n7 March: Lupu confirmed as president\n5 May: deadline for the decision\nBody text.", "", nil},
		{"a sidebar of dated links to other stories is furniture",
			"<body><article><aside><ul><li><a href=\"/a\">7 March: Lupu confirmed</a></li>" +
				"<li><a href=\"/b\">5 May: deadline set</a></li></ul></aside><p>Body text.</p></article></body>",
			"Body text.", "", nil},
		{"an aside of undated lines is furniture",
			"<body><article><aside><ul><li>Lupu confirmed as president</li><li>Deadline for the decision</li></ul></aside>" +
				"<p>Body text.</p></article></body>",
			"Body text.", "", nil},
		{"an undeclared UTF-8 page with a long plain head is UTF-8",
			"<html><head><title>Fine</title></head><body><nav>" + strings.Repeat("<a href=\"/x\">Section</a> ", 80) + "</nav>" +
				"<p>The regulator fined a record \u00a3123 million.</p></body></html>",
			"The regulator fined a record \u00a3123 million.", "", nil},
		{"a page declared Latin-1 that is not UTF-8 is Windows-1252",
			"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 owner fined \xa3500.</p></body></html>",
			"Caf\u00e9 owner fined \u00a3500.", "", nil},
		{"a page declared Latin-1 whose bytes are UTF-8 is UTF-8",
			"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 owner fined \u00a3500.</p></body></html>",
			"Caf\u00e9 owner fined \u00a3500.", "", nil},
		{"a data table's row is one line, its cells between bars",
			"<body><p>Results:</p><table><thead><tr><th>Club</th><th>Points</th></tr></thead><tbody>" +
				"<tr><td>Northgate <b>Rovers</b></td><td>1,204</td><td></td><td>61.5%</td></tr>" +
				"<tr>\n<td>Eastwick Town</td>\n<td>980</td></tr></tbody></table></body>",
			"Results:\nClub | Points\nNorthgate Rovers | 1,204 | 61.5%\nEastwick Town | 980", "", nil},
		{"a layout table's cell of blocks keeps its lines",
			"<body><table><tr><td><div>First block.</div><div>Second block.</div></td><td>Side</td></tr></table></body>",
			"First block.\nSecond block.\nSide", "", nil},
		{"a layout table's cell of running text keeps its own line",
			"<body><table><tr><td>Menu</td><td>" + strings.Repeat("word ", 45) + "end.</td></tr></table></body>",
			"Menu\n" + strings.Repeat("word ", 45) + "end.", "", nil},
		{"a nested table is read row by row",
			"<body><table><tr><td><table><tr><td>Ann</td><td>12</td></tr><tr><td>Bo</td><td>9</td></tr></table></td></tr></table></body>",
			"Ann | 12\nBo | 9", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Extract([]byte(tt.page))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if p.Text != tt.wantText {
				t.Errorf("text %q, want %q", p.Text, tt.wantText)
			}
			if tt.wantTitle != "" && p.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", p.Title, tt.wantTitle)
			}
		})
	}
}

// FuzzExtract checks that no page makes Extract panic or return text that is
// not UTF-8.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "<p>x</p>", "<article><p>a</p></article>", "<html><head><meta charset=\"koi8-r\"></head><body>\xf0\xf2</body></html>",
		"<script type=\"application/ld+json\">{\"@graph\":[[[{\"headline\":1}]]]}</script>",
		"<table><tr><td><p>a<td>b</table>", "<svg><title>t</title></svg><pre>\n</pre>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		p, _ := Extract(page)
		if !utf8Valid(p.Text) || !utf8Valid(p.Title) {
			t.Fatalf("invalid UTF-8 in %q / %q", p.Title, p.Text)
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func TestExtractReadsTheOutletFromTheTitle(t *testing.T) {
	tests := []struct {
		name, page, wantSite, wantTitle string
	}{
		{"after a bar", "<title>Harbury land case | Legal Bulletin</title><p>Text.</p>", "Legal Bulletin", "Harbury land case"},
		{"after a dash the copyright line confirms",
			"<title>Harbury land case - Legal Bulletin</title><p>Text.</p><footer>&copy; 2026 Legal Bulletin Ltd.</footer>",
			"Legal Bulletin", "Harbury land case"},
		{"a broadcaster's channel number ends its name", "<title>LIVE: Fire updates | KSRN News 7</title><p>Text.</p>", "KSRN News 7", "LIVE: Fire updates"},
		{"a dash in a headline is no outlet", "<title>Floods - what we know so far</title><p>Text.</p>", "", "Floods - what we know so far"},
		{"a long tail after a bar is no outlet", "<title>Rates | what the cut means for your mortgage</title><p>Text.</p>", "",
			"Rates | what the cut means for your mortgage"},
		{"after a dash the copyright line names it before its mark, with an entity",
			"<title>Launch delayed - Space &amp; Science Today</title><p>Text.</p><footer>Space &amp; Science Today \u00a9 2026 \u00b7 <a>About</a></footer>",
			"Space & Science Today", "Launch delayed"},
		{"after a dash a name far from the copyright mark is no outlet",
			"<title>Launch delayed - Science Today</title><p>Science Today readers asked about the launch, and the agency answered them all.</p><footer>\u00a9 2026 Orbit Media</footer>",
			"", "Launch delayed - Science Today"},
		{"after a dash the byline confirms",
			"<title>Cases rise - Wire News</title><p>By Jo Reed, Wire News, Leeds</p><p>Text.</p>",
			"Wire News", "Cases rise"},
		{"after a dash the copyright line names the owner's acronym",
			"<title>Cases rise - BBC News</title><p>Text.</p><footer>Copyright 2026 BBC. All rights reserved.</footer>",
			"BBC News", "Cases rise"},
		{"after a dash a byline naming only part of the tail confirms nothing",
			"<title>Floods - What We Know</title><p>By Jo Reed, What We Know Now</p><p>Text.</p>",
			"", "Floods - What We Know"},
		{"after a dash a one-word acronym tail needs the copyright line to name it",
			"<title>Floods - UN View</title><p>Text.</p><footer>© 2026 Orbit Media</footer>",
			"", "Floods - UN View"},
		{"the outlet is read from the title element when og:title has none",
			`<meta property="og:title" content="Bridge collapses"><title>Bridge collapses | Eastern Daily Wire</title><p>Text.</p>`,
			"Eastern Daily Wire", "Bridge collapses"},
		{"a lower-case joiner ends no outlet", "<title>Rates held - Money and</title><p>Text.</p><footer>\u00a9 Money and</footer>", "",
			"Rates held - Money and"},
		{"the headline a title shortens is the h1's in full",
			"<title>Croix ousted | Euro Daily</title><h1>Croix ousted as MPs back motion</h1><p>Text.</p>", "Euro Daily", "Croix ousted as MPs back motion"},
		{"an h1 that only starts like the title word is not its headline",
			"<title>Rates | Euro Daily</title><h1>Ratesetters meet</h1><p>Text.</p>", "Euro Daily", "Rates"},
		{"the metadata wins", `<meta property="og:site_name" content="The Post"><title>Rates | Money Desk</title><p>Text.</p>`, "The Post",
			"Rates | Money Desk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Extract([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if p.Site != tt.wantSite || p.Title != tt.wantTitle {
				t.Errorf("site %q title %q, want %q %q", p.Site, p.Title, tt.wantSite, tt.wantTitle)
			}
		})
	}
}
