package bot

import (
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
