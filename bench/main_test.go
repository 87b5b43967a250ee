package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"newsbot/bot"
	"newsbot/kb"
)

// runDir holds the knowledge bases one run builds and shares between
// benchmarks; it is removed when the run ends.
var runDir string

func TestMain(m *testing.M) {
	switch os.Getenv("NEWSBOT_BENCH_CHILD") {
	case "build":
		os.Exit(childBuild())
	case "serve":
		os.Exit(childServe())
	}
	dir, err := os.MkdirTemp("", "newsbot-bench-run-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	runDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	printTable(os.Stdout)
	os.Exit(code)
}

// childBuild builds a knowledge base from scratch in this process, so
// that the parent can read the build's peak memory alone.
func childBuild() int {
	start := time.Now()
	rep, err := kb.Build(context.Background(), kb.BuildOptions{
		DataDir: os.Getenv("NEWSBOT_BENCH_DATA"), DBPath: os.Getenv("NEWSBOT_BENCH_DB"), Full: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return report(childReport{Articles: rep.Articles, Seconds: time.Since(start).Seconds()})
}

// childServe opens a knowledge base and answers every command of a file,
// as a serving bot would, then reports its resident memory.
func childServe() int {
	ctx := context.Background()
	s, err := kb.Open(ctx, os.Getenv("NEWSBOT_BENCH_DB"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	b := bot.New(s, bot.Options{})
	defer b.Close()
	cmds, err := os.ReadFile(os.Getenv("NEWSBOT_BENCH_COMMANDS"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	var r childReport
	r.OpenKiB, _ = procMemory()
	last := r.OpenKiB
	for _, line := range strings.Split(strings.TrimSpace(string(cmds)), "\n") {
		b.Ask(ctx, line)
		r.Commands++
		if rss, _ := procMemory(); rss-last > r.JumpKiB {
			r.JumpKiB, r.JumpCommand = rss-last, line
			last = rss
		} else if rss > last {
			last = rss
		}
	}
	r.RSSKiB, r.PeakKiB = procMemory()
	return report(r)
}

type childReport struct {
	Articles int     `json:"articles,omitempty"`
	Seconds  float64 `json:"seconds,omitempty"`
	Commands int     `json:"commands,omitempty"`
	RSSKiB   int64   `json:"rss_kib,omitempty"`
	PeakKiB  int64   `json:"peak_kib,omitempty"`
	// OpenKiB is the resident memory once the knowledge base is open;
	// JumpCommand the command that grew it most, by JumpKiB.
	OpenKiB     int64  `json:"open_kib,omitempty"`
	JumpKiB     int64  `json:"jump_kib,omitempty"`
	JumpCommand string `json:"jump_command,omitempty"`
}

func report(r childReport) int {
	if err := json.NewEncoder(os.Stdout).Encode(r); err != nil {
		return 1
	}
	return 0
}

// procMemory reads the current and peak resident set of this process.
func procMemory() (rss, peak int64) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		var v int64
		if n, _ := fmt.Sscanf(line, "VmRSS: %d kB", &v); n == 1 {
			rss = v
		}
		if n, _ := fmt.Sscanf(line, "VmHWM: %d kB", &v); n == 1 {
			peak = v
		}
	}
	return rss, peak
}

// The results table: one row per measure of the performance targets, one
// column per corpus size.

const (
	colSmall = iota // the 19k Reuters stories
	colLarge        // the generated 100k corpus
)

type row struct {
	label, target string
	cells         [2]string
	fails         []bool
}

var results = struct {
	sync.Mutex
	rows map[string]*row
}{rows: map[string]*row{}}

// rowOrder is the order of the table; labels not listed come last.
var rowOrder = []string{
	"Full build (all extraction)", "Plain FTS5 insert of the texts", "Full build / FTS5 insert",
	"Rebuild after one changed article", "Peak RSS building", "RSS serving the query mix",
	"RSS after also `!sources` and `!timeline` (whole archive)",
	"`!who NAME` (known names) p50 / p99", "`!who` unknown names only (suggestions) p50 / p99", "`!search TEXT` p50 / p99", "`!timeline NAME` p50 / p99", "`!quotes NAME` p50 / p99",
}

// record fills one cell of the table; ok reports whether the figure meets
// its target (true when it has none).
func record(label, target string, col int, cell string, ok bool) {
	results.Lock()
	defer results.Unlock()
	r := results.rows[label]
	if r == nil {
		r = &row{label: label, target: target, fails: make([]bool, 2)}
		results.rows[label] = r
	}
	r.cells[col] = cell
	r.fails[col] = !ok
}

func printTable(w *os.File) {
	results.Lock()
	defer results.Unlock()
	if len(results.rows) == 0 {
		return
	}
	rank := map[string]int{}
	for i, l := range rowOrder {
		rank[l] = i + 1
	}
	var rows []*row
	for _, r := range results.rows {
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		ri, rj := rank[rows[i].label], rank[rows[j].label]
		if ri == 0 {
			ri = len(rank) + 1
		}
		if rj == 0 {
			rj = len(rank) + 1
		}
		if ri != rj {
			return ri < rj
		}
		return rows[i].label < rows[j].label
	})
	fmt.Fprintf(w, "\n| measure | target | 19k articles | %dk articles | met |\n|---|---|---|---|---|\n", largeSize/1000)
	for _, r := range rows {
		met := "yes"
		if r.target == "" {
			met = ""
		}
		for c, f := range r.fails {
			if f && r.cells[c] != "" {
				met = "**no**"
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", r.label, r.target, dash(r.cells[colSmall]), dash(r.cells[colLarge]), met)
	}
}

func dash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// kbFile is a knowledge base built once per run and shared by the
// benchmarks that read it.
type kbFile struct {
	once sync.Once
	data string // the folder it was built from
	db   string
	err  error
}

var smallKB, largeKB kbFile

// get builds the knowledge base on first use with build, which returns
// its data folder and file. The environment variable env, when set, names
// a knowledge base built before to read instead, for measuring queries
// alone.
func (k *kbFile) get(b *testing.B, env string, build func() (data, db string, err error)) (data, db string) {
	b.Helper()
	k.once.Do(func() {
		if p := os.Getenv(env); p != "" {
			k.db = p
			return
		}
		k.data, k.db, k.err = build()
	})
	if k.err != nil {
		b.Fatal(k.err)
	}
	return k.data, k.db
}

// set records a knowledge base a benchmark built anyway.
func (k *kbFile) set(data, db string) {
	k.once.Do(func() { k.data, k.db = data, db })
}
