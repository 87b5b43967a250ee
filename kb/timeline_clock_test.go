package kb

import (
	"slices"
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
