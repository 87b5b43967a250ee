package kb

import (
	"context"
	"strings"
	"testing"
)

func TestEdgeWeeks(t *testing.T) {
	tests := []struct {
		name, from, to string
		weeks, periods string
	}{
		{"a week of days", "2026-08-10", "2026-08-16", "2026-W33", "2026-08"},
		{"a day short of the week", "2026-08-10", "2026-08-15", "", ""},
		{"the weeks of a month cut short at both ends", "2026-08-02", "2026-08-30", "2026-W32 2026-W33 2026-W34 2026-W35", "2026-08"},
		{"a week across two months", "2026-07-25", "2026-08-05", "2026-W31", "2026-07 2026 2026-08"},
		{"whole months hold their weeks already", "2026-08-01", "2026-08-31", "", ""},
		{"a month FROM starts no week early", "2026-08", "2026-08-05", "", ""},
		{"an open end", "2026-08-24", "", "2026-W35 2026-W36", "2026-08 2026 2026-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			weeks, periods := edgeWeeks(tt.from, tt.to)
			if got := strings.Join(weeks, " "); got != tt.weeks {
				t.Errorf("weeks = %q, want %q", got, tt.weeks)
			}
			if got := strings.Join(periods, " "); got != tt.periods {
				t.Errorf("periods = %q, want %q", got, tt.periods)
			}
		})
	}
}

func TestARangeOfDaysHoldsTheWeeksItContains(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Strike","source":"Wire","published":"2026-11-20","text":"Union leader Carla Mendes said talks resumed on Tuesday.\nMendes said the members voted for the strike last week."}` + "\n",
	})
	ref, err := s.Find(context.Background(), "Carla Mendes")
	if err != nil || len(ref.Matches) != 1 {
		t.Fatalf("Find = %+v, %v", ref, err)
	}
	id := ref.Matches[0].ID
	tests := []struct {
		name string
		q    TimelineQuery
		want string
	}{
		{"the week", TimelineQuery{From: "2026-11-09", To: "2026-11-15"}, "2026-W46"},
		{"the week of a name", TimelineQuery{Entity: id, From: "2026-11-09", To: "2026-11-15"}, "2026-W46"},
		{"a range holding the week and a day", TimelineQuery{From: "2026-11-09", To: "2026-11-17"}, "2026-W46 2026-11-17"},
		{"part of the week", TimelineQuery{From: "2026-11-10", To: "2026-11-17"}, "2026-11-17"},
		{"part of the week of a name", TimelineQuery{Entity: id, From: "2026-11-10", To: "2026-11-17"}, "2026-11-17"},
		{"the month", TimelineQuery{From: "2026-11", To: "2026-11"}, "2026-W46 2026-11-17"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := tt.q
			q.Limit = 10
			tl, err := s.Timeline(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range tl {
				d := r.Date
				if r.Week != "" {
					d = r.Week
				}
				got = append(got, d)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("Timeline(%+v) = %q, want %q", q, got, tt.want)
			}
		})
	}
}
