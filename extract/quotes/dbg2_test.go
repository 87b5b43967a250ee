package quotes

import (
	"fmt"
	"os"
	"testing"

	seg "newsbot/extract/segment"
)

func TestDebugEvents(t *testing.T) {
	id := os.Getenv("DOC")
	if id == "" {
		t.Skip()
	}
	text := loadDocs(t)[id]
	sents := seg.Split(text)
	ms := mentionsFor(t, text, sents)
	a := newAnalysis(text, sents, ms)
	a.scanQuotes()
	a.markBoilerplate(sents)
	a.buildWindows()
	a.attribute()
	for _, w := range a.wins {
		fmt.Printf("W%d [%q]\n", w.para, text[w.start:w.end])
	}
	for _, e := range a.events {
		fmt.Printf("E pos=%d para=%d %q res=%v kind=%d name=%q\n", e.pos, e.para, text[e.span.Start:e.span.End], e.resolved, e.kind, e.name)
	}
}
