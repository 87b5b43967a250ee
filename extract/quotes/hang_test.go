package quotes

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestHangFinder(t *testing.T) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	var seeds []string
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if len(b) < 4000 {
			seeds = append(seeds, string(b))
		}
	}
	ins := []string{"“", "”", "\"", "'", "’", "‘", " ", "\n", "\xff", ",", ".", "said", "(", ")", "\x00"}
	r := rand.New(rand.NewSource(2))
	for n := 0; n < 3000; n++ {
		s := []byte(seeds[r.Intn(len(seeds))])
		for k := r.Intn(8); k >= 0; k-- {
			p := r.Intn(len(s) + 1)
			switch r.Intn(3) {
			case 0:
				s = append(s[:p], append([]byte(ins[r.Intn(len(ins))]), s[p:]...)...)
			case 1:
				if p < len(s) {
					q := p + r.Intn(20)
					if q > len(s) {
						q = len(s)
					}
					s = append(s[:p], s[q:]...)
				}
			case 2:
				if p < len(s) {
					s[p] = byte(r.Intn(256))
				}
			}
		}
		text := string(s)
		done := make(chan bool, 1)
		go func() {
			Find(text, nil, roughMentions(text))
			Find(text, lineSentences(text), roughMentions(text))
			done <- true
		}()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			os.WriteFile("/tmp/hang.txt", s, 0o644)
			t.Fatalf("hang, written to /tmp/hang.txt")
		}
	}
}
