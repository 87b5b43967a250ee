package events

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"newsbot/extract/timex"
)

func TestDumpReuters(t *testing.T) {
	fh, err := os.Open("/work/shared/data/reuters21578.jsonl.gz")
	if err != nil {
		t.Skip()
	}
	gz, _ := gzip.NewReader(fh)
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	n := 0
	var refs []Ref
	texts := map[string]string{}
	for sc.Scan() && n < 3000 {
		n++
		var a struct{ ID, Published, Text string }
		json.Unmarshal(sc.Bytes(), &a)
		pub, _ := time.Parse("2006-01-02", a.Published[:min(10, len(a.Published))])
		times := timex.Find(a.Text, nil, pub)
		for _, e := range Find(a.Text, nil, times, trivialMentions(a.Text), pub) {
			refs = append(refs, Ref{Article: a.ID, Event: e, Published: a.Published})
		}
		texts[a.ID] = a.Text
	}
	groups := Merge(refs)
	shown := 0
	sizes := map[int]int{}
	for _, g := range groups {
		sizes[min(len(g), 10)]++
		if len(g) < 3 || shown > 25 {
			continue
		}
		shown++
		fmt.Println(g[0].Event.Date, len(g))
		for _, r := range g[:min(4, len(g))] {
			fmt.Printf("   %s %q %v\n", r.Article, texts[r.Article][r.Event.Summary.Start:r.Event.Summary.End], r.Event.Entities)
		}
	}
	fmt.Println(len(refs), "events", len(groups), "groups", sizes)
}
