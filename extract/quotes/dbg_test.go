package quotes

import (
	"fmt"
	"os"
	"testing"

	seg "newsbot/extract/segment"
)

func TestDebugDoc(t *testing.T) {
	id := os.Getenv("DOC")
	if id == "" {
		t.Skip()
	}
	text := loadDocs(t)[id]
	sents := seg.Split(text)
	ms := mentionsFor(t, text, sents)
	for _, m := range ms {
		fmt.Printf("  M %s %q %q\n", m.Type, m.Text, m.Canonical)
	}
	for _, s := range sents {
		fmt.Printf("  S%d %q\n", s.Para, text[s.Start:s.End])
	}
	for _, q := range Find(text, sents, ms) {
		fmt.Printf("%-22s %-5s %v %q\n", q.Speaker, q.SpeakerType, q.Partial, q.Text)
	}
}
