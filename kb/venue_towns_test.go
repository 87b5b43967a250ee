package kb

import (
	"context"
	"testing"
)

func TestTownOfVenue(t *testing.T) {
	places := map[string]int64{"alder": 1, "alder springs": 2, "brenton": 0, "corrin": 4}
	tests := []struct {
		name, venue string
		want        int64
	}{
		{"a place's name before a building's words", "Corrin Leisure Centre", 4},
		{"the longest place that opens it", "Alder Springs Community Center", 2},
		{"one building word", "Corrin Hall", 4},
		{"a name two places bear gives none", "Brenton Town Hall", 0},
		{"no building's head last", "Corrin Leisure Park", 0},
		{"too many words between the place and the head", "Corrin Old Miners Welfare Hall", 0},
		{"a place of no list", "Dunmore Sports Centre", 0},
		{"the place alone", "Corrin", 0},
		{"a centre after one word is a town of its own", "Corrin Center", 0},
		{"a hall after one word", "Alder Springs Hall", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := townOfVenue(places, tt.venue); got != tt.want {
				t.Errorf("townOfVenue(%q) = %d, want %d", tt.venue, got, tt.want)
			}
		})
	}
}

func TestAPlaceTimelineHoldsTheEventsAtItsVenues(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Flood meeting","source":"Herald","published":"2026-11-21","text":"Residents of Alderbury met on Monday to discuss the floods.\nA second meeting will be held on Thursday at the Alderbury Sports Hall, the council said."}` + "\n",
	})
	l, err := s.Find(context.Background(), "Alderbury")
	if err != nil || len(l.Matches) != 1 {
		t.Fatalf("Find = %+v, %v", l, err)
	}
	if got := timelineDates(t, s, TimelineQuery{Entity: l.Matches[0].ID, Limit: 10}); got != "2026-11-16 2026-11-26" {
		t.Errorf("Timeline(Alderbury) dates %q, want the meeting in the town and the one at its sports hall", got)
	}
}
