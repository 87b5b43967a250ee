package events

import (
	"math/rand"
	"testing"

	"newsbot/extract/doc"
)

// TestSameDayInsidesMatchesPairwise checks the grouped reading against
// the pairwise definition on random events with shared dates, starts and
// ends.
func TestSameDayInsidesMatchesPairwise(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	dates := []string{"2025-12-02", "2025-12", "2025"}
	for round := 0; round < 500; round++ {
		out := make([]Event, r.Intn(12))
		for i := range out {
			start := r.Intn(8)
			out[i] = Event{Date: dates[r.Intn(len(dates))], Precision: "day", Planned: r.Intn(4) == 0,
				Summary: doc.Span{Start: start, End: start + r.Intn(6)}}
			if r.Intn(5) == 0 {
				out[i].Week = "2025-W48"
			}
		}
		got := sameDayInsides(out)
		for i := range out {
			if want := sameDayInside(out, i); got[i] != want {
				t.Fatalf("round %d, event %d of %+v: got %v, want %v", round, i, out, got[i], want)
			}
		}
	}
}
