package events

import "testing"

// The packed comparison says what doneBeforeFiner says, for dates of
// every length around the packed ones and for bytes above and below the
// digits.
func TestDoneBeforePacked(t *testing.T) {
	dates := []string{"", "1987", "1987-03", "1987-3", "1987-03-0", "1987-03-05", "1987-03-06", "1987-03-04",
		"1987-02-28", "1987-04-01", "1986-12-31", "1988-01", "1987-03-05x", "1987-03-05T10", "1987-02", "1987-04",
		"1987-03-\xff5", "1987-03-\x005", "1987-03-05\x00", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", "zzzz-zz-zz", "1987-12-31"}
	for _, planned := range []bool{false, true} {
		for _, week := range []string{"", "1987-W10"} {
			for _, pub := range dates {
				coarse := Ref{Published: pub, Event: Event{Planned: planned, Week: week, Precision: "month"}}
				done := newDoneBefore(&coarse)
				for _, d := range dates {
					fine := Ref{Event: Event{Date: d}}
					p := packedDate{n: maxPackedDate + 1}
					if len(d) <= maxPackedDate {
						p = packDate(d)
					}
					if got, want := done.of(&fine, p), doneBeforeFiner(&coarse, &fine); got != want {
						t.Errorf("published %q, planned %v, week %q, fine %q: packed %v, doneBeforeFiner %v", pub, planned, week, d, got, want)
					}
				}
			}
		}
	}
}
