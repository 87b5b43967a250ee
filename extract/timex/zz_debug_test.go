package timex

import (
	"os"
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
