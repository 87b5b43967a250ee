package identity

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
	"newsbot/extract/segment"
)

func TestExplore(t *testing.T) {
	if os.Getenv("IDX") == "" {
		t.Skip()
	}
	f, _ := os.Open("/work/shared/data/reuters21578.jsonl.gz")
	defer f.Close()
	gz, _ := gzip.NewReader(f)
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	tg, _ := ner.Load()
	out, _ := os.Create("/tmp/idexplore.txt")
	defer out.Close()
	n := 0
	var ents []DocEntity
	for sc.Scan() && n < 3000 {
		var a struct{ Id, Text string }
		json.Unmarshal(sc.Bytes(), &a)
		n++
		sents := segment.Split(a.Text)
		var spans []doc.Span
		for _, s := range sents {
			spans = append(spans, s.Span)
		}
		ms := Resolve(a.Text, tg.Tag(a.Text, spans))
		for _, m := range ms {
			if m.Type == doc.Person && m.Canonical != m.Text {
				fmt.Fprintf(out, "CANON %s: %q -> %q\n", a.Id, m.Text, m.Canonical)
			}
		}
		for _, r := range Roles(a.Text, sents, ms) {
			fmt.Fprintf(out, "ROLE %s: %q = %q   [%s]\n", a.Id, r.Name, r.Text, a.Text[r.Evidence.Start:r.Evidence.End])
		}
		ents = append(ents, docEntities(a.Id, ms)...)
	}
	for _, c := range Cluster(ents) {
		if c.Type == doc.Person && len(c.Aliases) > 0 {
			fmt.Fprintf(out, "CLUSTER %q %d %q\n", c.Name, len(c.Members), c.Aliases)
		}
	}
}
