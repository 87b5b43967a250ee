package events

import (
	"slices"
	"testing"

	"newsbot/extract/segment"
	"newsbot/extract/timex"
)

// TestFindReadsTheSentenceThatClosesAQuotation checks the rows of a
// quotation of several sentences, split into its sentences: its "today"
// is the speaker's, and the row of its last sentence shows no stray
// closing mark. A row reads "date|summary".
func TestFindReadsTheSentenceThatClosesAQuotation(t *testing.T) {
	day := day(2026, 3, 13)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a today in the sentence closing a quotation dates no event",
			`Mayor Petra Lenz said the town had no shelters. "We have been asking everyone. Today we are asking for coffins."`, nil},
		{"the sentence closing a quotation is shown without its closing mark",
			`"A truce is three days," said Lenz. "We have had truces before. In August 2021 we had a truce and then the worst winter of the war."`,
			[]string{"2021-08|In August 2021 we had a truce and then the worst winter of the war."}},
		{"a quotation whole in its sentence keeps its marks",
			`The mayor said: "In August 2021 we had a truce and then the worst winter of the war."`,
			[]string{`2021-08|The mayor said: "In August 2021 we had a truce and then the worst winter of the war."`}},
		{"today before a quotation that opens in its sentence dates it",
			`The minister said today "it is true that we benefit. But they would not want to lose those advantages."`,
			[]string{`2026-03-13|The minister said today "it is true that we benefit. But they would not want to lose those advantages."`}},
		{"a row cut inside a quotation runs on to the sentence that closes it",
			`Officials found a note he left in 2019 - "Deal done. Tell the buyers to wait" - which the judge called "a plain admission".`,
			[]string{`2019|Officials found a note he left in 2019 - "Deal done. Tell the buyers to wait" - which the judge called "a plain admission".`}},
		{"a row that closes a quotation it did not open starts with its sentence",
			`The director told reporters that "all papers will go to the review", which is due to start next month.`,
			[]string{`2026-04|The director told reporters that "all papers will go to the review", which is due to start next month.`}},
		{"a transcript line is shown without its speaker's label",
			"Q: Why now?\nA: Because the prices since February have only gone up.",
			[]string{"2026-02|Because the prices since February have only gone up."}},
		{"a list piece of no verb is shown with its whole sentence",
			"In all, nine climbers were stranded: five were lifted off on Tuesday, four on Wednesday.",
			[]string{"2026-03-10|In all, nine climbers were stranded: five were lifted off on Tuesday, four on Wednesday."}},
		{"a clause of what a happening left is shown with its whole sentence",
			"Six ferries sailed on Wednesday, leaving two for the last crossing on Thursday.",
			[]string{"2026-03-11|Six ferries sailed on Wednesday", "2026-03-12|Six ferries sailed on Wednesday, leaving two for the last crossing on Thursday."}},
		{"a heading of what a section covers is no event",
			"The club drew again on Saturday.\nScores so far this month\nThe next game is away.",
			[]string{"2026-03-07|The club drew again on Saturday."}},
		{"today in the sentence after a closed quotation dates it",
			`"We are ready," said Lenz. The council met today to discuss the shelters.`,
			[]string{"2026-03-13|The council met today to discuss the shelters."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := segment.Split(tt.text)
			var got []string
			for _, e := range Find(tt.text, sents, timex.Find(tt.text, sents, day), nil, day) {
				got = append(got, e.Date+"|"+tt.text[e.Summary.Start:e.Summary.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("events\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
