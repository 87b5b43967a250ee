package kb

import (
	"context"
	"strings"
	"testing"
)

func TestANameTimelineTakesTheReportsCallingItByItsKind(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Storm toll rises","source":"Herald","published":"2026-08-16","text":"Hurricane Delphine made landfall near Port Sabine on Friday, officials said.\nSheriff Dan Okafor said on Saturday that one death first attributed to the storm had been a heart attack.\nThe governor was elected in 2019 and has faced two previous hurricanes in office."}` + "\n",
	})
	l, err := s.Find(context.Background(), "Hurricane Delphine")
	if err != nil || len(l.Matches) != 1 {
		t.Fatalf("Find = %+v, %v", l, err)
	}
	tl, err := s.Timeline(context.Background(), TimelineQuery{Entity: l.Matches[0].ID, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range tl {
		got = append(got, r.Date)
	}
	if strings.Join(got, " ") != "2026-08-14 2026-08-15" {
		t.Errorf("Timeline(Hurricane Delphine) dates %q, want the landfall and the sheriff's report on the storm, not the earlier hurricanes", got)
	}
}

func TestANameTimelineTakesTheNamelessReportsOfArticlesAboutIt(t *testing.T) {
	tests := []struct {
		name, text, entity, want string
	}{
		{"an article about an airline gives it the reports naming no one",
			"Pilots at Skyline Air walked out on Friday, and Skyline Air cancelled 460 flights.\nSkyline Air said talks with Aircrew United would resume.\nNormal schedules are expected to resume on Tuesday.",
			"Skyline Air", "2026-11-20 2026-11-24"},
		{"an article about a person keeps them to itself",
			"Daniel Ford took over at Harwick Foods on Monday.\nFord said Ford had no plans to sell.\nOperating profit for the three months to September 30 was £41.2 million.",
			"Daniel Ford", "2026-11-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := storeOf(t, map[string]string{
				"a.jsonl": `{"id":"a","title":"News","source":"Herald","published":"2026-11-21","text":"` + strings.ReplaceAll(tt.text, "\n", `\n`) + `"}` + "\n",
			})
			l, err := s.Find(context.Background(), tt.entity)
			if err != nil || len(l.Matches) != 1 {
				t.Fatalf("Find = %+v, %v", l, err)
			}
			tl, err := s.Timeline(context.Background(), TimelineQuery{Entity: l.Matches[0].ID, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range tl {
				got = append(got, r.Date)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("Timeline(%s) dates %q, want %q", tt.entity, got, tt.want)
			}
		})
	}
}
