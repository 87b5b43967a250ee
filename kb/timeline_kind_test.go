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
