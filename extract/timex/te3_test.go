package timex

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// The TempEval-3 scorer, run on demand:
//
//	go test ./extract/timex -run TestTempEval -te3 DIR [-te3types DATE,TIME] [-te3errors 50]
//
// It reads TimeML files the way the project's te3_eval.py does (TEXT with
// tags removed, the DCT as publication date) and reports relaxed-match
// extraction and value F1.
var (
	te3Dir    = flag.String("te3", "", "directory of TimeML .tml files to score against")
	te3Types  = flag.String("te3types", "", "comma-separated TIMEX3 types to score (default all)")
	te3Errors = flag.Int("te3errors", 0, "print up to this many errors")
)

type te3Doc struct {
	name, text string
	dct        time.Time
	gold       []te3Timex
}

type te3Timex struct {
	start, end int
	typ, value string
}

var (
	te3Tag  = regexp.MustCompile(`<(/?)([A-Za-z0-9]+)([^>]*)>`)
	te3Attr = regexp.MustCompile(`(\w+)="([^"]*)"`)
	te3DCT  = regexp.MustCompile(`(?s)<DCT>.*?value="([^"]+)"`)
	te3Text = regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
)

func parseTML(raw string) (te3Doc, error) {
	dm := te3DCT.FindStringSubmatch(raw)
	tm := te3Text.FindStringSubmatch(raw)
	if dm == nil || tm == nil {
		return te3Doc{}, fmt.Errorf("no DCT or TEXT")
	}
	dct, err := time.Parse("2006-01-02", dm[1][:10])
	if err != nil {
		return te3Doc{}, err
	}
	body := tm[1]
	unesc := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&amp;", "&")
	var b strings.Builder
	var gold []te3Timex
	open := -1
	var attrs map[string]string
	i := 0
	for _, m := range te3Tag.FindAllStringSubmatchIndex(body, -1) {
		b.WriteString(unesc.Replace(body[i:m[0]]))
		i = m[1]
		if body[m[4]:m[5]] != "TIMEX3" {
			continue
		}
		if m[3] == m[2] { // opening tag
			open = b.Len()
			attrs = map[string]string{}
			for _, a := range te3Attr.FindAllStringSubmatch(body[m[6]:m[7]], -1) {
				attrs[a[1]] = a[2]
			}
		} else if open >= 0 {
			gold = append(gold, te3Timex{open, b.Len(), attrs["type"], attrs["value"]})
			open = -1
		}
	}
	b.WriteString(body[i:])
	return te3Doc{text: b.String(), dct: dct, gold: gold}, nil
}

func TestTempEval(t *testing.T) {
	if *te3Dir == "" {
		t.Skip("no -te3 directory given")
	}
	var files []string
	filepath.Walk(*te3Dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	types := map[string]bool{}
	for _, ty := range strings.Split(*te3Types, ",") {
		if ty != "" {
			types[ty] = true
		}
	}
	var ng, ns, strict, relaxed, value int
	var errs []string
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseTML(string(raw))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var gold []te3Timex
		for _, g := range d.gold {
			if len(types) == 0 || types[g.typ] {
				gold = append(gold, g)
			}
		}
		var pred []Expr
		for _, e := range Find(d.text, nil, d.dct) {
			if len(types) == 0 || types[e.Type] || e.Type == "" {
				pred = append(pred, e)
			}
		}
		ng += len(gold)
		ns += len(pred)
		used := map[int]bool{}
		base := filepath.Base(p)
		for _, g := range gold {
			hit := -1
			for k, e := range pred {
				if !used[k] && e.Start < g.end && g.start < e.End {
					hit = k
					break
				}
			}
			if hit < 0 {
				errs = append(errs, fmt.Sprintf("missed %s %q %s %s", base, d.text[g.start:g.end], g.typ, g.value))
				continue
			}
			used[hit] = true
			e := pred[hit]
			relaxed++
			if e.Start == g.start && e.End == g.end {
				strict++
			}
			if e.Value == g.value {
				value++
			} else {
				errs = append(errs, fmt.Sprintf("value  %s %q gold %s %s got %q %s %s", base, d.text[g.start:g.end], g.typ, g.value, e.Text, e.Type, e.Value))
			}
		}
		for k, e := range pred {
			if !used[k] {
				errs = append(errs, fmt.Sprintf("spur   %s %q %s %s", base, e.Text, e.Type, e.Value))
			}
		}
	}
	for i, e := range errs {
		if i >= *te3Errors {
			break
		}
		t.Log(e)
	}
	f1 := func(c int) string {
		p, r := float64(c)/float64(max(ns, 1)), float64(c)/float64(max(ng, 1))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		return fmt.Sprintf("precision %.3f recall %.3f F1 %.3f", p, r, f)
	}
	t.Logf("strict   %s", f1(strict))
	t.Logf("relaxed  %s", f1(relaxed))
	t.Logf("value    %s", f1(value))
	t.Logf("%d documents, %d gold and %d system time expressions", len(files), ng, ns)
}
