package events

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// seedDir holds the articles the bot ships with and their manifest.
const seedDir = "../../data"

var update = flag.Bool("update", false, "rewrite golden files")

// capitalised is a trivial entity finder for tests: runs of capitalised
// words that are not sentence furniture.
var capitalised = regexp.MustCompile(`\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b`)

var notNames = map[string]bool{"The": true, "He": true, "She": true, "It": true, "But": true, "And": true, "In": true, "On": true, "A": true, "They": true, "This": true, "While": true, "Since": true, "Earlier": true, "Speaking": true, "Meanwhile": true, "However": true}

func trivialMentions(text string) []doc.Mention {
	var out []doc.Mention
	for _, m := range capitalised.FindAllStringIndex(text, -1) {
		w := text[m[0]:m[1]]
		if notNames[w] {
			continue
		}
		if _, err := time.Parse("Monday", w); err == nil {
			continue
		}
		if _, err := time.Parse("January", w); err == nil {
			continue
		}
		out = append(out, doc.Mention{Span: doc.Span{Start: m[0], End: m[1]}, Type: doc.Other, Text: w})
	}
	return out
}

type seed struct {
	File, Source, Published string
}

// seedRefs runs the extraction on the seed articles and returns every
// event as a Ref.
func seedRefs(t testing.TB) []Ref {
	raw, err := os.ReadFile(filepath.Join(seedDir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var seeds []seed
	if err := json.Unmarshal(raw, &seeds); err != nil {
		t.Fatal(err)
	}
	var refs []Ref
	for _, s := range seeds {
		b, err := os.ReadFile(filepath.Join(seedDir, s.File))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		pub, _ := time.Parse("2006-01-02", s.Published)
		times := timex.Find(text, nil, pub)
		for _, e := range Find(text, nil, times, trivialMentions(text), pub) {
			refs = append(refs, Ref{Article: s.File, Event: e, Published: s.Published, Source: s.Source})
			checkEvent(t, text, e, pub)
		}
	}
	return refs
}

func checkEvent(t testing.TB, text string, e Event, pub time.Time) {
	t.Helper()
	if e.Summary.Start < 0 || e.Summary.End > len(text) || e.Summary.Start >= e.Summary.End {
		t.Fatalf("bad summary span %+v", e.Summary)
	}
	if strings.Contains(text[e.Summary.Start:e.Summary.End], "\n") {
		t.Errorf("summary %q crosses a line", text[e.Summary.Start:e.Summary.End])
	}
	if !e.Planned && !pub.IsZero() && e.Date > pub.Format("2006-01-02")[:len(e.Date)] {
		t.Errorf("event %s %q lies after publication %s without being planned", e.Date, text[e.Summary.Start:e.Summary.End], pub.Format("2006-01-02"))
	}
}

func TestSeedTimeline(t *testing.T) {
	refs := seedRefs(t)
	groups := Merge(refs)
	for _, g := range groups {
		var arts []string
		for _, r := range g {
			arts = append(arts, r.Article[:3])
		}
		b, _ := os.ReadFile(filepath.Join(seedDir, g[0].Article))
		t.Logf("%-10s %v %v %q", g[0].Event.Date, arts, g[0].Event.Entities, string(b[g[0].Event.Summary.Start:g[0].Event.Summary.End]))
		if testing.Verbose() && len(g) > 1 {
			for _, r := range g[1:] {
				b, _ := os.ReadFile(filepath.Join(seedDir, r.Article))
				t.Logf("           + %s %q %v", r.Article[:3], string(b[r.Event.Summary.Start:r.Event.Summary.End]), r.Event.Words)
			}
		}
	}
	find := func(date string, arts ...string) []Ref {
		for _, g := range groups {
			if g[0].Event.Date != date {
				continue
			}
			have := map[string]bool{}
			for _, r := range g {
				have[r.Article[:3]] = true
			}
			all := true
			for _, a := range arts {
				all = all && have[a]
			}
			if all {
				return g
			}
		}
		return nil
	}
	tests := []struct {
		name, date string
		articles   []string
	}{
		{"the Kremlin meeting is one row citing three outlets", "2025-12-02", []string{"001", "002", "004"}},
		{"the Florida talks fall on Sunday 30 November", "2025-11-30", []string{"004"}},
		{"the invasion is dated 24 February 2022", "2022-02-24", []string{"002"}},
		{"the Jeddah talks are in March 2025", "2025-03-11", []string{"003"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if find(tt.date, tt.articles...) == nil {
				t.Errorf("no %s event from %v", tt.date, tt.articles)
			}
		})
	}
	t.Run("the Kremlin meeting row cites each outlet once", func(t *testing.T) {
		g := find("2025-12-02", "001", "002", "004")
		if g == nil {
			t.Skip("no merged row")
		}
		seen := map[string]int{}
		for _, r := range g {
			seen[r.Article]++
		}
		if len(seen) != 3 {
			t.Errorf("row cites %d articles, want 3", len(seen))
		}
	})
}

// TestSeedTimelineGolden pins the merged seed timeline so that changes to
// dating, clause cutting or merging show up as a readable diff.
func TestSeedTimelineGolden(t *testing.T) {
	var b strings.Builder
	for _, g := range Merge(seedRefs(t)) {
		e := g[0].Event
		fmt.Fprintf(&b, "%s %s planned=%v\n", e.Date, e.Precision, e.Planned)
		for _, r := range g {
			text, err := os.ReadFile(filepath.Join(seedDir, r.Article))
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "\t%s %q %v\n", r.Article, text[r.Event.Summary.Start:r.Event.Summary.End], r.Event.Entities)
		}
	}
	golden := filepath.Join("testdata", "timeline.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("seed timeline differs from %s (run with -update to accept):\n%s", golden, got)
	}
}
