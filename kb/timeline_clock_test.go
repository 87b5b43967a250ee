package kb

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestByClock(t *testing.T) {
	day := func(id int64, date string) eventHead {
		return eventHead{id: id, row: TimelineRow{Date: date, Precision: "day"}}
	}
	tests := []struct {
		name   string
		heads  []eventHead
		clocks map[int64]clocked
		want   []int64
	}{
		{"a live blog's entries of one day come earliest first",
			[]eventHead{day(1, "2026-11-21"), day(2, "2026-11-21"), day(3, "2026-11-21")},
			map[int64]clocked{1: {7, "2026-11-21T16:40"}, 2: {7, "2026-11-21T15:12"}, 3: {7, "2026-11-21T13:30"}},
			[]int64{3, 2, 1}},
		{"a row with no time keeps its place among timed ones",
			[]eventHead{day(1, "2026-11-21"), day(2, "2026-11-21"), day(3, "2026-11-21"), day(4, "2026-11-21")},
			map[int64]clocked{2: {7, "2026-11-21T16:40"}, 4: {7, "2026-11-21T13:30"}},
			[]int64{1, 4, 3, 2}},
		{"rows of two articles are ordered each among its own places",
			[]eventHead{day(1, "2026-11-21"), day(2, "2026-11-21"), day(3, "2026-11-21"), day(4, "2026-11-21")},
			map[int64]clocked{1: {7, "2026-11-21T16:40"}, 2: {8, "2026-11-21T09:00"}, 3: {7, "2026-11-21T13:30"}, 4: {8, "2026-11-21T08:00"}},
			[]int64{3, 4, 1, 2}},
		{"rows of different days keep their days",
			[]eventHead{day(1, "2026-11-21"), day(2, "2026-11-22")},
			map[int64]clocked{1: {7, "2026-11-21T16:40"}, 2: {7, "2026-11-22T13:30"}},
			[]int64{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int64
			for _, h := range byClock(tt.heads, tt.clocks) {
				got = append(got, h.id)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("order %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEntryStamp(t *testing.T) {
	tests := []struct {
		before, want string
		ok           bool
	}{
		{"spoken to reporters.\n\n16:40 BST ", "T16:40", true},
		{"second day.\n09:14 GMT - ", "T09:14", true},
		{"\n4.30pm ", "T16:30", true},
		{"\n9:05 am – ", "T09:05", true},
		{"with 200 on board.\n\n21:10 WIB - ", "T21:10", true},
		{"first light.\n07:25 HKT\n", "T07:25", true},
		{"on the pier.\n\n3.15 PM NZST\n\n", "T15:15", true},
		{"the harbour.\r\n11:02 SGT\r\n", "T11:02", true},
		{"The meeting ended at 16:40\n", "", false},
		{"\n12:30\nThe talks ended.\n", "", false},
		{"The meeting ended at 16:40 ", "", false},
		{"the 2-1 win. ", "", false},
	}
	for _, tt := range tests {
		got, ok := entryStamp(tt.before)
		if got != tt.want || ok != tt.ok {
			t.Errorf("entryStamp(%q) = %q, %v; want %q, %v", tt.before, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLastStamp(t *testing.T) {
	tests := []struct {
		before string
		cut    bool
		want   string
		ok     bool
	}{
		{"\n07:50 KST\nThe pier was closed. ", false, "T07:50", true},
		{"\n06:10 KST\nFirst entry.\n\n07:50 KST\nThe pier was closed.\n\"We wait,\" he said.\n", false, "T07:50", true},
		{"\n4.05pm AEST - Crews arrived at the scene. ", false, "T16:05", true},
		{"The council met at 16:40 to vote. ", false, "", false},
		{"\n10:30 is when the doors open, officials said. ", false, "", false},
		{"5.30 - 6.10 percent.\nThe bank held rates. ", true, "", false},
		{"\n09:15 GMT\nTraders sold. ", true, "T09:15", true},
	}
	for _, tt := range tests {
		got, ok := lastStamp(tt.before, tt.cut)
		if got != tt.want || ok != tt.ok {
			t.Errorf("lastStamp(%q, %v) = %q, %v; want %q, %v", tt.before, tt.cut, got, ok, tt.want, tt.ok)
		}
	}
}

func TestALiveBlogWithStampLinesReadsInClockOrder(t *testing.T) {
	text := "LIVE: Dam breach floods valley towns\n\n" +
		"21:30 ICT\nThe army has evacuated 4,000 residents on Friday.\n\n" +
		"17:05 ICT\nFloodwater reached the town hall on Friday, the mayor said.\n\n" +
		"09:20 ICT\nThe governor flew over the valley. Engineers found the breach on Friday, officials said.\n"
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Live","source":"Herald","published":"2026-11-20","text":"` + strings.ReplaceAll(text, "\n", `\n`) + `"}` + "\n",
	})
	tl, err := s.Timeline(context.Background(), TimelineQuery{From: "2026-11-20", To: "2026-11-20", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range tl {
		got = append(got, r.Summary)
	}
	want := []string{"The governor flew over the valley.", "Engineers found the breach on Friday, officials said.",
		"Floodwater reached the town hall on Friday, the mayor said.", "The army has evacuated 4,000 residents on Friday."}
	if !slices.Equal(got, want) {
		t.Errorf("rows %q\nwant %q: the 09:20, 17:05 and 21:30 entries", got, want)
	}
}
