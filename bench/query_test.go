package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"newsbot/bot"
	"newsbot/kb"
)

// Latency targets, p99, measured in-process.
const (
	maxWhoP99      = 2 * time.Millisecond
	maxSearchP99   = 2 * time.Millisecond
	maxTimelineP99 = 10 * time.Millisecond
)

// topNames is how many of the most-mentioned entities the name commands
// ask about.
const topNames = 50

// unknownNames are names no article mentions: the bot answers them with
// suggestions, the slowest path of a name lookup.
var unknownNames = []string{"Zbigniew Quorrel", "Aurelio Vantongeren", "Xiomara Pell", "Hollowayy", "Putinn"}

// searchTexts are what readers of a business wire search for: common
// words, rare ones, phrases and words no article holds.
var searchTexts = []string{
	"oil prices", "interest rates", "trade deficit", "dividend", "merger talks", "crude oil output",
	"central bank", "takeover bid", "coffee quota", "wheat exports", "strike", "profit fell",
	"debt rescheduling", "yen dollar", "shareholders approved", "grain", "acquisition", "OPEC",
	"bundesbank", "tender offer", "soybean", "loss", "net income", "quarterly earnings",
	"zyzzogeton", "and or not", "federal reserve chairman volcker",
}

// commands returns the query mix of one command for the knowledge base:
// the most-mentioned entities (as !who and !timeline are mostly asked
// about them), some of their surnames, and unknown names.
func commands(s *kb.Store, cmd string) []string {
	if cmd == "unknown" {
		var out []string
		for _, n := range unknownNames {
			out = append(out, "!who "+n)
		}
		return out
	}
	if cmd == "search" {
		out := make([]string, len(searchTexts))
		for i, t := range searchTexts {
			out[i] = "!search " + t
		}
		return out
	}
	names := s.Complete(context.Background(), "", topNames)
	var out []string
	for i, n := range names {
		out = append(out, "!"+cmd+" "+n)
		if f := strings.Fields(n); i%3 == 0 && len(f) > 1 {
			out = append(out, "!"+cmd+" "+f[len(f)-1])
		}
	}
	if cmd == "who" {
		return out // unknown names have their own row
	}
	for _, n := range unknownNames {
		out = append(out, "!"+cmd+" "+n)
	}
	return out
}

// BenchmarkQuery measures each command's latency through bot.Bot.Ask, at
// 19k and at 100k articles, and reports p50 and p99.
func BenchmarkQuery(b *testing.B) {
	reuters := needReuters(b)
	sizes := []struct {
		name string
		col  int
		kb   func(b *testing.B) string
	}{
		{"19k", colSmall, func(b *testing.B) string {
			_, db := smallKB.get(b, "NEWSBOT_BENCH_KB_19K", func() (string, string, error) { return buildSmall(reuters) })
			return db
		}},
		{fmt.Sprintf("%dk", largeSize/1000), colLarge, func(b *testing.B) string { _, db := getLargeKB(b); return db }},
	}
	targets := []struct {
		cmd, label string
		max        time.Duration
	}{
		{"who", "`!who NAME` (known names) p50 / p99", maxWhoP99},
		{"search", "`!search TEXT` p50 / p99", maxSearchP99},
		{"timeline", "`!timeline NAME` p50 / p99", maxTimelineP99},
		{"quotes", "`!quotes NAME` p50 / p99", 0},
		{"unknown", "`!who` unknown names only (suggestions) p50 / p99", maxWhoP99},
	}
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			s, err := kb.Open(context.Background(), size.kb(b))
			if err != nil {
				b.Fatal(err)
			}
			bt := bot.New(s, bot.Options{})
			defer bt.Close()
			for _, t := range targets {
				b.Run(t.cmd, func(b *testing.B) {
					p50, p99 := measure(b, bt, commands(s, t.cmd))
					target := ""
					if t.max > 0 {
						target = fmt.Sprintf("p99 ≤ %d ms", t.max.Milliseconds())
					}
					record(t.label, target, size.col, fmt.Sprintf("%.2f / %.2f ms", ms(p50), ms(p99)), t.max == 0 || p99 <= t.max)
				})
			}
		})
	}
}

