package bot

import (
	"context"
	"strings"
	"testing"
)

func TestSourceLinesShowManifestTextAsText(t *testing.T) {
	tests := []struct {
		name      string
		c         Citation
		want      string
		forbidden []string
	}{
		{"a plain source keeps its link",
			Citation{N: 1, Source: "Ariana News", Published: "2025-12-03", Title: "Talks end", URL: "https://example.org/a_b"},
			`[1] Ariana News, 3 Dec 2025, "Talks end", https://example.org/a_b`, nil},
		{"a masked link in a title is no link",
			Citation{N: 2, Source: "@here Gazette", Title: "@everyone **URGENT** [click](https://evil.example) <@&123456>"},
			"", []string{"[click]", "**URGENT", "@everyone", "@here", "<@&"}},
		{"a url that is no web link is left out",
			Citation{N: 3, Source: "Wire", Title: "T", URL: "javascript:alert(1)"},
			`[3] Wire, "T"`, []string{"javascript"}},
		{"a url that would break out of a line is left out",
			Citation{N: 4, Source: "Wire", Title: "T", URL: "https://a.example/x y\n**bold**"},
			`[4] Wire, "T"`, nil},
		{"a title over several lines stays on one",
			Citation{N: 5, Source: "Wire", Title: "One\nTwo"},
			`[5] Wire, "One Two"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.c.SourceLine()
			if tt.want != "" && got != tt.want {
				t.Errorf("SourceLine() = %q, want %q", got, tt.want)
			}
			for _, f := range tt.forbidden {
				if strings.Contains(got, f) {
					t.Errorf("SourceLine() = %q holds %q", got, f)
				}
			}
		})
	}
}

func TestMentionedInTellsArticlesWithNoOutlet(t *testing.T) {
	tests := []struct {
		articles, outlets, noOutlet int
		want                        string
	}{
		{3, 2, 0, "3 articles from 2 outlets"},
		{2, 1, 1, "2 articles (1 from 1 outlet, 1 with no outlet named)"},
		{1, 0, 1, "1 article"},
		{4, 0, 0, "4 articles"},
	}
	for _, tt := range tests {
		if got := mentionedIn(tt.articles, tt.outlets, tt.noOutlet); got != tt.want {
			t.Errorf("mentionedIn(%d, %d, %d) = %q, want %q", tt.articles, tt.outlets, tt.noOutlet, got, tt.want)
		}
	}
}

func TestOneShotMoreAndUnknownOptionsAreExplained(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"!more", []string{"`bot console`", "`--json`"}},
		{"/sources desk:Harbour", []string{"no option `desk:`", "`filter:`"}},
		{"/timeline topic:strike", []string{"no option `topic:`", "`subject:`", "`from:`", "`to:`"}},
	}
	for _, tt := range tests {
		req, err := Parse(tt.line, "")
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.line, err)
		}
		a := (&Bot{}).dispatch(context.Background(), nil, req)
		for _, w := range tt.want {
			if !strings.Contains(a.Error, w) {
				t.Errorf("%q answered %q, want it to hold %q", tt.line, a.Error, w)
			}
		}
	}
}
