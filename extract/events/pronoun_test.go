package events

import (
	"slices"
	"testing"
	"time"

	"newsbot/extract/timex"
)

func TestFindPronounSubjectOfAClauseAfterOthers(t *testing.T) {
	published := time.Date(2026, 3, 8, 0, 0, 0, 0, time.UTC)
	people := [][2]string{{"Lena Dekker", "Lena Dekker"}, {"Kees Dalstra", "Kees Dalstra"}, {"Ingrid Holm", "Ingrid Holm"},
		{"Ida Berg", "Ida Berg"}, {"Holm", "Ingrid Holm"}}
	tests := []struct {
		name  string
		paras [][]string
		date  string
		want  []string
	}{
		{"she is not the person he just stood for, whatever the name says",
			[][]string{{"Aid worker Lena Dekker was freed on Saturday."},
				{"According to minister Kees Dalstra, she was tired.", "He said she would rest."},
				{"She had worked in the region since 2019."}},
			"2019", []string{"Lena Dekker"}},
		{"he after he stays the person he stood for",
			[][]string{{"Aid worker Lena Dekker was freed on Saturday."},
				{"According to minister Kees Dalstra, she was tired.", "He said she would rest."},
				{"He had worked in the region since 2019."}},
			"2019", []string{"Kees Dalstra"}},
		{"a pronoun after a phrase of a period's two ends is the subject",
			[][]string{{"Ingrid Holm was appointed deputy governor."}, {"From 2020 to 2025 she chaired the board."}},
			"2020", []string{"Ingrid Holm"}},
		{"a pronoun after someone beside a subject named far more often is the subject",
			[][]string{{"Ingrid Holm was appointed deputy governor.", "Holm, 58, joined the bank as an economist."},
				{"Governor Ida Berg said Holm brought rare judgment.", "She will take office on 1 July."}},
			"2026-07-01", []string{"Ingrid Holm"}},
		{"a pronoun speaking after someone beside a subject named far more often stays unresolved",
			[][]string{{"Ingrid Holm was appointed deputy governor.", "Holm, 58, joined the bank as an economist."},
				{"Governor Ida Berg said Holm brought rare judgment.", "She said on Tuesday that talks went well."}},
			"2026-03-03", nil},
		{"a pronoun after someone beside a subject named little more often stays unresolved",
			[][]string{{"Ingrid Holm was appointed deputy governor."},
				{"Governor Ida Berg said Holm brought rare judgment.", "She will take office on 1 July."}},
			"2026-07-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ms := narrative(people, tt.paras...)
			times := timex.Find(text, sents, published)
			var found bool
			for _, e := range Find(text, sents, times, ms, published) {
				if e.Date != tt.date {
					continue
				}
				found = true
				if !slices.Equal(e.Entities, tt.want) {
					t.Errorf("event on %s (%q): entities %q, want %q", e.Date, text[e.Summary.Start:e.Summary.End], e.Entities, tt.want)
				}
			}
			if !found {
				t.Errorf("no event on %s", tt.date)
			}
		})
	}
}
