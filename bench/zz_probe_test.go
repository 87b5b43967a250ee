package bench

import (
	"context"
	"os"
	"testing"
	"time"

	"newsbot/bot"
	"newsbot/kb"
)

func TestProbe(t *testing.T) {
	p := os.Getenv("PROBE_KB")
	if p == "" {
		t.Skip()
	}
	s, err := kb.Open(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	bt := bot.New(s, bot.Options{})
	for _, kind := range []string{"who", "timeline", "quotes", "search"} {
		for _, c := range commands(s, kind) {
			for i := 0; i < 2; i++ {
				start := time.Now()
				a := bt.Ask(context.Background(), c)
				if d := time.Since(start); i == 1 && d > 2*time.Millisecond {
					t.Logf("%-40s %8.2f ms  %d rows %d cites err=%q", c, ms(d), len(a.Rows), len(a.Citations), a.Error)
				}
			}
		}
	}
}
