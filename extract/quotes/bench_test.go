package quotes

import (
	"os"
	"path/filepath"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/segment"
)

func BenchmarkFind(b *testing.B) {
	files, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no seed articles")
	}
	type input struct {
		text  string
		sents []doc.Sentence
		ments []doc.Mention
	}
	var ins []input
	bytes := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text := string(raw)
		sents := segment.Split(text)
		ins = append(ins, input{text, sents, mentionsFor(b, text, sents)})
		bytes += len(text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, in := range ins {
			Find(in.text, in.sents, in.ments)
		}
	}
}
