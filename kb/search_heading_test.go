package kb

import (
	"context"
	"strings"
	"testing"
)

func TestASearchForAQuestionHeadingShowsTheAnswerUnderIt(t *testing.T) {
	s := storeOf(t, map[string]string{
		"guide.txt": "Payroll breach: what to do\n\nMillions of workers have been told their details were stolen.\n\n" +
			"Am I affected?\n\nYou are only affected if your employer uses the payroll firm. Others are not.\n\n" +
			"Can I get compensation?\n\nPossibly. You can claim if you suffered a loss.\n\nRelated guides\n",
		"talk.txt": "Interview\n\nShe asked: am I affected? Nobody knew, she said.\n",
		"fix.txt": "Ferry strike ends\n\nThe crews voted to return on Monday.\n\n" +
			"Correction, 2 June 2026: An earlier version of this article gave the union's vote as 61 percent. It was 58 percent. We regret the error.\n\n" +
			"The harbour reopens today. A correction to the timetable follows.\n",
		"mend.txt": "Dock pay deal\n\nThe dockers accepted the offer.\n\n" +
			"An earlier version of this story said the deal ran for five years. It runs for three years.\n",
		"tally.txt": "Harbour poll count\n\nThe count ended at dawn.\n\n" +
			"An earlier version misstated the winner's tally as 8,310. The true tally is 8,130.\n",
		"draft.txt": "Port bill stalls\n\nAn earlier version of the bill said the tally of berths was 40. The new draft says 30.\n",
		"briefing.txt": "Transcript: the mayor's briefing on the canal\n\n" +
			"MAYOR OSEI: The canal reopens in June.\n\n" +
			"QUESTION (Canal Radio): Who pays for the lock repairs?\n\n" +
			"MAYOR OSEI: The province pays for every lock, and the city pays for the quays.\n",
	})
	tests := []struct {
		query string
		want  []string // each hit's text, in order
	}{
		{"Am I affected?", []string{
			"Am I affected?\n\nYou are only affected if your employer uses the payroll firm.",
			"She asked: am I affected?",
		}},
		// A short answer runs on to the next sentence of its paragraph,
		// which is then shown once.
		{"compensation", []string{"Can I get compensation?\n\nPossibly. You can claim if you suffered a loss."}},
		{"claim loss", []string{"You can claim if you suffered a loss."}},
		// A correction note runs on to the correction after it in its
		// paragraph; a sentence that only holds the word does not.
		{"correction", []string{
			"A correction to the timetable follows.",
			"Correction, 2 June 2026: An earlier version of this article gave the union's vote as 61 percent. It was 58 percent. We regret the error.",
		}},
		// A hit on a later sentence of the note shows the whole note, once.
		{"58 percent", []string{
			"Correction, 2 June 2026: An earlier version of this article gave the union's vote as 61 percent. It was 58 percent. We regret the error.",
		}},
		{"runs three years", []string{
			"An earlier version of this story said the deal ran for five years. It runs for three years.",
		}},
		{"deal five years", []string{
			"An earlier version of this story said the deal ran for five years. It runs for three years.",
		}},
		// A note that leaves "of this article" out is a note all the same.
		{"8,310", []string{"An earlier version misstated the winner's tally as 8,310. The true tally is 8,130."}},
		{"true tally", []string{"An earlier version misstated the winner's tally as 8,310. The true tally is 8,130."}},
		// An earlier version of something else is news, one sentence.
		{"berths", []string{"An earlier version of the bill said the tally of berths was 40."}},
		// A transcript's question is a turn of its own: the answer is
		// another speaker's turn, shown as a hit of its own.
		{"lock repairs", []string{"QUESTION (Canal Radio): Who pays for the lock repairs?"}},
		{"regret error vote", []string{
			"Correction, 2 June 2026: An earlier version of this article gave the union's vote as 61 percent. It was 58 percent. We regret the error.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Search(%q) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}
