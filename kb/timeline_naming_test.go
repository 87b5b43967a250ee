package kb

import "testing"

func TestLedByReportNaming(t *testing.T) {
	he := Snippet{Text: "He added that his sister would fly home to London on Saturday."}
	ms := Snippet{Text: "Ms Marsh is expected to arrive at RAF Brize Norton on Saturday."}
	done := Snippet{Text: "The tunnel bill cleared its first vote on Monday.", Article: ArticleMeta{Published: "2025-03-04"}}
	ahead := Snippet{Text: "Ministers will put the Harbour Tunnel Bill to a vote on Monday.", Article: ArticleMeta{Published: "2025-03-01"}}
	tests := []struct {
		name, entity string
		sources      []Snippet
		want         string
	}{
		{"a report naming the entity leads", "RAF Brize Norton", []Snippet{he, ms}, ms.Text},
		{"a summary naming the entity stays", "London", []Snippet{he, ms}, he.Text},
		{"no report naming it keeps the summary", "Qatar", []Snippet{he, ms}, he.Text},
		{"a name inside a longer word does not name it", "Marshal Ney", []Snippet{he, {Text: "The Marshalls left."}}, he.Text},
		{"a surname alone may be another person's", "Daniel Marsh", []Snippet{he, ms}, he.Text},
		{"an advance report does not lead what happened", "Harbour Tunnel Bill", []Snippet{done, ahead}, done.Text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := TimelineRow{Date: "2025-03-03", Summary: tt.sources[0].Text, Sources: tt.sources}.LedByReportNaming(tt.entity)
			if r.Summary != tt.want || r.Sources[0].Text != tt.want {
				t.Errorf("LedByReportNaming(%q) leads with %q (first source %q), want %q", tt.entity, r.Summary, r.Sources[0].Text, tt.want)
			}
			if len(r.Sources) != len(tt.sources) {
				t.Errorf("LedByReportNaming kept %d sources, want %d", len(r.Sources), len(tt.sources))
			}
		})
	}
}