// minSamples is the fewest latencies a percentile is read from: the
// 99th of a few hundred is the third slowest, one pause of the host
// away from another figure.
const minSamples = 2000

// measure asks the commands in turn, b.N times in all and at least
// minSamples times, after one warm-up pass, and reports the median and
// 99th percentile.
func measure(b *testing.B, bt *bot.Bot, cmds []string) (p50, p99 time.Duration) {
	ctx := context.Background()
	for _, c := range cmds {
		if a := bt.Ask(ctx, c); strings.HasPrefix(a.Error, "Sorry") {
			b.Fatalf("%s: %s", c, a.Error)
		}
	}
	n := max(b.N, minSamples)
	lat := make([]time.Duration, 0, n)
	var total time.Duration
	b.ResetTimer()
	for i := 0; i < n; i++ {
		start := time.Now()
		bt.Ask(ctx, cmds[i%len(cmds)])
		d := time.Since(start)
		lat = append(lat, d)
		total += d
	}
	b.StopTimer()
	b.ReportMetric(float64(total.Nanoseconds())/float64(n), "ns/op")
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p50, p99 = lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*99/100)]
	b.ReportMetric(ms(p50), "p50_ms")
	b.ReportMetric(ms(p99), "p99_ms")
	return p50, p99
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// BenchmarkServeMemory opens the 100k knowledge base in a child process,
// answers the query mix of the latency benchmarks, and reports the
// child's resident memory; a second child then also answers the commands
// whose answers hold the whole archive (!sources, !timeline without a
// name).
func BenchmarkServeMemory(b *testing.B) {
	_, db := getLargeKB(b)
	s, err := kb.Open(context.Background(), db)
	if err != nil {
		b.Fatal(err)
	}
	var mix []string
	for _, c := range []string{"who", "unknown", "search", "timeline", "quotes"} {
		mix = append(mix, commands(s, c)...)
	}
	s.Close()
	serve := func(cmds []string) childReport {
		list := filepath.Join(b.TempDir(), "commands.txt")
		if err := os.WriteFile(list, []byte(strings.Join(cmds, "\n")), 0o644); err != nil {
			b.Fatal(err)
		}
		out, _, err := child(b, "serve", "NEWSBOT_BENCH_DB="+db, "NEWSBOT_BENCH_COMMANDS="+list)
		if err != nil {
			b.Fatal(err)
		}
		var rep childReport
		if err := jsonUnmarshal(out, &rep); err != nil {
			b.Fatal(err)
		}
		return rep
	}
	var rep, whole childReport
	for i := 0; i < b.N; i++ {
		rep = serve(mix)
		whole = serve(append(mix, "!sources", "!timeline"))
	}
	mib := func(kib int64) float64 { return float64(kib) / 1024 }
	b.ReportMetric(mib(rep.OpenKiB), "open_MiB")
	b.ReportMetric(mib(rep.PeakKiB), "peak_MiB")
	b.ReportMetric(mib(whole.PeakKiB), "whole_archive_peak_MiB")
	record("RSS serving the query mix", fmt.Sprintf("≤ %d MiB", maxServeMiB), colLarge,
		fmt.Sprintf("%.0f MiB once open, peak %.0f MiB after %d commands", mib(rep.OpenKiB), mib(rep.PeakKiB), rep.Commands),
		mib(rep.PeakKiB) <= maxServeMiB)
	record("RSS after also `!sources` and `!timeline` (whole archive)", "", colLarge,
		fmt.Sprintf("peak %.0f MiB, +%.0f MiB from `%s`", mib(whole.PeakKiB), mib(whole.JumpKiB), whole.JumpCommand), true)
}
