package ingest

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestMarkdownTextGolden reads every testdata/markdown/*.md article and
// compares the text a reader sees with its .golden file (go test -update
// rewrites them).
func TestMarkdownTextGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "markdown", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Markdown articles in testdata: %v", err)
	}
	for _, in := range files {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := markdownText(string(src))
			if err != nil {
				t.Fatalf("markdownText: %v", err)
			}
			golden := strings.TrimSuffix(in, ".md") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got+"\n" != string(want) {
				t.Errorf("text differs from %s; run go test -update to accept\n got:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"strong dateline", "**Stockholm** – Talks resumed.", "Stockholm – Talks resumed."},
		{"emphasis with underscores", "_the report_ and __the reply__", "the report and the reply"},
		{"underscores inside a word are literal", "snake_case_name", "snake_case_name"},
		{"an asterisk between numbers is literal", "2*3 is 6", "2*3 is 6"},
		{"a lone asterisk is literal", "A footnote* here.", "A footnote* here."},
		{"an asterisk between digits pairs with nothing", "2*3 = 6, says the footnote*", "2*3 = 6, says the footnote*"},
		{"emphasis between digits keeps its delimiters", "2**10 and 3**2 are powers", "2**10 and 3**2 are powers"},
		{"intraword emphasis with asterisks is emphasis", "un*frigging*believable", "unfriggingbelievable"},
		{"a link keeps its text", "[the ministry](https://gov.example) said", "the ministry said"},
		{"a reference link keeps its text and its definition goes", "[the ministry][m] said\n\n[m]: https://gov.example", "the ministry said"},
		{"an image goes", "Before ![alt text](x.jpg) after", "Before after"},
		{"a heading is its own paragraph", "# Headline\nFirst sentence.", "Headline\n\nFirst sentence."},
		{"a setext heading", "Headline\n===\nFirst sentence.", "Headline\n\nFirst sentence."},
		{"a block quote loses its marker", "> quoted\n> on two lines", "quoted on two lines"},
		{"list items lose their markers", "- one\n- two\n\n3. three", "one\n\ntwo\n\nthree"},
		{"a code span keeps its text", "Run `a *b* c` now.", "Run a *b* c now."},
		{"entities are resolved", "Q&amp;A &#8212; M&uuml;ller", "Q&A — Müller"},
		{"a line break inside a paragraph is a space", "one\ntwo  \nthree\\\nfour", "one two three four"},
		{"a paragraph that is one link is furniture", "Text.\n\n[Subscribe](https://x.example)\n\nMore.", "Text.\n\nMore."},
		{"a link inside prose stays", "Read [the plan](https://x.example) today.", "Read the plan today."},
		{"a byte order mark is not text", "\ufeff# Title", "Title"},
		{"struck-out text goes", "A ~~Tuesday~~ Wednesday meeting.", "A Wednesday meeting."},
		{"markup alone leaves nothing", "![only](x.png)\n\n---\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := markdownText(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("markdownText(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

// FuzzMarkdownText checks that no Markdown makes the reader panic or fail,
// and that its text is valid UTF-8 with no blank or padded lines.
func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{
		"**Stockholm** – _the report_", "# H\n\n> q\n- l\n", "[a](b \"c\") ![i](j)", "[x]: y\n[x]",
		"**unclosed _half", "```\nfence", "<div>\n<p>x</p>", "| a | b |\n|---|---|\n| 1 | 2 |", "\xff*\x00", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > maxMarkdownBytes {
			return // kept as written, see TestMarkdownTextKeepsAHugeTextAsWritten
		}
		got, err := markdownText(src)
		if err != nil {
			t.Fatalf("markdownText: %v", err)
		}
		if !utf8.ValidString(src) {
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from valid input: %q", got)
		}
		if got == "" {
			return
		}
		for _, line := range strings.Split(got, "\n\n") {
			if line == "" || line != strings.TrimSpace(line) || strings.Contains(line, "\n") {
				t.Fatalf("line %q of %q is blank, padded or broken", line, got)
			}
		}
	})
}

func TestMarkdownTextKeepsAHugeTextAsWritten(t *testing.T) {
	src := strings.Repeat("[a](", maxMarkdownBytes/4+1)
	got, err := markdownText(src)
	if err == nil || got != src {
		t.Errorf("a text over the limit: err %v, text changed %v; want it kept as written with a note", err, got != src)
	}
}

func TestWalkReadsMarkdownAsPlainText(t *testing.T) {
	tests := []struct {
		name, file, in      string
		wantTitle, wantText string
		wantSkipped         bool
	}{
		{"the title is the heading's text", "a.md", "# **Talks** resume in [Geneva](https://x.example)\n\n_Negotiators_ met.\n",
			"Talks resume in Geneva", "Talks resume in Geneva\n\nNegotiators met.", false},
		{"front matter then markup", "b.markdown", "---\ntitle: Talks resume\n---\n> **Geneva** – met.\n",
			"Talks resume", "Geneva – met.", false},
		{"markup alone is no article", "c.md", "![photo](x.jpg)\n\n[Subscribe](https://x.example)\n", "", "", true},
		{"a .txt file keeps its markup characters", "d.txt", "**Geneva** – met.\n", "**Geneva** – met.", "**Geneva** – met.\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, probs := walkAll(t, writeTree(t, map[string]string{tt.file: tt.in}), Limits{})
			if tt.wantSkipped {
				if len(arts) != 0 || len(probs) != 1 || !probs[0].Skipped {
					t.Fatalf("read %d articles, problems %v; want it skipped", len(arts), probs)
				}
				return
			}
			if len(arts) != 1 || len(probs) != 0 {
				t.Fatalf("read %d articles, problems %v; want one and none", len(arts), probs)
			}
			if a := arts[0]; a.Title != tt.wantTitle || a.Text != tt.wantText {
				t.Errorf("title %q text %q; want %q %q", a.Title, a.Text, tt.wantTitle, tt.wantText)
			}
		})
	}
}
