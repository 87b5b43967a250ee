package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestZZDebug(t *testing.T) {
	s := os.Getenv("TXS")
	d, _ := time.Parse("2006-01-02", os.Getenv("TXD"))
	if f := os.Getenv("TXF"); f != "" {
		raw, _ := os.ReadFile(f)
		doc, _ := parseTML(string(raw))
		s, d = doc.text, doc.dct
	}
	if s == "" {
		t.Skip()
	}
	for _, e := range Find(s, nil, d) {
		t.Logf("%d %q %s %s", e.Start, e.Text, e.Type, e.Value)
	}
}

func TestZZDump(t *testing.T) {
	out := os.Getenv("TXDUMP")
	if out == "" {
		t.Skip()
	}
	var files []string
	filepath.Walk("/work/shared/data/tempeval3/train", func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return nil
	})
	var b strings.Builder
	for _, p := range files {
		raw, _ := os.ReadFile(p)
		d, _ := parseTML(string(raw))
		pred := Find(d.text, nil, d.dct)
		used := map[int]bool{}
		for _, g := range d.gold {
			hit := -1
			for k, e := range pred {
				if !used[k] && e.Start < g.end && g.start < e.End {
					hit = k
					break
				}
			}
			sys, sv := "-", "-"
			if hit >= 0 {
				used[hit] = true
				sys, sv = pred[hit].Text, pred[hit].Value
			}
			fmt.Fprintf(&b, "G\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", filepath.Base(p), d.dct.Format("2006-01-02 Mon"), g.typ, strings.ReplaceAll(d.text[g.start:g.end], "\n", " "), g.value, strings.ReplaceAll(sys, "\n", " "), sv)
		}
		for k, e := range pred {
			if !used[k] {
				fmt.Fprintf(&b, "S\t%s\t%s\t%s\t%s\t%s\t-\t-\n", filepath.Base(p), d.dct.Format("2006-01-02 Mon"), e.Type, strings.ReplaceAll(e.Text, "\n", " "), e.Value)
			}
		}
	}
	os.WriteFile(out, []byte(b.String()), 0o644)
}
