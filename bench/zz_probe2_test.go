package bench

import (
	"context"
	"os"
	"testing"
	"time"

	"newsbot/kb"
)

func TestProbe2(t *testing.T) {
	p := os.Getenv("PROBE_KB")
	if p == "" {
		t.Skip()
	}
	ctx := context.Background()
	s, err := kb.Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Bank", "United States", "China", "Zbigniew Quorrel"} {
		for i := 0; i < 2; i++ {
			start := time.Now()
			l, _ := s.Find(ctx, name)
			f := time.Since(start)
			var pr time.Duration
			if len(l.Matches) == 1 {
				start = time.Now()
				s.Profile(ctx, l.Matches[0].ID)
				pr = time.Since(start)
			}
			t.Logf("%s: find %v profile %v matches %v", name, f, pr, l.Matches)
		}
	}
	for _, name := range []string{"U.S.", "U.S.", "U.S.", "U.S.", "U.S.", "U.S.", "U.S.", "U.S.", "U.S.", "States", "Reagan"} {
		l, _ := s.Find(ctx, name)
		start := time.Now()
		rows, err := s.Timeline(ctx, kb.TimelineQuery{Entity: l.Matches[0].ID, Limit: 10000})
		t.Logf("timeline %s: %v rows %d err %v", name, time.Since(start), len(rows), err)
	}
}
