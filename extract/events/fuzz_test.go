package events

import (
	"testing"
	"time"

	"newsbot/extract/timex"
)

func FuzzFind(f *testing.F) {
	f.Add("Putin met the envoys late on Tuesday, 2 December 2025, and will meet again next week.", true)
	f.Add("\xff\n, and while on 24 February 2022 ;—", false)
	f.Fuzz(func(t *testing.T, text string, dated bool) {
		var pub time.Time
		if dated {
			pub = wed
		}
		times := timex.Find(text, nil, pub)
		for _, e := range Find(text, nil, times, trivialMentions(text), pub) {
			if e.Summary.Start < 0 || e.Summary.End > len(text) || e.Summary.Start >= e.Summary.End {
				t.Fatalf("bad summary span %+v in %d bytes", e.Summary, len(text))
			}
			if !e.Summary.Contains(e.Time) {
				t.Fatalf("summary %+v does not hold its time %+v", e.Summary, e.Time)
			}
		}
	})
}
