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
		{"a pronoun after a sentence its subject opens naming another only as an owner is the subject",
			[][]string{{"Lena Dekker, 61, was born in Utrecht.", "Her posts include envoy to Geneva and Ida Berg's chief of staff, from 2004 to 2011.",
				"She was named minister of state in 2019."}},
			"2019", []string{"Lena Dekker"}},
		{"a pronoun after a sentence naming another not as an owner stays unresolved",
			[][]string{{"Lena Dekker, 61, was born in Utrecht.", "Her posts include envoy to Geneva and chief of staff to Ida Berg, from 2004 to 2011.",
				"She was named minister of state in 2019."}},
			"2019", nil},
		{"a pronoun after a sentence opened by someone else naming another as an owner stays unresolved",
			[][]string{{"Lena Dekker, 61, was born in Utrecht.", "Ingrid Holm joined Ida Berg's cabinet in 2004.",
				"She was named minister of state in 2019."}},
			"2019", nil},
		{"a list item after and shares the owner of the list",
			[][]string{{"Lena Dekker, 61, was born in Utrecht.", "Her previous posts include envoy to Geneva, from 2004 to 2011, and Ida Berg's chief of staff, from 2011 to 2018."}},
			"2018", []string{"Ida Berg", "Lena Dekker"}},
		{"a clause of its own after and keeps its own subject",
			[][]string{{"Lena Dekker, 61, was born in Utrecht.", "Her previous posts include envoy to Geneva, from 2004 to 2011, and Ida Berg's son took the post in 2018."}},
			"2018", []string{"Ida Berg"}},
		{"an item after and of a sentence that opens no list keeps its own people",
			[][]string{{"Lena Dekker, 61, was born in Utrecht.", "Her brother worked in Geneva from 2004 to 2011, and Ida Berg's chief of staff in 2018."}},
			"2018", []string{"Ida Berg"}},
		{"a role noun subject of a reported clause is the one person named with the role",
			[][]string{{"Professor Ida Berg was placed on leave."}, {"A letter sent to staff on 2 March said that the professor \"will not teach this term\"."}},
			"2026-03-02", []string{"Ida Berg"}},
		{"a role noun subject of a reported clause after two people named with the role stays unresolved",
			[][]string{{"Professor Ida Berg and Professor Lena Dekker were placed on leave."}, {"A letter sent to staff on 2 March said that the professor will not teach."}},
			"2026-03-02", nil},
		{"a role noun owning the subject of a reported clause is no participant",
			[][]string{{"Professor Ida Berg was placed on leave."}, {"A letter sent to staff on 2 March said that the professor's group will close."}},
			"2026-03-02", nil},
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

// TestMayHoldOwnerAgreesWithWords checks the test before reading a
// clause's possessives against its words.
func TestMayHoldOwnerAgreesWithWords(t *testing.T) {
	tests := []string{"", "the board met on Monday", "HIS decision", "in Her speech", "others there", "chis", "İstanbul his", "the Kelvin \u212A"}
	for _, s := range tests {
		has := false
		for i := 0; i < len(s); {
			ws, we := nextToken(s, i)
			if ws == we {
				break
			}
			has = has || lowerIs(s[ws:we], "his") || lowerIs(s[ws:we], "her")
			i = we
		}
		if has && !mayHoldOwner(s) {
			t.Errorf("mayHoldOwner(%q) = false, but a word of it is a possessive", s)
		}
	}
}
