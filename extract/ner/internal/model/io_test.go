package model

import (
	"bytes"
	"compress/gzip"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

// FuzzLoad feeds arbitrary model files (already decompressed) to the
// loader: it must reject or accept them without panicking, and a model it
// accepts must tag without panicking.
func FuzzLoad(f *testing.F) {
	m := New(8)
	m.W[3*NumTags+1] = 1.5
	m.W[200*NumTags+4] = -2
	m.Clusters = map[string]uint32{"Paris": 1, "paris": 0}
	m.Parent1, m.Parent2 = []uint16{0, 0}, []uint16{0}
	m.Gaz = Gazetteer{GazKey([]string{"Paris"}): 1 << TypeLOC}
	var buf bytes.Buffer
	if err := m.Save(&buf, 0); err != nil {
		f.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		f.Fatal(err)
	}
	var raw bytes.Buffer
	raw.ReadFrom(zr)
	f.Add(raw.Bytes())
	f.Add([]byte(magic))
	text := "Anna Smith flew to Paris on Monday ."
	toks := tok.Split(nil, text, 0, len(text))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := load(&decoder{b: data})
		if err != nil {
			return
		}
		var s Scratch
		m.PrepareDoc(&s, text, toks, []int{0})
		m.Decode(&s, 0, nil)
	})
}
