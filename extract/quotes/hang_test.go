package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestBigInputSpeed(t *testing.T) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	var all string
	for _, f := range files {
		b, _ := os.ReadFile(f)
		all += string(b)
	}
	for _, n := range []int{1, 4, 16} {
		text := strings.Repeat(all, n)
		oneLine := strings.ReplaceAll(text, "\n", " ")
		for name, s := range map[string]string{"lines": text, "oneline": oneLine} {
			st := time.Now()
			Find(s, nil, roughMentions(s))
			d1 := time.Since(st)
			st = time.Now()
			Find(s, lineSentences(s), roughMentions(s))
			t.Logf("n=%d %s bytes=%d nil=%v lines=%v", n, name, len(s), d1, time.Since(st))
		}
	}
}
