package quotes

import (
	"fmt"
	"os"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
	"newsbot/extract/segment"
)

func TestZZDescs(t *testing.T) {
	p := os.Getenv("ZZ_TEXT")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	text := string(b)
	tg, _ := ner.Load()
	sents := segment.Split(text)
	var sp []doc.Span
	for _, s := range sents {
		sp = append(sp, s.Span)
	}
	ms := tg.Tag(text, sp)
	a := newAnalysis(text, sents, ms)
	a.scanQuotes()
	a.markBoilerplate(sents)
	a.buildWindows()
	a.attribute()
	fmt.Println(a.results())
	for _, d := range a.descs {
		fmt.Printf("%d %s %v %v\n", d.pos, d.key, d.words, d.heads)
	}
	for _, w := range a.wins {
		for _, tk := range w.toks[:min(12, len(w.toks))] {
			fmt.Printf("[%s %d] ", tk.low, tk.kind)
		}
		fmt.Println()
	}
}
