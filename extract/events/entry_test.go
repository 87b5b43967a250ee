package events

import (
	"testing"
	"time"

	"newsbot/extract/segment"
	"newsbot/extract/timex"
)

func TestFindDatesTheEntriesOfALiveBlogToItsDay(t *testing.T) {
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string // dates of the events, in text order
	}{
		{"each entry's opening sentence is the day's news",
			"14:05 GMT\nThe leader closed the congress with a call for unity. Delegates cheered.\n\n13:20 GMT\nThe president addressed the hall by video.\n",
			[]string{"2026-11-23", "2026-11-23"}},
		{"an entry dated by its own words keeps its date",
			"14:05 GMT\nThe leader closed the congress with a call for unity.\n\n10:05 GMT\nThe foreign ministry called it a gathering of traitors on Sunday.\n",
			[]string{"2026-11-23", "2026-11-22"}},
		{"a date that dates nothing does not keep an entry from its day",
			"14:05 GMT\nThe leader closed the congress with a call for freedom by 2028.\n\n13:20 GMT\nThe president addressed the hall by video.\n",
			[]string{"2026-11-23", "2026-11-23"}},
		{"a greeting opening an entry is no news: the sentence after it opens the entry",
			"14:05 GMT\nGood morning. The foreign ministry called it a gathering of traitors on Sunday.\n\n13:20 GMT\nThe president addressed the hall by video.\n",
			[]string{"2026-11-22", "2026-11-23"}},
		{"a greeting after the time on its line is no news",
			"08:45 CET Good morning.\n09:30 CET The president addressed the hall by video.\n",
			[]string{"2026-11-23"}},
		{"a verbless heading after the time is no news",
			"03:45\nThe seat has been declared for Treharne.\n\n04:30 - Results so far\nParty Seats\n\n05:00\nThe leader said he would open talks.\n",
			[]string{"2026-11-23", "2026-11-23"}},
		{"a heading line with a verb opens its entry",
			"03:45\nThe seat has been declared for Treharne.\n\n04:30\nCount suspended after fire alarm\n",
			[]string{"2026-11-23", "2026-11-23"}},
		{"an entry of a one- or two-word line or a bare exclamation alone is no news",
			"15:23\nGOAL!\n\n15:47\nHalf-time.\n\n16:01\nWhat a strike!\n\n16:09\nThe president addressed the hall by video.\n",
			[]string{"2026-11-23"}},
		{"an entry of a short stock call naming no one alone is no news",
			"14:40\nTeam news is in.\n\n15:10\nThe president addressed the hall by video.\n",
			[]string{"2026-11-23"}},
		{"a short entry naming someone is news",
			"14:40\nAshcombe captain Ellery scores.\n\n15:10\nThe president addressed the hall by video.\n",
			[]string{"2026-11-23", "2026-11-23"}},
		{"an entry's headline its body repeats is no event: the body dates the plan",
			"17:15 GMT\nEnvoy to table framework on Thursday\nThe envoy says he will present a written framework to both delegations on Thursday.\n\n16:00 GMT\nThe president addressed the hall by video.\n",
			[]string{"2026-11-26", "2026-11-23"}},
		{"an entry's quoted headline its body repeats is no event: the body's sentence opens the entry",
			"11:47 GMT\nGAIA case: \"the rules are strict\"\nThe agency's counsel opened the GAIA case on Sunday.\n\n10:00 GMT\nThe president addressed the hall by video.\n",
			[]string{"2026-11-22", "2026-11-23"}},
		{"an entry's headline under the time opens the entry when its body tells something else",
			"15:30 GMT\nCount suspended after fire alarm\nVoters queued outside the hall in the rain.\n\n10:00 GMT\nThe president addressed the hall by video.\n",
			[]string{"2026-11-23", "2026-11-23"}},
		{"entries after a day the opening names take that day, and the day a stamp's bracket names after it",
			"On Friday, November 20, 2026, the plant lost power.\n09:12 UTC - Operators switch the grid to backup generators.\n11:40 UTC - The backup generators fail too.\n02:15 UTC (November 21) - Engineers restore power to the plant.\n",
			[]string{"2026-11-20", "2026-11-20", "2026-11-20", "2026-11-21"}},
		{"a weekday the opening names by a time of day alone does not date the entries after it",
			"The ferry ran aground at about 06:10 GMT on Sunday.\n\n19:45 GMT\nThe last passenger has stepped ashore.\n\n18:30 GMT\nThe coastguard has closed the harbour.\n",
			[]string{"2026-11-22", "2026-11-23", "2026-11-23"}},
		{"entries after an opening that names a day only by its weekday and a clock keep the day of publication",
			"A warehouse roof fell in at about 04:40 GMT on Sunday, trapping two workers.\n18:20 GMT - Rescuers reach the two workers.\n16:05 GMT - The fire chief briefs reporters at the gates.\n",
			[]string{"2026-11-22", "2026-11-23", "2026-11-23"}},
		{"a short verbless lead-in opening an entry is no news: the sentence after it opens the entry",
			"14:40\nMore on the figures. The deficit widened to 4 per cent on Sunday.\n\n15:10\nStill no word from the ministers. The president addressed the hall by video.\n",
			[]string{"2026-11-22", "2026-11-23"}},
		{"a short entry with an irregular past verb is news",
			"14:40\nSome crews went home. Others stayed.\n\n15:10\nThe governor flew over the valley.\n",
			[]string{"2026-11-23", "2026-11-23"}},
		{"one time on a line of its own makes no live blog",
			"14:05 GMT\nThe leader closed the congress with a call for unity.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := segment.Split(tt.text)
			var got []string
			for _, e := range Find(tt.text, sents, timex.Find(tt.text, sents, day), nil, day) {
				got = append(got, e.Date)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("dates %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("dates %q, want %q", got, tt.want)
				}
			}
		})
	}
}

func TestFindCutsTheZoneOfAStampFromAnEntry(t *testing.T) {
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	text := "On Friday, November 20, 2026, the plant lost power.\n09:12 UTC - Operators switch the grid to backup generators.\n02:15 UTC (November 21) - Engineers restore power to the plant.\n"
	sents := segment.Split(text)
	var got []string
	for _, e := range Find(text, sents, timex.Find(text, sents, day), nil, day) {
		got = append(got, text[e.Summary.Start:e.Summary.End])
	}
	want := []string{"On Friday, November 20, 2026, the plant lost power.", "Operators switch the grid to backup generators.", "Engineers restore power to the plant."}
	if len(got) != len(want) {
		t.Fatalf("summaries %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("summaries %q, want %q", got, want)
		}
	}
}

func TestFindOpensAnEntryPastItsHeadline(t *testing.T) {
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string // summaries, in text order
	}{
		{"an entry's headline after the time on its line gives way to the body repeating it",
			"17:12 — Okafor: “we will fight it”\nOpposition leader Ada Okafor has responded. “We will fight it.”\n\n16:05 — Count under way\nThe president addressed the hall by video.\n",
			[]string{"Opposition leader Ada Okafor has responded.", "The president addressed the hall by video."}},
		{"an entry's headline under the time gives way to the body repeating it",
			"17:12\nOkafor: “we will fight it”\nOpposition leader Ada Okafor has responded. “We will fight it.”\n\n16:05\nThe president addressed the hall by video.\n",
			[]string{"Opposition leader Ada Okafor has responded.", "The president addressed the hall by video."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := segment.Split(tt.text)
			var got []string
			for _, e := range Find(tt.text, sents, timex.Find(tt.text, sents, day), nil, day) {
				got = append(got, tt.text[e.Summary.Start:e.Summary.End])
			}
			if len(got) != len(tt.want) {
				t.Fatalf("summaries %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("summaries %q, want %q", got, tt.want)
				}
			}
		})
	}
}
